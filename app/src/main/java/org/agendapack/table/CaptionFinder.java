package org.agendapack.table;

import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;

/**
 * A table's caption: the nearest line above it that is a numbered caption ({@code Table 3: …},
 * {@code Figure 2}, {@code Appendix D: …}, with the lines it wraps onto), a numbered heading
 * ({@code 6.6 For NHS delays:},
 * {@code 3b. Survey data}) or a heading line (short, title-like, and bold or in capitals where the input says
 * so), past a lead-in sentence; a long numbered paragraph ({@code 6.8 For delays attributable to … for the
 * reason of}) only when no heading stands above it. Else a caption numbered after its word ({@code Table 3: …})
 * just below it (a numbered heading below a table opens what follows), unless the line after it is a row of
 * cells: then it heads the next table. A row of figures is never a caption.
 */
final class CaptionFinder {

    /** The words that open a numbered caption, in one place. */
    static final String CAPTION_WORDS = "table|figure|fig\\.?|chart|graph|diagram|appendix|annex|exhibit|schedule";
    private static final Pattern NUMBERED_CAPTION = Pattern.compile(
            "^(?i:" + CAPTION_WORDS + ")\\s*(?:\\d+[a-z]?(?:\\.\\d+){0,6}|[A-Z])\\b.*");
    /** A section number and a title: no {@code (?i)}, so the title must start with a capital. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^\\d{1,2}(?:\\.\\d{1,2}){0,3}[a-z]?[.)]?\\s+\\p{Lu}[^.]{2,120}[.:]?$");
    /** A list item's mark ({@code a)}, {@code (ii)}, {@code b.}): a line of its own, not a caption going on. */
    private static final Pattern LIST_MARK = Pattern.compile("^\\(?[a-z]{1,4}[.)]\\s");
    /** A heading line is at most this long and this many words. */
    private static final int HEADING_LENGTH = 80;
    private static final int HEADING_WORDS = 12;
    /**
     * Lines above the table skipped on the way up: a lead-in sentence ({@code Staff were asked to …:}) on one
     * or two lines.
     */
    private static final int LEAD_IN_LINES = 2;

    private CaptionFinder() {
    }

    static String find(TableGrid grid) {
        List<Line> above = inPageOrder(grid.above());
        String numberedParagraph = null;
        int skipped = 0;
        for (int i = above.size() - 1; i >= 0 && skipped <= LEAD_IN_LINES; i--) {
            Line line = above.get(i);
            if (isRow(line)) {
                break;
            }
            String text = line.plainText().strip();
            if (isNumbered(text) && text.split("\\s+").length > HEADING_WORDS) {
                numberedParagraph = numberedParagraph == null ? text : numberedParagraph;
            } else if (isNumbered(text)) {
                return withWrappedLines(text, above.subList(i + 1, above.size()));
            } else if (isHeading(line, text)) {
                return text;
            }
            skipped++;
        }
        if (numberedParagraph != null) {
            return numberedParagraph;
        }
        List<Line> below = inPageOrder(grid.below());
        if (!below.isEmpty() && NUMBERED_CAPTION.matcher(below.get(0).plainText().strip()).matches()
                && (below.size() < 2 || filledCells(below.get(1)).size() < 2)) {
            return below.get(0).plainText().strip();
        }
        return null;
    }

    /**
     * A numbered caption too long for one line goes on in the lines under it that open in lower case
     * ({@code Table 8: Relationship between training and perceived impact of the} / {@code project on ...}).
     */
    private static String withWrappedLines(String caption, List<Line> under) {
        StringBuilder text = new StringBuilder(caption);
        for (Line line : under) {
            String next = line.plainText().strip();
            if (next.isEmpty() || !Character.isLowerCase(next.codePointAt(0)) || LIST_MARK.matcher(next).find()) {
                break;
            }
            text.append(' ').append(next);
        }
        return text.toString();
    }

    /** Lines top to bottom where they have places (a PDF's text may come in any order), else as they come. */
    private static List<Line> inPageOrder(List<Line> lines) {
        if (lines.stream().anyMatch(line -> line.box() == null)) {
            return lines;
        }
        return lines.stream().sorted(java.util.Comparator.comparingDouble(line -> line.box().y())).toList();
    }

    private static boolean isNumbered(String text) {
        return NUMBERED_CAPTION.matcher(text).matches() || NUMBERED_HEADING.matcher(text).matches();
    }

    /**
     * A heading line: short, opening with a capital, not a sentence, and set in bold or capitals where the
     * input keeps fonts; a text conversion does not, so there a short title line counts as it is, unless it
     * ends with a colon in lower case (a lead-in: {@code Staff were asked which they would take:}).
     */
    private static boolean isHeading(Line line, String text) {
        if (text.isEmpty() || text.length() > HEADING_LENGTH || text.split("\\s+").length > HEADING_WORDS
                || !Character.isUpperCase(text.codePointAt(0)) || text.endsWith(".") || text.endsWith(",")) {
            return false;
        }
        boolean capitals = text.equals(text.toUpperCase(java.util.Locale.ROOT));
        boolean positioned = line.box() != null;
        return capitals || positioned ? capitals || line.bold() : !text.endsWith(":");
    }

    /**
     * A line of two cells or more with a figure after its first cell is a row of a table, not a caption (a
     * section number set apart from its title is a first cell).
     */
    private static boolean isRow(Line line) {
        List<Cell> cells = filledCells(line);
        return cells.stream().skip(1).anyMatch(cell -> Figures.isFigure(cell.text()));
    }

    private static List<Cell> filledCells(Line line) {
        return line.cells().stream().filter(cell -> !cell.text().isBlank()).toList();
    }
}
