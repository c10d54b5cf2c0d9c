package org.agendapack.table;

import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.source.Line;

/**
 * Whether rows laid out in columns read as a table rather than as text that happens to be aligned: not prose
 * in columns, not numbered or bulleted paragraphs, not a list of contents; and, with two columns, labels and
 * figures.
 */
final class TabularRows {

    /** In a two-column table this share of the rows below the header has a figure in the second column. */
    private static final double FIGURE_SHARE = 0.8;
    /** Cells of this many words on average are prose laid out in columns, not a table's cells. */
    private static final double PROSE_WORDS = 8;
    /** Leader dots run from an entry to its page number in a list of contents. */
    private static final Pattern LEADER = Pattern.compile("\\.{4,}|(?:\\. ){4,}");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}");
    /**
     * A paragraph's or list item's number or bullet: 1, 1.2, 3.1.1., (a), ii), •. Its levels are bounded, as
     * each is a level of recursion of the pattern, which a long run of them would take past the stack.
     */
    private static final Pattern MARKER = Pattern.compile(
            "\\(?\\d{1,3}(?:\\.\\d{1,3}){0,6}[.)]?|\\(?(?:[a-z]{1,4}|[A-Z])[.)]|[•·▪◦●○■□➢►\\-–*]");
    /** Numbered or bulleted paragraphs: this share of the rows is markers and one text. */
    private static final double LIST_SHARE = 0.8;

    private TabularRows() {
    }

    /**
     * Whether the rows read as a table.
     *
     * @param rows    the rows with two cells filled or more
     * @param columns how many columns
     * @param lines   the lines the rows were read from
     */
    static boolean areTabular(List<List<String>> rows, int columns, List<Line> lines) {
        return !isProse(rows) && !isList(rows) && !isContents(rows, lines) && (columns > 2 || isFigureList(rows));
    }

    private static boolean isProse(List<List<String>> rows) {
        List<String> cells = rows.stream().flatMap(List::stream).filter(cell -> !cell.isEmpty()).toList();
        double words = cells.stream().mapToInt(cell -> cell.split("\\s+").length).average().orElse(0);
        return words >= PROSE_WORDS;
    }

    /** Numbered paragraphs and bullet lists laid out in columns: each row is markers, then one text. */
    private static boolean isList(List<List<String>> rows) {
        long items = rows.stream().filter(row -> {
            List<String> filled = filled(row);
            String text = filled.get(filled.size() - 1);
            return !MetricValues.isMetric(text) && filled.subList(0, filled.size() - 1).stream()
                    .allMatch(cell -> MARKER.matcher(cell).matches());
        }).count();
        return items >= LIST_SHARE * rows.size();
    }

    /**
     * A list of contents: leader dots, or rows (below a header) of entries ending in a page number, with no
     * other figures, the page numbers only going up.
     */
    private static boolean isContents(List<List<String>> rows, List<Line> run) {
        if (run.stream().anyMatch(line -> LEADER.matcher(line.text()).find())) {
            return true;
        }
        int last = -1;
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> filled = filled(row);
            String end = filled.get(filled.size() - 1);
            boolean entry = PAGE_NUMBER.matcher(end).matches() && filled.subList(0, filled.size() - 1).stream()
                    .noneMatch(cell -> MetricValues.isMetric(cell) && !MARKER.matcher(cell).matches());
            if (!entry || Integer.parseInt(end) < last) {
                return false;
            }
            last = Integer.parseInt(end);
        }
        return true;
    }

    /** Labels and figures: below the header, the second column holds figures down the rows. */
    private static boolean isFigureList(List<List<String>> rows) {
        List<List<String>> body = rows.subList(1, rows.size());
        return body.stream().filter(row -> MetricValues.isMetric(row.get(1))).count() >= FIGURE_SHARE * body.size();
    }

    private static List<String> filled(List<String> row) {
        return row.stream().filter(cell -> !cell.isEmpty()).toList();
    }
}
