package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterSpacingTest {

    private static final double SIZE = 10;
    private static final double SPACE = 2.78;

    /**
     * Glyphs on one line, 6 points wide but for a space glyph's 2 points; a run is set {@code gap} points after
     * the previous one.
     */
    private static List<Glyph> glyphs(Object... runsAndGaps) {
        List<Glyph> glyphs = new ArrayList<>();
        double along = 72;
        for (Object item : runsAndGaps) {
            if (item instanceof Double gap) {
                along += gap;
                continue;
            }
            String text = (String) item;
            for (int i = 0; i < text.length(); i++) {
                String character = text.substring(i, i + 1);
                double advance = character.isBlank() ? 2 : 6;
                glyphs.add(new Glyph(character, 0, along, 100, advance, 7, SIZE, SPACE, false,
                        new Box(along, 93, advance, 7)));
                along += advance;
            }
        }
        return glyphs;
    }

    private static List<String> words(List<Glyph> glyphs) {
        return LineAssembler.assemble(glyphs).get(0).words().stream().map(Word::text).toList();
    }

    @Test
    void evenlySpacedLettersAreOneWord() {
        assertThat(words(glyphs("A", 4.0, "G", 4.0, "E", 4.0, "N", 4.0, "D", 4.0, "A"))).containsExactly("AGENDA");
        // kerning narrows the spacing between T and A
        assertThat(words(glyphs("D", 4.0, "A", 4.0, "T", 2.8, "A"))).containsExactly("DATA");
    }

    @Test
    void aWiderGapBetweenSpacedRunsSeparatesTheirWords() {
        assertThat(words(glyphs("A", 3.0, "G", 3.0, "E", 3.0, "N", 3.0, "D", 3.0, "A", 6.0, "I", 3.0, "T", 3.0,
                "E", 3.0, "M"))).containsExactly("AGENDA", "ITEM");
    }

    @Test
    void lettersSpacedLikeTheWordsAroundThemStayApart() {
        assertThat(words(glyphs("Options", SPACE, "A", SPACE, "B", SPACE, "C", SPACE, "apply")))
                .containsExactly("Options", "A", "B", "C", "apply");
    }

    @Test
    void unevenlySpacedLettersStayApart() {
        assertThat(words(glyphs("x", 3.0, "y", 6.0, "z"))).containsExactly("x", "y", "z");
    }

    @Test
    void aCapitalSplitFromItsWordByANarrowGapJoinsIt() {
        assertThat(words(glyphs("D", 1.9, "etail", SPACE, "of", SPACE, "the", SPACE, "scheme")))
                .containsExactly("Detail", "of", "the", "scheme");
        assertThat(words(glyphs("D", 1.9, "etail"))).containsExactly("Detail");
    }

    @Test
    void aCapitalAFullSpaceBeforeItsWordStays() {
        assertThat(words(glyphs("A", SPACE, "meeting", SPACE, "of", SPACE, "the", SPACE, "Council")))
                .containsExactly("A", "meeting", "of", "the", "Council");
        assertThat(words(glyphs("I", SPACE, "agree"))).containsExactly("I", "agree");
        assertThat(words(glyphs("A", 1.9, "Item"))).containsExactly("A", "Item");
    }

    @Test
    void aCapitalBeforeATypedSpaceStaysHoweverNarrowTheSpace() {
        assertThat(words(glyphs("Persor", 8.0, "nal", 8.0, "I wellbeing"))).containsExactly(
                "Persor", "nal", "I", "wellbeing");
    }

    @Test
    void aSpaceGlyphThatTakesNoRoomDoesNotSplitACapitalFromItsWord() {
        List<Glyph> glyphs = new ArrayList<>(glyphs("A", 0.0, "genda", SPACE, "Item"));
        Glyph after = glyphs.get(1);
        glyphs.add(1, new Glyph(" ", 0, after.along(), 100, 0, 7, SIZE, SPACE, false,
                new Box(after.along(), 93, 0, 7)));

        assertThat(words(glyphs)).containsExactly("Agenda", "Item");
    }

    @Test
    void aLigatureGlyphIsAWordOfSeveralLetters() {
        List<Glyph> glyphs = glyphs("a", 4.0, "b", 4.0, "c");
        Glyph ligature = glyphs.get(1);
        glyphs.set(1, new Glyph("fi", 0, ligature.along(), 100, 6, 7, SIZE, SPACE, false, ligature.box()));

        assertThat(words(glyphs)).containsExactly("a", "fi", "c");
    }

    @Test
    void textJoinsFourOrMoreSpacedCapitalsStandingAlone() {
        assertThat(LetterSpacing.joinSpacedCapitals("A G E N D A")).isEqualTo("AGENDA");
        assertThat(LetterSpacing.joinSpacedCapitals("  A G E N D A   I T E M  ")).isEqualTo("  AGENDA   ITEM  ");
        assertThat(LetterSpacing.joinSpacedCapitals("# **A G E N D A**")).isEqualTo("# **AGENDA**");
        assertThat(LetterSpacing.joinSpacedCapitals("5\tR E P O R T\tPage 3")).isEqualTo("5\tREPORT\tPage 3");
    }

    @Test
    void textLeavesSpacedLettersInsideASentenceAndSplitCapitalsAlone() {
        assertThat(LetterSpacing.joinSpacedCapitals("Options A B C D apply")).isEqualTo("Options A B C D apply");
        assertThat(LetterSpacing.joinSpacedCapitals("Y N Y")).isEqualTo("Y N Y");
        assertThat(LetterSpacing.joinSpacedCapitals("A genda Item No")).isEqualTo("A genda Item No");
        assertThat(LetterSpacing.joinSpacedCapitals("a g e n d a")).isEqualTo("a g e n d a");
    }
}
