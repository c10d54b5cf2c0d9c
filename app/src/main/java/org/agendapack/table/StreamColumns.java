package org.agendapack.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;

/**
 * The columns of an unruled table from the white space its rows share: the cells of all rows, laid over one
 * another, overlap within a column and leave a gap between columns, whether the column's texts are aligned
 * left, right (figures) or centred. A cell that reaches over a gap that most rows keep open (a header over
 * two columns, a long label) spans columns and does not close the gap.
 */
final class StreamColumns {

    /** A column's extent across the page. */
    record Column(double left, double right) {

        double overlap(Box box) {
            return Math.min(right, box.right()) - Math.max(left, box.x());
        }

        double distance(Box box) {
            return Math.max(0, Math.max(left - box.right(), box.x() - right));
        }
    }

    /**
     * A cell reaching over two cells of other rows spans columns when this share of the rows it meets are
     * split under it; else the other rows' split is the exception and the columns are one.
     */
    private static final double SPLIT_SHARE = 0.3;
    /** A column holds cells of this many lines at least. */
    private static final int MIN_SUPPORT = 2;

    private StreamColumns() {
    }

    static Box box(Cell cell) {
        return new Line(List.of(cell), 0).box();
    }

    /** The columns of rows (lines of two cells or more), left to right. */
    static List<Column> of(List<Line> rows) {
        List<List<Box>> boxes = rows.stream().map(row -> row.cells().stream().map(StreamColumns::box).toList())
                .toList();
        List<Box> placing = new ArrayList<>();
        for (int r = 0; r < boxes.size(); r++) {
            for (Box box : boxes.get(r)) {
                if (!spans(box, r, boxes)) {
                    placing.add(box);
                }
            }
        }
        placing.sort(Comparator.comparingDouble(Box::x));
        List<Column> columns = new ArrayList<>();
        List<Integer> support = new ArrayList<>();
        for (Box box : placing) {
            int last = columns.size() - 1;
            if (last >= 0 && box.x() <= columns.get(last).right()) {
                Column column = columns.get(last);
                columns.set(last, new Column(column.left(), Math.max(column.right(), box.right())));
                support.set(last, support.get(last) + 1);
            } else {
                columns.add(new Column(box.x(), box.right()));
                support.add(1);
            }
        }
        return supported(columns, support);
    }

    /**
     * The columns with a column of one cell joined to its neighbour: a gap that a single line has (the wide
     * spaces of a justified line of prose) is not a column's edge.
     */
    private static List<Column> supported(List<Column> columns, List<Integer> support) {
        List<Column> kept = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (support.get(c) >= MIN_SUPPORT || columns.size() == 1) {
                kept.add(column);
            } else if (!kept.isEmpty()) {
                Column left = kept.remove(kept.size() - 1);
                kept.add(new Column(left.left(), column.right()));
            } else if (c + 1 < columns.size()) {
                columns.set(c + 1, new Column(column.left(), columns.get(c + 1).right()));
            }
        }
        return kept;
    }

    private static boolean spans(Box box, int row, List<List<Box>> boxes) {
        int met = 0;
        int split = 0;
        for (int r = 0; r < boxes.size(); r++) {
            if (r == row) {
                continue;
            }
            long under = boxes.get(r).stream().filter(other -> other.x() < box.right() && box.x() < other.right())
                    .count();
            met += under > 0 ? 1 : 0;
            split += under > 1 ? 1 : 0;
        }
        return split > 0 && split >= met * SPLIT_SHARE;
    }
}
