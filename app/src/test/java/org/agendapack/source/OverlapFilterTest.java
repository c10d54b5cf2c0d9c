package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverlapFilterTest {

    private final OverlapFilter filter = new OverlapFilter();

    @Test
    void theSameGlyphDrawnAgainAFractionOfAPointAwayIsARepeat() {
        assertThat(filter.repeats("B", 100f, 200f, 6f)).isFalse();

        assertThat(filter.repeats("B", 100.4f, 200.2f, 6f)).isTrue();
    }

    @Test
    void anotherCharacterAtThePlaceIsNoRepeat() {
        filter.repeats("B", 100f, 200f, 6f);

        assertThat(filter.repeats("8", 100f, 200f, 6f)).isFalse();
    }

    @Test
    void theSameCharacterFurtherThanAThirdOfItsWidthAwayIsNoRepeat() {
        filter.repeats("l", 100f, 200f, 3f);

        // the next letter of "ll", one glyph width on
        assertThat(filter.repeats("l", 103f, 200f, 3f)).isFalse();
        // the same letter on the next line
        assertThat(filter.repeats("l", 100f, 212f, 3f)).isFalse();
        assertThat(filter.repeats("l", 100.9f, 200f, 3f)).isTrue();
    }

    @Test
    void repeatsAreFoundAcrossGridCellEdges() {
        // 7.9 and 8.1 fall in neighbouring cells of the grid
        filter.repeats("e", 7.9f, 15.9f, 6f);

        assertThat(filter.repeats("e", 8.1f, 16.1f, 6f)).isTrue();
    }

    @Test
    void aGlyphWithoutWidthRepeatsNothingButIsRemembered() {
        assertThat(filter.repeats("x", 50f, 50f, 0f)).isFalse();
        assertThat(filter.repeats("x", 50f, 50f, 0f)).isFalse();

        assertThat(filter.repeats("x", 50.5f, 50f, 6f)).isTrue();
    }

    @Test
    void aGlyphWiderThanManyCellsIsComparedWithEveryGlyphKept() {
        filter.repeats("W", 400f, 300f, 900f);

        assertThat(filter.repeats("W", 520f, 380f, 900f)).isTrue();
        assertThat(filter.repeats("W", 900f, 300f, 900f)).isFalse();
    }

    @Test
    void aNewPageForgetsTheGlyphsOfThePageBefore() {
        filter.repeats("A", 10f, 10f, 6f);
        filter.startPage();

        assertThat(filter.repeats("A", 10f, 10f, 6f)).isFalse();
    }
}
