package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.Table.Span;

/**
 * Two neighbouring columns that are one printed column split by a stray rule or a label set off its place: in
 * no row are both filled, one holds the name and nothing below the header, the other the figures
 * ({@code Mid-point | } over {@code  | 74.1}). They are joined into one. Real columns hold values of their own
 * or share a row, so they stay apart.
 */
final class SplitColumns {

    /** A name column may hold this many cells below the header: text of a wide row spilling into it. */
    private static final int MAX_STRAY_CELLS = 1;

    private SplitColumns() {
    }

    static TableGrid joined(TableGrid grid) {
        List<List<String>> cells = grid.cells();
        int columns = grid.columnCount();
        // the header is read once, and only when a pair of columns never shares a row
        int header = -1;
        for (int c = 0; c + 1 < columns; c++) {
            int column = c;
            boolean spannedApart = grid.spans().stream()
                    .anyMatch(span -> covers(span, column) != covers(span, column + 1));
            if (neverShareARow(cells, c)) {
                header = header < 0 ? HeaderReader.headerRows(cells) : header;
                if (isSplit(cells, header, c) && !spannedApart) {
                    return joined(withColumnsJoined(grid, c));
                }
            }
        }
        return grid;
    }

    /** Whether no row fills both columns c and c + 1. */
    private static boolean neverShareARow(List<List<String>> cells, int c) {
        for (List<String> row : cells) {
            if (filled(row, c) && filled(row, c + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether, of columns c and c + 1 that never share a row, one is a name without values (filled in the first
     * row, and below the header in one stray cell at most) over the other's figures.
     */
    private static boolean isSplit(List<List<String>> cells, int header, int c) {
        return isNameOnly(cells, header, c) && isFigures(cells, c + 1)
                || isNameOnly(cells, header, c + 1) && isFigures(cells, c);
    }

    private static boolean isNameOnly(List<List<String>> cells, int header, int c) {
        long below = cells.stream().skip(header).filter(row -> filled(row, c)).count();
        return filled(cells.get(0), c) && below <= MAX_STRAY_CELLS;
    }

    private static boolean isFigures(List<List<String>> cells, int c) {
        List<String> column = LabelColumns.column(cells, c);
        return column.size() > MAX_STRAY_CELLS && LabelColumns.isFigureColumn(column);
    }

    private static boolean filled(List<String> row, int c) {
        return c < row.size() && !row.get(c).isBlank();
    }

    private static boolean covers(Span span, int c) {
        return span.column() <= c && c < span.column() + span.columns();
    }

    private static TableGrid withColumnsJoined(TableGrid grid, int c) {
        List<List<String>> cells = grid.cells().stream().map(row -> {
            List<String> joined = new ArrayList<>(row);
            if (c + 1 < joined.size()) {
                String right = joined.remove(c + 1);
                joined.set(c, joined.get(c).isBlank() ? right : joined.get(c));
            }
            return (List<String>) joined;
        }).toList();
        List<Span> spans = grid.spans().stream().map(span -> {
            int first = span.column() > c ? span.column() - 1 : span.column();
            int last = span.column() + span.columns() - 1;
            last = last > c ? last - 1 : last;
            return new Span(span.row(), first, span.rows(), last - first + 1);
        }).toList();
        return new TableGrid(cells, spans, grid.method(), grid.page(), grid.printedPage(), grid.bbox(),
                grid.confidence(), grid.above(), grid.below());
    }
}
