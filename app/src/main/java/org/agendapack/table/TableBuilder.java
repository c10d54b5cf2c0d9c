package org.agendapack.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.model.Table;
import org.agendapack.model.Table.Span;
import org.agendapack.source.Box;
import org.agendapack.source.Line;

/**
 * Turns a found grid into a table: header rows (the rows above the first data row, at most three) merged
 * into one label per column with merged header cells spread over their columns, section rows marked, the
 * caption found above or below, and the table marked {@code metric} when most data cells are numbers.
 */
final class TableBuilder {

    private static final int MAX_HEADER_ROWS = 3;
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)^(?:table|figure|chart|graph)\\s+\\d+[a-z]?\\b.*|^\\d{1,2}\\.?\\s+\\p{Lu}[^.]{2,80}$");
    private static final double METRIC_SHARE = 0.5;
    private static final Pattern ORDINAL = Pattern.compile("^\\(?\\d{1,3}[.)]?$|^\\(?[a-z][.)]$");

    private TableBuilder() {
    }

    static Table build(TableGrid grid, String id) {
        List<List<String>> cells = spread(grid);
        int headerRows = headerRows(cells);
        int columns = grid.columnCount();
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            StringBuilder label = new StringBuilder();
            for (int r = 0; r < headerRows; r++) {
                String text = cells.get(r).get(c);
                if (!text.isEmpty() && !label.toString().endsWith(text)) {
                    label.append(label.length() == 0 ? "" : " ").append(text);
                }
            }
            labels.add(rejoin(label.toString()));
        }
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> sections = new ArrayList<>();
        for (int r = headerRows; r < grid.cells().size(); r++) {
            List<String> row = grid.cells().get(r);
            rows.add(row);
            long filled = row.stream().filter(cell -> !cell.isEmpty()).count();
            sections.add(columns >= 3 && filled == 1 && !row.get(0).isEmpty());
        }
        List<Span> spans = grid.spans().stream().filter(span -> span.row() >= headerRows)
                .map(span -> new Span(span.row() - headerRows, span.column(), span.rows(), span.columns())).toList();
        Box box = grid.bbox();
        return new Table(id, null, null, caption(grid), isMetric(rows) ? "metric" : "other", headerRows,
                labels, rows, spans, sections, grid.method(), grid.page(), grid.page(), grid.printedPage(),
                grid.printedPage(), box == null ? null : List.of(box.x(), box.y(), box.right(), box.bottom()),
                columns < 2 ? grid.confidence() / 2 : grid.confidence(),
                grid.page() == null ? null : Collections.nCopies(rows.size(), grid.page()));
    }

    /** The cells with each merged cell's text repeated over the columns it covers (for header labels). */
    private static List<List<String>> spread(TableGrid grid) {
        List<List<String>> cells = new ArrayList<>();
        grid.cells().forEach(row -> cells.add(new ArrayList<>(row)));
        for (Span span : grid.spans()) {
            String text = cells.get(span.row()).get(span.column());
            for (int c = span.column(); c < span.column() + span.columns(); c++) {
                for (int r = span.row(); r < span.row() + span.rows() && r < cells.size(); r++) {
                    cells.get(r).set(c, text);
                }
            }
        }
        return cells;
    }

    /** The rows before the first one whose cells (beyond the row label) are mostly data. */
    private static int headerRows(List<List<String>> cells) {
        for (int r = 0; r < Math.min(cells.size(), MAX_HEADER_ROWS + 1); r++) {
            if (isDataRow(cells.get(r))) {
                return Math.min(r, MAX_HEADER_ROWS);
            }
        }
        // no numbers at all: the rows above numbered rows (1., 2., …), else a first row of short texts
        for (int r = 0; r + 1 < cells.size() && r <= MAX_HEADER_ROWS; r++) {
            if (ORDINAL.matcher(cells.get(r).get(0)).matches() && ORDINAL.matcher(cells.get(r + 1).get(0)).matches()) {
                return r;
            }
        }
        List<String> first = cells.get(0);
        boolean shortTexts = first.stream().allMatch(cell -> cell.length() <= 40);
        return cells.size() > 1 && shortTexts ? 1 : 0;
    }

    /**
     * Rejoins words that a converter split across cells or lines of a header: a hyphenated break
     * ({@code Post- project}) and a word's last letters set apart ({@code assessmen t}).
     */
    static String rejoin(String label) {
        return label.replaceAll("(\\p{L}{4,})\\s+([b-z])\\b", "$1$2").replaceAll("(\\p{L})-\\s+(\\p{Ll})", "$1-$2");
    }

    private static boolean isDataRow(List<String> row) {
        List<String> values = row.subList(Math.min(1, row.size()), row.size()).stream()
                .filter(cell -> !cell.isEmpty()).toList();
        long metric = values.stream().filter(MetricValues::isMetric).count();
        return !values.isEmpty() && metric * 2 >= values.size() && metric > 0;
    }

    /** Most data cells are metric values, or a column holds RAG ratings. */
    private static boolean isMetric(List<List<String>> rows) {
        long data = 0;
        long metric = 0;
        long rag = 0;
        for (List<String> row : rows) {
            for (String cell : row.subList(Math.min(1, row.size()), row.size())) {
                if (!cell.isEmpty()) {
                    data++;
                    metric += MetricValues.isMetric(cell) ? 1 : 0;
                    rag += MetricValues.read(cell).stream().anyMatch(value -> value.rag() != null) ? 1 : 0;
                }
            }
        }
        return metric >= 2 && metric >= data * METRIC_SHARE || rag >= 2;
    }

    /** A caption just above the table, else just below it. */
    private static String caption(TableGrid grid) {
        for (int i = grid.above().size() - 1; i >= 0; i--) {
            String text = clean(grid.above().get(i));
            if (CAPTION.matcher(text).matches()) {
                return text;
            }
        }
        return grid.below().stream().map(TableBuilder::clean).filter(text -> text.matches("(?i)^(?:table|figure)\\s+\\d+.*"))
                .findFirst().orElse(null);
    }

    private static String clean(Line line) {
        return line.plainText();
    }
}
