package org.agendapack.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.agendapack.model.Table.Span;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.table.StreamColumns.Column;

/**
 * The rows of an unruled table: each line's cells placed in the columns, and the lines that only carry on a
 * cell of the row above (a label or a text wrapped onto a second line) joined to it. A line with a label of
 * its own and nothing else that does not read as the rest of the label above is a row of its own (a
 * sub-heading such as "Northern districts").
 */
final class StreamRows {

    /** The cells, merged cells and extent of the rows. */
    record Rows(List<List<String>> cells, List<Span> spans, Box bbox) {
    }

    /** One line placed in the columns. */
    private record Placed(Line line, String[] texts, Box[] boxes, List<Span> spans) {

        boolean filled(int column) {
            return !texts[column].isEmpty();
        }

        boolean labelOnly() {
            return filled(0) && filledCount() == 1;
        }

        long filledCount() {
            return Arrays.stream(texts).filter(text -> !text.isEmpty()).count();
        }

        int firstFilled() {
            for (int c = 0; c < texts.length; c++) {
                if (filled(c)) {
                    return c;
                }
            }
            return -1;
        }

        boolean hasFigures() {
            return Arrays.stream(texts).anyMatch(MetricValues::isMetric);
        }
    }

    /** Baselines this close (in font sizes) are a cell's wrapped lines, not rows set apart. */
    private static final double WRAP_PITCH = 1.6;
    /** A heading whose middle is this close to the middle of columns (a share of their width) is centred. */
    private static final double CENTRED = 0.05;
    /** A cell that reaches this share of its column's width was wrapped, when the next line carries it on. */
    private static final double WRAP_FILL = 0.6;
    /** A text ending so expects more words: the next line carries it on. */
    private static final Pattern OPEN_ENDING = Pattern.compile(
            "(?i).*(?:[,&/(\\-–]|\\b(?:and|or|of|the|for|to|in|on|with|by|from|per|a|an))$");

    private StreamRows() {
    }

    /**
     * The rows of a run's lines; the lines under its last row ({@code after}) are taken in only as long as
     * they carry on a cell of the row above (a label or text wrapped under the last row).
     */
    static Rows of(List<Line> lines, List<Line> after, List<Column> columns) {
        List<List<String>> cells = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        Box bbox = null;
        Placed previous = null;
        List<Line> all = new ArrayList<>(lines);
        all.addAll(after);
        for (int i = 0; i < all.size(); i++) {
            Line line = all.get(i);
            Placed placed = place(line, columns);
            boolean carriesOn = previous != null && carriesOn(previous, placed, columns);
            if (i >= lines.size() && !carriesOn) {
                break;
            }
            bbox = bbox == null ? line.box() : bbox.union(line.box());
            List<String> row = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            if (carriesOn) {
                for (int c = 0; c < columns.size(); c++) {
                    if (placed.filled(c)) {
                        row.set(c, (row.get(c) + " " + placed.texts()[c]).strip());
                    }
                }
            } else {
                int index = cells.size();
                cells.add(new ArrayList<>(Arrays.asList(placed.texts())));
                placed.spans().forEach(span -> spans.add(new Span(index, span.column(), 1, span.columns())));
            }
            previous = placed;
        }
        return new Rows(cells, spans, bbox);
    }

    /**
     * Each cell in the column it overlaps most; a cell over several columns that the line leaves empty
     * otherwise spans them, and so does a group label centred over them (the line leaving the label column
     * empty).
     */
    private static Placed place(Line line, List<Column> columns) {
        String[] texts = new String[columns.size()];
        Arrays.fill(texts, "");
        Box[] boxes = new Box[columns.size()];
        List<Cell> cells = line.cells().stream().filter(cell -> !cell.isEmpty()).toList();
        int[] first = new int[cells.size()];
        int[] last = new int[cells.size()];
        int[] best = new int[cells.size()];
        boolean[] taken = new boolean[columns.size()];
        for (int i = 0; i < cells.size(); i++) {
            Box box = StreamColumns.box(cells.get(i));
            first[i] = -1;
            best[i] = 0;
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                if (column.overlap(box) > 0) {
                    first[i] = first[i] < 0 ? c : first[i];
                    last[i] = c;
                }
                if (column.distance(box) < columns.get(best[i]).distance(box)
                        || column.overlap(box) > columns.get(best[i]).overlap(box)) {
                    best[i] = c;
                }
            }
        }
        // group labels over the figure columns stand in a line that leaves the label column empty
        boolean overFigures = IntStream.range(0, cells.size()).noneMatch(i -> best[i] == 0);
        for (int i = 0; i < cells.size(); i++) {
            int[] centred = overFigures ? centredOver(StreamColumns.box(cells.get(i)), columns) : null;
            if (centred != null && (first[i] < 0 || centred[0] <= first[i] && last[i] <= centred[1])) {
                first[i] = centred[0];
                last[i] = centred[1];
            } else if (first[i] == last[i] && first[i] >= 0) {
                taken[first[i]] = true;
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            int column = best[i];
            if (first[i] >= 0 && last[i] > first[i] && free(taken, first[i], last[i])) {
                column = first[i];
                spans.add(new Span(0, column, 1, last[i] - first[i] + 1));
                Arrays.fill(taken, first[i], last[i] + 1, true);
            }
            Box box = StreamColumns.box(cells.get(i));
            texts[column] = (texts[column] + " " + cells.get(i).text()).strip();
            boxes[column] = boxes[column] == null ? box : boxes[column].union(box);
        }
        return new Placed(line, texts, boxes, spans);
    }

    /**
     * The widest run of two columns or more right of the label column that a heading is centred over (as a
     * group label over the years it groups), or null. A run reaches halfway into the gaps either side, as
     * the cells it is centred on do, and to its last column's edge at the table's right.
     */
    private static int[] centredOver(Box box, List<Column> columns) {
        int[] widest = null;
        for (int from = 1; from < columns.size(); from++) {
            double left = (columns.get(from - 1).right() + columns.get(from).left()) / 2;
            for (int to = columns.size() - 1; to > from; to--) {
                double right = to + 1 < columns.size()
                        ? (columns.get(to).right() + columns.get(to + 1).left()) / 2 : columns.get(to).right();
                boolean centred = Math.abs((left + right) / 2 - box.centerX()) <= CENTRED * (right - left);
                if (centred && (widest == null || to - from > widest[1] - widest[0])) {
                    widest = new int[] {from, to};
                }
            }
        }
        return widest;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int c = from; c <= to; c++) {
            if (taken[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a line carries on the row above rather than starting one: it follows closely, has no figures,
     * and holds only a label or only texts beside the label, each under a cell of the line above that reads
     * as wrapped (it fills its column, ends expecting more, or the line goes on in lower case); or it is the
     * lower-case rest of a label standing alone on the line above, with the row's figures beside it.
     */
    private static boolean carriesOn(Placed previous, Placed line, List<Column> columns) {
        Box above = previous.line().box();
        Box box = line.line().box();
        boolean close = box.bottom() - above.bottom() <= WRAP_PITCH * StreamTables.size(previous.line());
        if (!close || line.line().bold() && !previous.line().bold() || !line.spans().isEmpty()) {
            return false;
        }
        int first = line.firstFilled();
        boolean lowerCase = first >= 0 && Character.isLowerCase(line.texts()[first].codePointAt(0));
        if (previous.labelOnly() && line.filled(0) && lowerCase) {
            return true;
        }
        if (line.hasFigures() || first < 0 || !(line.labelOnly() || !line.filled(0))) {
            return false;
        }
        for (int c = 0; c < columns.size(); c++) {
            if (line.filled(c) && !previous.filled(c)) {
                return false;
            }
        }
        Column column = columns.get(first);
        Box wrapped = previous.boxes()[first];
        return lowerCase || OPEN_ENDING.matcher(previous.texts()[first]).matches()
                || wrapped.right() >= column.left() + WRAP_FILL * (column.right() - column.left());
    }
}
