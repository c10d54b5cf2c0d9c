package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.source.Box;
import org.agendapack.source.Line;
import org.agendapack.table.StreamColumns.Column;

/**
 * Unruled tables from word positions: runs of lines split into cells by wide gaps, with the lines a table
 * holds inside (sub-headings, wrapped labels) between them; the columns from the gaps the rows share, the rows
 * from the lines, with a header line of one label just above. A run needs three rows of two cells or more,
 * and rows that read as a table ({@link TabularRows}).
 */
final class StreamTables {

    private static final int MIN_ROWS = 3;
    /** A table holds at most this many lines of one cell in a row (sub-headings, a label wrapped twice). */
    private static final int MAX_LINES_INSIDE = 3;
    /**
     * Baselines this many font sizes apart (a blank line and more) end a table: what follows is apart from it.
     * A table's rows, its header and the rules between them stay closer.
     */
    private static final double BREAK_PITCH = 2.6;
    /** Rows whose cells line up stay one table further apart than that (rows set with space between). */
    private static final double SPACED_ROW_PITCH = 4.5;
    /** Cell edges this close (points) are in the same place. */
    private static final double SAME_PLACE = 2;
    /** A line in a font this much larger than the rows' is a heading, which ends a table. */
    private static final double HEADING_SIZE = 1.15;
    /** A header line may reach this many points past the table's last column. */
    private static final double SAME_EDGE = 12;
    private static final double CONFIDENCE = 0.6;
    private static final double TWO_COLUMN_CONFIDENCE = 0.5;
    private static final Pattern CAPTION = Pattern.compile("(?i)^(?:table|figure|chart|graph)\\s+\\d+.*");

    private StreamTables() {
    }

    static List<TableGrid> find(TablePage page, List<Line> pageLines) {
        List<Line> lines = pageLines.stream().filter(line -> line.direction() == 0 && line.box() != null).toList();
        List<TableGrid> tables = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            if (!isRow(lines.get(start))) {
                start++;
                continue;
            }
            int end = runEnd(lines, start);
            TableGrid grid = grid(page, lines.subList(start, end), lines.subList(Math.max(0, start - 3), start),
                    lines.subList(end, Math.min(lines.size(), end + MAX_LINES_INSIDE)));
            if (grid != null) {
                tables.add(grid);
            }
            start = end;
        }
        return tables;
    }

    private static boolean isRow(Line line) {
        return line.cells().stream().filter(cell -> !cell.isEmpty()).count() >= 2;
    }

    /**
     * Where the run of rows starting at {@code start} ends (exclusive): at a wide gap, a heading or a caption,
     * or more than a few one-cell lines; one-cell lines after the last row are left out.
     */
    private static int runEnd(List<Line> lines, int start) {
        int end = start + 1;
        int next = start + 1;
        double rowSize = size(lines.get(start));
        while (next < lines.size() && next - end < MAX_LINES_INSIDE + 1) {
            Line line = lines.get(next);
            Line above = lines.get(next - 1);
            double pitch = (line.box().bottom() - above.box().bottom()) / size(above);
            boolean apart = pitch > (aligned(above, line) ? SPACED_ROW_PITCH : BREAK_PITCH)
                    || size(line) > HEADING_SIZE * rowSize || isCaption(line);
            if (apart) {
                break;
            }
            next++;
            if (isRow(line)) {
                end = next;
            }
        }
        return end;
    }

    /** Two rows whose cells start or end at the same places, two of them at least: rows of one table. */
    private static boolean aligned(Line first, Line second) {
        if (!isRow(first) || !isRow(second)) {
            return false;
        }
        List<Box> edges = first.cells().stream().map(StreamColumns::box).toList();
        long shared = second.cells().stream().map(StreamColumns::box).filter(box -> edges.stream().anyMatch(edge ->
                Math.abs(edge.x() - box.x()) <= SAME_PLACE || Math.abs(edge.right() - box.right()) <= SAME_PLACE))
                .count();
        return shared >= 2;
    }

    /** A line reading as a table's or figure's caption ("Table 3: ..."). */
    static boolean isCaption(Line line) {
        return CAPTION.matcher(line.plainText()).matches();
    }

    /** The line's font size, or its height where the size is unknown. */
    static double size(Line line) {
        Double size = line.fontSize();
        return size == null ? line.box().height() : size;
    }

    private static TableGrid grid(TablePage page, List<Line> lines, List<Line> above, List<Line> below) {
        Column text = TextBeside.column(lines, above, below);
        List<Line> cropped = text == null ? lines : TextBeside.cropped(lines, text);
        // a caption sharing its line with the text beside leads the run once the text is cropped off
        int captions = (int) cropped.stream().takeWhile(StreamTables::isCaption).count();
        List<Line> run = cropped.subList(captions, cropped.size());
        List<Line> rowLines = run.stream().filter(StreamTables::isRow).toList();
        if (rowLines.size() < MIN_ROWS) {
            return null;
        }
        List<Column> columns = StreamColumns.of(rowLines);
        if (columns.size() < 2) {
            return null;
        }
        // beside a text column the lines above are the text's, bar the table's caption
        int header = text == null ? headerAbove(above, run.get(0), columns) : 0;
        List<Line> linesAbove = new ArrayList<>(text == null ? above.subList(0, above.size() - header)
                : TextBeside.cropped(above, text));
        linesAbove.addAll(cropped.subList(0, captions));
        List<Line> table = new ArrayList<>(above.subList(above.size() - header, above.size()));
        table.addAll(run);
        StreamRows.Rows rows = StreamRows.of(table, text == null ? below : TextBeside.cropped(below, text),
                columns);
        List<List<String>> full = rows.cells().stream()
                .filter(row -> row.stream().filter(cell -> !cell.isEmpty()).count() >= 2).toList();
        if (full.size() < MIN_ROWS || !TabularRows.areTabular(full, columns.size(), table)) {
            return null;
        }
        return new TableGrid(rows.cells(), rows.spans(), "stream", page.physical(), page.printed(), rows.bbox(),
                columns.size() == 2 ? TWO_COLUMN_CONFIDENCE : CONFIDENCE, linesAbove, below);
    }

    /**
     * How many of the lines just above the table are header lines of one cell: a label over the figure
     * columns (as "Number of households" over the years), close above, right of the label column and no
     * wider than the table. A caption starts at the label column or reads as one.
     */
    private static int headerAbove(List<Line> above, Line first, List<Column> columns) {
        int header = 0;
        Line below = first;
        for (int i = above.size() - 1; i >= 0; i--) {
            Line line = above.get(i);
            boolean over = line.box().x() > columns.get(0).right()
                    && line.box().right() <= columns.get(columns.size() - 1).right() + SAME_EDGE;
            boolean close = below.box().bottom() - line.box().bottom() <= BREAK_PITCH * size(line);
            if (!over || !close || size(line) > HEADING_SIZE * size(first)
                    || isCaption(line)) {
                break;
            }
            header++;
            below = line;
        }
        return header;
    }
}
