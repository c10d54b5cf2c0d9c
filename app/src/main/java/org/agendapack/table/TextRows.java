package org.agendapack.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.agendapack.source.Word;

/**
 * Rows that the text shows inside a band the rulings leave whole: each line that starts new cells, or fills
 * columns anew with figures beside a new first cell or in more than half the row's columns, is a row; a line that
 * only carries on the cells above it (a wrapped description, a two-line heading, a percentage wrapped under its
 * count) stays in its row. The band is split only when the rows so found fill several columns, with figures or in
 * number; otherwise its lines are one row's wrapped text, or values set beside a wrapped label.
 */
final class TextRows {

    /** A line further below the one above than this many times the table's usual line pitch starts a row. */
    private static final double WRAP_PITCH = 1.3;
    private static final int MIN_FILLED_COLUMNS = 2;
    /** Rows of several columns with figures that show a band holds rows of its own (a body under a ruled header). */
    private static final int MIN_FIGURE_ROWS = 2;
    /**
     * Rows of words in several columns that show it without figures: more than a cell of several lines beside a
     * vertically centred one gives.
     */
    private static final int MIN_TEXT_ROWS = 4;

    private TextRows() {
    }

    /**
     * The row bounds inside one band, from its lines (top to bottom), the column bounds and the tightest pitch of
     * the table's lines (its usual baseline-to-baseline step).
     */
    static List<Double> inside(List<List<Word>> lines, List<Double> xs, double pitch) {
        List<List<List<Word>>> rows = new ArrayList<>();
        Set<Integer> rowColumns = new HashSet<>();
        int firstLineColumns = 0;
        int keyColumn = -1;
        List<Word> previous = null;
        for (List<Word> line : lines) {
            Set<Integer> columns = columns(line, xs, false);
            int figureColumns = columns(line, xs, true).size();
            boolean rowOfFigures = figureColumns >= 1 && columns.size() >= MIN_FILLED_COLUMNS
                    && columns.contains(keyColumn)
                    || figureColumns >= MIN_FILLED_COLUMNS && figureColumns * 2 > firstLineColumns;
            boolean wraps = previous != null
                    && WordLines.bottom(line) - WordLines.bottom(previous) <= pitch * WRAP_PITCH
                    && rowColumns.containsAll(columns) && !rowOfFigures
                    && !startsLabel(line, previous, columns, rowColumns, keyColumn, xs);
            if (!wraps) {
                rows.add(new ArrayList<>());
                rowColumns = new HashSet<>();
                firstLineColumns = columns.size();
                keyColumn = columns.stream().min(Integer::compare).orElse(-1);
            }
            rows.get(rows.size() - 1).add(line);
            rowColumns.addAll(columns);
            previous = line;
        }
        List<Double> bounds = new ArrayList<>();
        if (count(rows, xs, true) < MIN_FIGURE_ROWS && count(rows, xs, false) < MIN_TEXT_ROWS) {
            return bounds;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<List<Word>> above = rows.get(r - 1);
            double bottom = WordLines.bottom(above.get(above.size() - 1));
            double top = WordLines.top(rows.get(r).get(0));
            bounds.add((bottom + top) / 2);
        }
        return bounds;
    }

    /**
     * Whether a line holding only a label, under a row that already has its values, starts a row of its own (a
     * section heading, the next label) rather than ending the label above: it does unless it goes on in lower
     * case or the label above broke off on a joining word.
     */
    private static boolean startsLabel(List<Word> line, List<Word> previous, Set<Integer> columns,
                                       Set<Integer> rowColumns, int keyColumn, List<Double> xs) {
        if (!columns.equals(Set.of(keyColumn)) || rowColumns.size() < MIN_FILLED_COLUMNS) {
            return false;
        }
        String above = previous.stream().filter(word -> RuledGrid.band(xs, word.box().centerX()) == keyColumn)
                .map(Word::text).collect(Collectors.joining(" "));
        return !WrappedRows.startsLowerCase(line.get(0).text()) && !WrappedRows.endsOpen(above);
    }

    /** The rows that fill two columns or more (with {@code figures}, one of them with figures alone). */
    private static long count(List<List<List<Word>>> rows, List<Double> xs, boolean figures) {
        return rows.stream().map(row -> row.stream().flatMap(List::stream).toList())
                .filter(words -> columns(words, xs, false).size() >= MIN_FILLED_COLUMNS
                        && (!figures || !columns(words, xs, true).isEmpty()))
                .count();
    }

    /**
     * The columns that a line's words stand in; with {@code figures}, only those where its words are all figures
     * (a figure inside a wrapped sentence does not start a row).
     */
    private static Set<Integer> columns(List<Word> words, List<Double> xs, boolean figures) {
        Set<Integer> columns = new HashSet<>();
        Set<Integer> worded = new HashSet<>();
        for (Word word : words) {
            int column = RuledGrid.band(xs, word.box().centerX());
            columns.add(column);
            if (!WordLines.isFigure(word.text())) {
                worded.add(column);
            }
        }
        if (figures) {
            columns.removeAll(worded);
        }
        return columns;
    }

    /** The median baseline-to-baseline step between consecutive lines, or infinity for fewer than two lines. */
    static double usualPitch(List<List<Word>> lines) {
        double[] steps = new double[Math.max(0, lines.size() - 1)];
        for (int i = 1; i < lines.size(); i++) {
            steps[i - 1] = WordLines.bottom(lines.get(i)) - WordLines.bottom(lines.get(i - 1));
        }
        Arrays.sort(steps);
        return steps.length == 0 ? Double.POSITIVE_INFINITY : steps[steps.length / 2];
    }
}
