package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.Word;

/**
 * Unruled tables from word positions: runs of consecutive lines split into three cells or more by wide
 * gaps, whose cells start in the same columns. Paragraphs (one cell a line) and two-column prose are left
 * alone.
 */
final class StreamTables {

    private static final int MIN_CELLS = 3;
    private static final int MIN_ROWS = 3;
    /** Cells whose left edges are this close start in the same column. */
    private static final double COLUMN_TOLERANCE = 12;
    /** A column must be used by this share of the rows at least. */
    private static final double COLUMN_SUPPORT = 0.4;
    private static final double CONFIDENCE = 0.6;

    private StreamTables() {
    }

    static List<TableGrid> find(TablePage page, List<Line> lines) {
        List<TableGrid> tables = new ArrayList<>();
        for (RowRuns.Run run : RowRuns.find(lines, StreamTables::isRow, StreamTables::isContinuation, line -> false)) {
            if (run.rows().stream().filter(StreamTables::isRow).count() >= MIN_ROWS) {
                TableGrid grid = grid(page, run.rows(), lines.subList(Math.max(0, run.start() - 3), run.start()),
                        lines.subList(run.end(), Math.min(lines.size(), run.end() + 2)));
                if (grid != null) {
                    tables.add(grid);
                }
            }
        }
        return tables;
    }

    private static boolean isRow(Line line) {
        return line.direction() == 0 && line.cells().size() >= MIN_CELLS && line.box() != null;
    }

    private static boolean isContinuation(Line line) {
        return line.direction() == 0 && line.box() != null && line.cells().size() <= 2;
    }

    private static TableGrid grid(TablePage page, List<Line> run, List<Line> above, List<Line> below) {
        List<Double> columns = columns(run);
        if (columns.size() < MIN_CELLS) {
            return null;
        }
        List<List<String>> cells = new ArrayList<>();
        Box bbox = null;
        for (Line line : run) {
            List<StringBuilder> row = new ArrayList<>();
            columns.forEach(column -> row.add(new StringBuilder()));
            for (Cell cell : line.cells()) {
                Box box = new Line(List.of(cell), 0).box();
                int column = columnOf(columns, box.x());
                StringBuilder text = row.get(column);
                text.append(text.length() == 0 ? "" : " ").append(cell.text());
                bbox = bbox == null ? box : bbox.union(box);
            }
            cells.add(row.stream().map(StringBuilder::toString).toList());
        }
        return new TableGrid(cells, List.of(), "stream", page.physical(), page.printed(), bbox, CONFIDENCE,
                above, below);
    }

    /** Left edges shared by enough rows, left to right. */
    private static List<Double> columns(List<Line> run) {
        List<double[]> clusters = new ArrayList<>();
        for (Line line : run) {
            for (Cell cell : line.cells()) {
                double x = cell.words().stream().map(Word::box).mapToDouble(Box::x).min().orElse(0);
                double[] cluster = clusters.stream().filter(c -> Math.abs(c[0] - x) <= COLUMN_TOLERANCE).findFirst()
                        .orElse(null);
                if (cluster == null) {
                    clusters.add(new double[] {x, 1});
                } else {
                    cluster[0] = Math.min(cluster[0], x);
                    cluster[1]++;
                }
            }
        }
        return clusters.stream().filter(c -> c[1] >= run.size() * COLUMN_SUPPORT).map(c -> c[0]).sorted().toList();
    }

    private static int columnOf(List<Double> columns, double x) {
        int column = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) <= x + COLUMN_TOLERANCE) {
                column = i;
            }
        }
        return column;
    }
}
