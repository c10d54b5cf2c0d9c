package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.table.StreamColumns.Column;

/**
 * The page's text running beside an unruled table, in a column of its own: its lines share baselines with
 * the table's rows, so they come as cells of the same lines. It is told apart from a column of the table by
 * going on above or below the table in the same place, in cells of several words.
 */
final class TextBeside {

    /** Text cells hold this many words on average; a table's labels and figures fewer. */
    private static final double TEXT_WORDS = 4;
    /** A line above or below the table within this many points of the column's edges lies in that column. */
    private static final double EDGE = 12;

    private TextBeside() {
    }

    /** The column of text beside the table whose run of lines this is, or null when there is none. */
    static Column column(List<Line> run, List<Line> above, List<Line> below) {
        List<Line> rows = run.stream().filter(line -> line.cells().size() >= 2).toList();
        List<Column> columns = rows.isEmpty() ? List.of() : StreamColumns.of(rows);
        if (columns.size() < 3) {
            return null;
        }
        return List.of(columns.get(0), columns.get(columns.size() - 1)).stream()
                .filter(edge -> isText(edge, run, above, below)).findFirst().orElse(null);
    }

    private static boolean isText(Column column, List<Line> run, List<Line> above, List<Line> below) {
        List<Line> around = new ArrayList<>(above.subList(Math.max(0, above.size() - 1), above.size()));
        around.addAll(below.subList(0, Math.min(1, below.size())));
        boolean goesOn = around.stream().map(Line::box)
                .anyMatch(box -> box.x() >= column.left() - EDGE && box.right() <= column.right() + EDGE);
        double words = run.stream().flatMap(line -> line.cells().stream())
                .filter(cell -> inside(StreamColumns.box(cell), column))
                .mapToInt(cell -> cell.words().size()).average().orElse(0);
        return goesOn && words >= TEXT_WORDS;
    }

    private static boolean inside(Box box, Column column) {
        return box.centerX() >= column.left() && box.centerX() <= column.right();
    }

    /** The lines without their cells in the column, and without the lines left empty. */
    static List<Line> cropped(List<Line> run, Column column) {
        List<Line> lines = new ArrayList<>();
        for (Line line : run) {
            List<Cell> cells = line.cells().stream().filter(cell -> !inside(StreamColumns.box(cell), column))
                    .toList();
            if (!cells.isEmpty()) {
                lines.add(new Line(cells, line.direction()));
            }
        }
        return lines;
    }
}
