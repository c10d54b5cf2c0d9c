package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.table.StreamColumns.Column;

/**
 * The page's text running beside an unruled table, in a column of its own: its lines share baselines with
 * the table's rows, so they come as cells of the same lines. It is told apart from a column of the table (as
 * labels wrapped over two lines) by cells of several words and two signs of three: it goes on above the
 * table in the same place, it goes on below it, and the table's rows keep baselines of their own (a line
 * holds the table's cells and none of the text). A wrapped label under the last row goes on below alone.
 */
final class TextBeside {

    /** Text cells hold this many words on average; a table's labels and figures fewer. */
    private static final double TEXT_WORDS = 4;
    /** A line above or below the table within this many points of the column's edges lies in that column. */
    private static final double EDGE = 12;
    /** Of the three signs of text beside the table, this many show it. */
    private static final int SIGNS = 2;

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
        double words = run.stream().flatMap(line -> line.cells().stream())
                .filter(cell -> inside(StreamColumns.box(cell), column))
                .mapToInt(cell -> cell.words().size()).average().orElse(0);
        int signs = (goesOn(above.subList(Math.max(0, above.size() - 1), above.size()), column) ? 1 : 0)
                + (goesOn(below.subList(0, Math.min(1, below.size())), column) ? 1 : 0)
                + (rowsStandWithout(run, column) ? 1 : 0);
        return words >= TEXT_WORDS && signs >= SIGNS;
    }

    /** The line lies in the column, and is not the table's caption. */
    private static boolean goesOn(List<Line> lines, Column column) {
        return lines.stream().filter(line -> !StreamTables.isCaption(line)).map(Line::box)
                .anyMatch(box -> box.x() >= column.left() - EDGE && box.right() <= column.right() + EDGE);
    }

    /** A line of the run holds two cells of the table or more, and none in the column. */
    private static boolean rowsStandWithout(List<Line> run, Column column) {
        return run.stream().anyMatch(line -> line.cells().stream().noneMatch(cell -> inside(StreamColumns.box(cell),
                column)) && line.cells().stream().filter(cell -> !cell.isEmpty()).count() >= 2);
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
