package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void ligaturesAndFullWidthFormsBecomeThePlainCharacters() {
        assertThat(TextNormaliser.normalise("Noti\uFB01cation")).isEqualTo("Notification");
        assertThat(TextNormaliser.normalise("\uFB02ood")).isEqualTo("flood");
        assertThat(TextNormaliser.normalise("\uFF11\uFF12 \uFF21pril")).isEqualTo("12 April");
        assertThat(TextNormaliser.normalise("\uFB01")).hasSize(2);
    }

    @Test
    void unicodeSpacesBecomePlainSpaces() {
        assertThat(TextNormaliser.normalise("Borsetshire\u00A0District\u2009Council\u202FOffices\u3000Hall"))
                .isEqualTo("Borsetshire District Council Offices Hall");
        assertThat(TextNormaliser.normalise("\u00A0").isBlank()).isTrue();
    }

    @Test
    void decomposedAccentsAreComposed() {
        assertThat(TextNormaliser.normalise("Cafe\u0301")).isEqualTo("Caf\u00E9");
    }

    @Test
    void fractionsSuperscriptsAndSpacingAccentsKeepTheirForm() {
        assertThat(TextNormaliser.normalise("aged 15\u00BD plus")).isEqualTo("aged 15\u00BD plus");
        assertThat(TextNormaliser.normalise("Children \u00B9and \uFB01nance")).isEqualTo("Children \u00B9and finance");
        assertThat(TextNormaliser.normalise("Council\u00B4s \uFB01ndings")).isEqualTo("Council\u00B4s findings");
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "Borsetshire County Council \u00A3 \u2013 \u2019 \u2022 \u2612";

        assertThat(TextNormaliser.normalise(text)).isSameAs(text);
    }
}
