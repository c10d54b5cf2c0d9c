package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.agendapack.Samples;
import org.junit.jupiter.api.Test;

class PageContentCodecTest {

    private static PageContentCodec.Content roundTrip(List<Line> lines, List<Ruling> rulings) {
        return PageContentCodec.decode(PageContentCodec.encode(lines, rulings));
    }

    @Test
    void everyPageOfARealPackComesBackExactly() throws Exception {
        List<SourcePage> pages = PdfSource.read(Samples.file("000", ".pdf"));
        assertThat(pages.stream().mapToInt(page -> page.rulings().size()).sum()).isPositive();
        for (SourcePage page : pages) {
            PageContentCodec.Content back = roundTrip(page.lines(), page.rulings());
            assertThat(back.lines()).as("page %d", page.index()).isEqualTo(page.lines());
            assertThat(back.rulings()).as("page %d", page.index()).isEqualTo(page.rulings());
        }
    }

    @Test
    void wordsWithSpacesUnknownMeasuresBoldAndAnyLettersComeBackExactly() {
        Cell spaced = new Cell(List.of(new Word("Borsetshire County", new Box(72.25, 40.5, 120, 12), 14.0, true),
                new Word("Council", new Box(195.5, 40.5, 50, 12), 14.0, false)));
        Cell unmeasured = new Cell(List.of(new Word("£1,250", null, null, false), Word.plain("café ✓", true)));
        Cell plainText = new Cell(List.of(Word.plain("Item", false), Word.plain("5", false)));
        Cell empty = new Cell(List.of());
        List<Line> lines = List.of(new Line(List.of(spaced, empty, unmeasured), 0), new Line(List.of(plainText), 270),
                Line.horizontal(List.of(empty)));
        List<Ruling> rulings = List.of(new Ruling(36.0, 100.125, 559.3333333333334, 100.125),
                new Ruling(36.0, 100.0, 36.0, 700.0));

        PageContentCodec.Content back = roundTrip(lines, rulings);

        assertThat(back.lines()).isEqualTo(lines);
        assertThat(back.lines().get(0).cells().get(0).words()).extracting(Word::text)
                .containsExactly("Borsetshire County", "Council");
        assertThat(back.lines().get(0).cells().get(0).words().get(0).box()).isEqualTo(new Box(72.25, 40.5, 120, 12));
        assertThat(back.lines().get(0).cells().get(2).words()).extracting(Word::bold).containsExactly(false, true);
        assertThat(back.lines().get(1).direction()).isEqualTo(270);
        assertThat(back.rulings()).isEqualTo(rulings);
    }

    @Test
    void aPageWithNothingOnItComesBackEmpty() {
        PageContentCodec.Content back = roundTrip(List.of(), List.of());

        assertThat(back.lines()).isEmpty();
        assertThat(back.rulings()).isEmpty();
    }
}
