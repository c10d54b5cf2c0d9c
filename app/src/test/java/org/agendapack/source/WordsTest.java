package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words, cells and lines keep their words packed; what is read back must be what was put in. */
class WordsTest {

    private static Word placed(String text, double x, double y, double width, double height, double size,
                               boolean bold) {
        return new Word(text, new Box(x, y, width, height), size, bold);
    }

    @Test
    void measuresReadToTwoDecimalsComeBackAsTheSameDoubles() {
        Word word = placed("Budget", 123.45, 701.17, 38.99, 11.04, 10.98, true);

        assertThat(word.box()).isEqualTo(new Box(123.45, 701.17, 38.99, 11.04));
        assertThat(word.fontSize()).isEqualTo(10.98);
        assertThat(word.text()).isEqualTo("Budget");
        assertThat(word.bold()).isTrue();
        // a measure of more than two decimals that a float holds exactly is kept too
        assertThat(placed("x", 0.125, 1, 2, 3, 4, false).box().x()).isEqualTo(0.125);
    }

    @Test
    void aPlainWordHasNoBoxAndNoSize() {
        Word word = Word.plain("Agenda", false);

        assertThat(word.box()).isNull();
        assertThat(word.fontSize()).isNull();
        assertThat(word).isEqualTo(new Word("Agenda", null, null, false)).isNotEqualTo(Word.plain("Agenda", true));
    }

    @Test
    void wordsAreEqualByValue() {
        Word word = placed("£1,200", 72, 100.5, 30.25, 12, 11, false);

        assertThat(word).isEqualTo(placed("£1,200", 72, 100.5, 30.25, 12, 11, false))
                .hasSameHashCodeAs(placed("£1,200", 72, 100.5, 30.25, 12, 11, false))
                .isNotEqualTo(placed("£1,200", 72.01, 100.5, 30.25, 12, 11, false))
                .isNotEqualTo(new Word("£1,200", new Box(72, 100.5, 30.25, 12), null, false));
    }

    @Test
    void aCellGivesBackItsWordsAndTheirText() {
        List<Word> words = List.of(placed("Item", 72, 100, 20, 12, 12, true), placed("4:", 95.5, 100, 8.25, 12, 12,
                false), new Word("Finance", null, 9.5, false), Word.plain("report", true));

        Cell cell = new Cell(words);

        assertThat(cell.words()).isEqualTo(words);
        assertThat(cell.text()).isEqualTo("Item 4: Finance report");
        assertThat(cell.isEmpty()).isFalse();
    }

    @Test
    void wordsWithSpacesOrNoTextKeepTheirBounds() {
        List<Word> words = List.of(Word.plain("", false), Word.plain("a b", false), Word.plain("c", true),
                Word.plain("", false));

        Cell cell = new Cell(words);

        assertThat(cell.words()).isEqualTo(words);
        assertThat(cell.text()).isEqualTo(" a b c ");
        assertThat(cell).isNotEqualTo(new Cell(List.of(Word.plain(" a", false), Word.plain("b", false),
                Word.plain("c ", true))));
    }

    @Test
    void cellsAreEqualByTheirWords() {
        Cell cell = new Cell(List.of(placed("Total", 72, 100, 25, 12, 12, true), Word.plain("spend", false)));

        assertThat(cell).isEqualTo(new Cell(List.of(placed("Total", 72, 100, 25, 12, 12, true),
                Word.plain("spend", false))))
                .hasSameHashCodeAs(new Cell(List.of(placed("Total", 72, 100, 25, 12, 12, true),
                        Word.plain("spend", false))))
                .isNotEqualTo(new Cell(List.of(placed("Total", 72, 100, 25, 12, 12, false),
                        Word.plain("spend", false))))
                .isNotEqualTo(new Cell(List.of(placed("Total", 72, 100, 25, 12, 11, true),
                        Word.plain("spend", false))));
        assertThat(new Cell(List.of())).isEqualTo(new Cell(List.of())).matches(Cell::isEmpty);
        assertThat(new Cell(List.of()).words()).isEmpty();
    }

    @Test
    void aLineMeasuresItsWordsAcrossCells() {
        Line line = Line.horizontal(List.of(
                new Cell(List.of(placed("Chief", 72.1, 100.2, 25.3, 12.1, 11.5, true),
                        placed("Executive", 100, 99.9, 40.07, 12.4, 12.25, true))),
                new Cell(List.of()),
                new Cell(List.of(placed("2025", 400.33, 101, 22, 11.5, 10, true)))));

        assertThat(line.text()).isEqualTo("Chief Executive\t\t2025");
        assertThat(line.box()).isEqualTo(new Box(72.1, 99.9, 400.33 + 22 - 72.1, 101 + 11.5 - 99.9));
        assertThat(line.fontSize()).isEqualTo(12.25);
        assertThat(line.bold()).isTrue();
        assertThat(line.words()).extracting(Word::text).containsExactly("Chief", "Executive", "2025");
    }

    @Test
    void aLineOfPlainWordsHasNoBoxOrSizeAndIsBoldOnlyWhenEveryWordIs() {
        Line line = Line.horizontal(List.of(new Cell(List.of(Word.plain("Minutes", true))),
                new Cell(List.of(Word.plain("of", false)))));

        assertThat(line.box()).isNull();
        assertThat(line.fontSize()).isNull();
        assertThat(line.bold()).isFalse();
        assertThat(Line.horizontal(List.of(new Cell(List.of()))).bold()).isFalse();
        assertThat(Line.horizontal(List.of(new Cell(List.of(Word.plain("Minutes", true))))).bold()).isTrue();
    }
}
