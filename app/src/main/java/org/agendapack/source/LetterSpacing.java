package org.agendapack.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the words that letter spacing split apart, so that a heading reads as the words it is.
 *
 * <p>In a PDF the glyph positions tell. Designers set headings letter-spaced ({@code A G E N D A}): a run of
 * lone letters at one even spacing, with any neighbouring word a word space further off, is one word. And text
 * layers often split a word after a wide first capital ({@code A genda}, {@code D etail}): a lone capital
 * closer to the lower-case word after it than a word space is one word with it, while the article in
 * {@code A meeting} stands a full word space from its noun and stays. Runs are joined only within a cell:
 * the gap between cells (a table's columns) is wider than any letter spacing.
 *
 * <p>Text input has no positions, only its spaces, so it joins only what cannot be read otherwise: four or more
 * lone capitals a single space apart that make up the whole line or a cell of it, and never {@code A genda}.
 */
final class LetterSpacing {

    /** Two lone letters side by side are as often initials or a grid reference as a spaced word. */
    private static final int MIN_SPACED_LETTERS = 3;
    /**
     * Letter spacing adds one amount after every letter, so the gaps in a spaced word are equal but for kerning
     * and the rounding of positions; the deepest kerning pairs of common faces ({@code AV}, {@code LY}) take
     * up to 0.14 em, within this share of the font size.
     */
    private static final double EVEN_GAPS = 0.15;
    /**
     * A word space in letter-spaced text is the letter spacing plus a space, and common faces set a space at
     * 0.22 to 0.28 em: a neighbour at least this much (em) further off than the letters are from each other
     * is another word, and kerning (within {@link #EVEN_GAPS}) never moves a letter that far.
     */
    private static final double WORD_SPACE_MARGIN = 0.2;
    /**
     * A word space is at least the font's space width, and ragged text sets all of a line's spaces alike
     * (justified text stretches them, kerning against a following capital narrows a few, which the median
     * passes over). A gap after a lone capital under this share of both the font's space and the line's usual
     * word space is not a space anyone meant; the article in {@code A meeting} stands a full space off.
     */
    private static final double SPLIT_CAPITAL_SHARE = 0.75;
    /**
     * A space glyph typed between a capital and the rest of its word but drawn with no advance (the next glyph
     * starts where the capital ends) leaves under this share of a word space: nothing a reader sees as a space.
     */
    private static final double EMPTY_SPACE_SHARE = 0.1;
    /**
     * Text input: four or more lone capitals a single space apart, bounded by the line's ends (the start may
     * carry a markdown heading mark), a TAB, or two or more spaces, with emphasis markers allowed just inside
     * the bounds. Three would take in a row of single-letter answers ({@code Y N Y}) typed with single spaces.
     */
    private static final Pattern SPACED_CAPITALS = Pattern.compile("((?:^[ \\t]*(?:#{1,6} +)?|\\t| {2})[*_]{0,3})"
            + "(\\p{Lu}(?: \\p{Lu}){3,})(?=[*_]{0,3}(?:[ \\t]*$|\\t| {2}))");

    private LetterSpacing() {
    }

    /** The cells of one PDF line, with letter-spaced runs and split capitals joined into words. */
    static List<List<GlyphWord>> join(List<List<GlyphWord>> cells) {
        List<List<GlyphWord>> spaced = cells.stream().map(LetterSpacing::joinSpacedLetters).toList();
        OptionalDouble wordSpace = usualWordSpace(spaced);
        return spaced.stream().map(cell -> joinSplitCapitals(cell, wordSpace)).toList();
    }

    /** A line of text input with its letter-spaced capitals joined: {@code A G E N D A} is {@code AGENDA}. */
    static String joinSpacedCapitals(String line) {
        return SPACED_CAPITALS.matcher(line).replaceAll(
                match -> Matcher.quoteReplacement(match.group(1) + match.group(2).replace(" ", "")));
    }

    private static List<GlyphWord> joinSpacedLetters(List<GlyphWord> words) {
        List<GlyphWord> joined = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            int end = evenRunEnd(words, start);
            if (end - start >= MIN_SPACED_LETTERS && standsApart(words, start, end)) {
                joined.add(words.subList(start, end).stream().reduce(GlyphWord::join).orElseThrow());
                start = end;
            } else {
                joined.add(words.get(start));
                start++;
            }
        }
        return joined;
    }

    /** The end (exclusive) of the run of lone letters from start whose gaps are all about the same. */
    private static int evenRunEnd(List<GlyphWord> words, int start) {
        if (!words.get(start).isSingleLetter()) {
            return start + 1;
        }
        double size = words.get(start).fontSize();
        double narrowest = Double.MAX_VALUE;
        double widest = -Double.MAX_VALUE;
        int end = start + 1;
        while (end < words.size() && words.get(end).isSingleLetter()) {
            double gap = words.get(end - 1).gapTo(words.get(end));
            double runSize = Math.max(size, words.get(end).fontSize());
            if (Math.max(widest, gap) - Math.min(narrowest, gap) > EVEN_GAPS * runSize) {
                break;
            }
            narrowest = Math.min(narrowest, gap);
            widest = Math.max(widest, gap);
            size = runSize;
            end++;
        }
        return end;
    }

    /** Whether the words beside the run in its cell, if any, stand a word space further off than its letters. */
    private static boolean standsApart(List<GlyphWord> words, int start, int end) {
        double widest = -Double.MAX_VALUE;
        double size = 0;
        for (int i = start; i < end; i++) {
            size = Math.max(size, words.get(i).fontSize());
            if (i > start) {
                widest = Math.max(widest, words.get(i - 1).gapTo(words.get(i)));
            }
        }
        double apart = widest + WORD_SPACE_MARGIN * size;
        boolean before = start == 0 || words.get(start - 1).gapTo(words.get(start)) >= apart;
        boolean after = end == words.size() || words.get(end - 1).gapTo(words.get(end)) >= apart;
        return before && after;
    }

    /**
     * The upper median of the gaps between the words of the line's cells, leaving out the gaps after lone
     * capitals, which are the ones in question; empty when the line has no other gaps.
     */
    private static OptionalDouble usualWordSpace(List<List<GlyphWord>> cells) {
        List<Double> gaps = new ArrayList<>();
        for (List<GlyphWord> cell : cells) {
            for (int i = 1; i < cell.size(); i++) {
                if (!isLoneCapital(cell.get(i - 1))) {
                    gaps.add(cell.get(i - 1).gapTo(cell.get(i)));
                }
            }
        }
        if (gaps.isEmpty()) {
            return OptionalDouble.empty();
        }
        Collections.sort(gaps);
        return OptionalDouble.of(gaps.get(gaps.size() / 2));
    }

    private static List<GlyphWord> joinSplitCapitals(List<GlyphWord> words, OptionalDouble lineWordSpace) {
        List<GlyphWord> joined = new ArrayList<>();
        for (GlyphWord word : words) {
            int last = joined.size() - 1;
            if (last >= 0 && isSplitCapital(joined.get(last), word, lineWordSpace)) {
                joined.set(last, joined.get(last).join(word));
            } else {
                joined.add(word);
            }
        }
        return joined;
    }

    /**
     * A lone capital and the lower-case word after it, split by a gap alone (a space glyph between them is a
     * space typed) that is narrower than a word space. The font's space is the measure rather than its size,
     * which a scaled text matrix can misstate.
     */
    private static boolean isSplitCapital(GlyphWord capital, GlyphWord rest, OptionalDouble lineWordSpace) {
        if (!isLoneCapital(capital) || !Character.isLowerCase(rest.text().codePointAt(0))) {
            return false;
        }
        double wordSpace = Math.min(rest.spaceWidth(), lineWordSpace.orElse(Double.MAX_VALUE));
        double gap = capital.gapTo(rest);
        // a space glyph that takes up no room is no space a reader sees
        return rest.afterSpace() ? gap < EMPTY_SPACE_SHARE * wordSpace : gap < SPLIT_CAPITAL_SHARE * wordSpace;
    }

    private static boolean isLoneCapital(GlyphWord word) {
        return word.isSingleLetter() && Character.isUpperCase(word.text().codePointAt(0));
    }
}
