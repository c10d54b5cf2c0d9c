package org.agendapack.parse;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.Word;

/**
 * The cells of a table's rows as its columns: a row with nothing in the first column starts with an empty cell,
 * as a text conversion's TAB-separated rows do, so that the first column (a minute's title) can be told from
 * the others. In a PDF the first column ends where the header's second cell begins, and a row that starts in
 * the first column and runs on past that point without a wide gap is cut there; a row that starts in the first
 * column has at least two cells, so that a title's wrapped line is known to be one.
 *
 * @param first  where the header's first column starts across the page, or null for text input
 * @param second where its second column starts, or null for text input
 */
record TableColumns(Double first, Double second) {

    /** A word may start a little left of its column's heading (centred or indented headings). */
    private static final double SLACK = 6;

    static TableColumns under(Line header) {
        List<Cell> cells = header.cells().stream().filter(cell -> !cell.isEmpty()).toList();
        boolean placed = cells.size() >= 2 && cells.get(1).words().get(0).box() != null;
        return placed ? new TableColumns(x(cells.get(0).words().get(0)), x(cells.get(1).words().get(0)))
                : new TableColumns(null, null);
    }

    /** The row's cells, the first empty when the row has nothing in the first column. */
    List<String> of(Line row) {
        if (second == null) {
            return row.cells().stream().map(TableColumns::text).toList();
        }
        List<Cell> filled = row.cells().stream().filter(cell -> !cell.isEmpty()).toList();
        List<String> cells = new ArrayList<>();
        if (filled.isEmpty() || filled.get(0).words().get(0).box() == null) {
            filled.forEach(cell -> cells.add(text(cell)));
            return cells;
        }
        Cell lead = filled.get(0);
        double start = x(lead.words().get(0));
        if (start >= second - SLACK) {
            cells.add("");
            cells.add(text(lead));
        } else if (Math.abs(start - first) <= SLACK) {
            cells.addAll(cutAtSecond(lead));
        } else {
            cells.add(text(lead));
        }
        filled.stream().skip(1).forEach(cell -> cells.add(text(cell)));
        return cells;
    }

    /**
     * A cell in the first column, cut where the second column starts when a narrow gap ran it on into it; a
     * cell wholly in the first column still stands in a row of columns (its second empty).
     */
    private List<String> cutAtSecond(Cell cell) {
        List<String> inFirst = new ArrayList<>();
        List<String> beyond = new ArrayList<>();
        for (Word word : cell.words()) {
            (x(word) >= second - SLACK ? beyond : inFirst).add(word.text());
        }
        return List.of(String.join(" ", inFirst), String.join(" ", beyond));
    }

    private static double x(Word word) {
        return word.box().x();
    }

    private static String text(Cell cell) {
        return cell.text().replaceAll("\\s+", " ").strip();
    }
}
