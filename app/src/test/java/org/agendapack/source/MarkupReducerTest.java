package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkupReducerTest {

    /** The delimiter row as a pattern, which is right but recurses once per column. */
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");

    @Test
    void delimiterRowsAreReadAsThePatternReadsThem() {
        Random random = new Random(13);
        String alphabet = "|-:  -\t-x";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder row = new StringBuilder();
            int length = 1 + random.nextInt(16);
            for (int i = 0; i < length; i++) {
                row.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String stripped = row.toString().strip();
            boolean expected = stripped.contains("-") && stripped.contains("|")
                    && DELIMITER_ROW.matcher(stripped).matches();
            assertThat(MarkupReducer.isPipeDelimiterRow(row.toString())).as("[%s]", row).isEqualTo(expected);
        }
    }

    @Test
    void aDelimiterRowOfManyColumnsIsRead() {
        assertThat(MarkupReducer.isPipeDelimiterRow("| :--- " + "| ---: ".repeat(100_000) + "|")).isTrue();
        assertThat(MarkupReducer.isPipeDelimiterRow("|---".repeat(100_000) + "| x |")).isFalse();
    }

    @Test
    void tagsAreReducedAndUnclosedOnesKeptAsText() {
        assertThat(MarkupReducer.reduce("<p>A <b>bold</b> <a href=\"https://example.org\">link</a></p>"))
                .isEqualTo(" A bold link ");
        assertThat(MarkupReducer.reduce("<input type=\"checkbox\" checked> yes <input type=\"checkbox\"> no"))
                .isEqualTo("\u2612 yes \u2610 no");
        assertThat(MarkupReducer.reduce("<https://example.org/a>")).isEqualTo("https://example.org/a");
        String unclosed = "<div " + "<b class=x ".repeat(50_000) + "<input checked";
        assertThat(MarkupReducer.reduce(unclosed)).isEqualTo(unclosed);
    }

    @Test
    void entitiesAreDecodedByTheWholeHtmlTable() {
        assertThat(MarkupReducer.reduce("the Council&rsquo;s &euro;5 caf&eacute; &#8217;&#x2019; &amp; &apos;ok&apos;"))
                .isEqualTo("the Council\u2019s \u20ac5 caf\u00e9 \u2019\u2019 & 'ok'");
        assertThat(MarkupReducer.reduce("Borsetshire&nbsp;Council &frac12; &there4;"))
                .isEqualTo("Borsetshire Council \u00bd \u2234");
    }

    @Test
    void whatIsNoEntityIsLeftAsWritten() {
        assertThat(MarkupReducer.reduce("&notanentity; &#x110000; AT&T; fish &chips"))
                .isEqualTo("&notanentity; &#x110000; AT&T; fish &chips");
    }
}
