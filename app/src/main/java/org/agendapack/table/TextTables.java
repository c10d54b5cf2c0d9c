package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.model.Table.Span;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;

/**
 * Tables in a text conversion: runs of rows whose cells are separated by TABs (markdown pipe rows and HTML
 * table rows arrive as TAB rows too). A blank line inside a run does not end it when the next line is a row
 * again. Numbered paragraphs ({@code 5.2<TAB>The public consultation …}) are prose, not tables.
 */
final class TextTables {

    private static final Pattern SECTION_NUMBER = Pattern.compile("^[-•]?\\s*\\d{1,2}(?:\\.\\d{1,2}){0,2}\\.?$");
    private static final int MIN_ROWS = 2;
    private static final int PROSE_LENGTH = 60;
    private static final int BANNER_LENGTH = 80;
    private static final double CONFIDENCE = 0.8;
    /** Lines kept below a table for its caption: enough to see past a blank line whether another table follows. */
    private static final int BELOW_LINES = 4;

    private TextTables() {
    }

    static List<TableGrid> find(TablePage page, List<Line> lines) {
        List<TableGrid> tables = new ArrayList<>();
        // a banner row keeps its place (the conversion lost its empty cells); a blank line is skipped
        for (RowRuns.Run run : RowRuns.find(lines, TextTables::isRow, TextTables::isBanner,
                Line::isBlank)) {
            if (run.rows().size() >= MIN_ROWS && !isNumberedProse(run.rows())) {
                tables.add(grid(page, run.rows(), lines.subList(Math.max(0, run.start() - 4), run.start()),
                        lines.subList(run.end(), Math.min(lines.size(), run.end() + BELOW_LINES))));
            }
        }
        return tables;
    }

    /**
     * A row with no label of its own and only text, each under a filled cell, is the wrapped rest of the row
     * above (a label or a value that ran onto a second line); a row of numbers without a label is a row of its
     * own, and so is a row with text under an empty cell (a second header row under a group label).
     */
    private static boolean continuesRow(List<String> texts, List<String> previous) {
        return texts.get(0).isEmpty() && texts.stream().filter(text -> !text.isEmpty())
                .noneMatch(MetricValues::isMetric)
                && java.util.stream.IntStream.range(0, texts.size())
                .allMatch(c -> texts.get(c).isEmpty() || c < previous.size() && !previous.get(c).isEmpty());
    }

    /** A short line inside a table: a section banner, or the wrapped end of a label (it starts in lower case). */
    private static boolean isBanner(Line line) {
        String text = line.text().strip();
        return !text.isEmpty() && text.length() <= BANNER_LENGTH
                && (!text.endsWith(".") || Character.isLowerCase(text.codePointAt(0)));
    }

    private static boolean isRow(Line line) {
        return line.cells().size() >= 2 && !line.isBlank();
    }

    /** Rows that are a section number and a sentence each are numbered paragraphs. */
    private static boolean isNumberedProse(List<Line> rows) {
        return rows.stream().allMatch(row -> {
            List<Cell> cells = row.cells().stream().filter(cell -> !cell.isEmpty()).toList();
            return cells.size() == 2 && SECTION_NUMBER.matcher(cells.get(0).text().strip()).matches()
                    && cells.get(1).text().length() > PROSE_LENGTH;
        });
    }

    private static TableGrid grid(TablePage page, List<Line> rows, List<Line> above, List<Line> below) {
        int columns = rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        List<List<String>> cells = new ArrayList<>();
        for (Line row : rows) {
            List<String> texts = new ArrayList<>();
            row.cells().forEach(cell -> texts.add(cell.text().strip()));
            while (texts.size() < columns) {
                texts.add("");
            }
            if (!cells.isEmpty() && continuesRow(texts, cells.get(cells.size() - 1))) {
                List<String> previous = cells.get(cells.size() - 1);
                for (int c = 0; c < columns; c++) {
                    if (!texts.get(c).isEmpty()) {
                        previous.set(c, (previous.get(c) + " " + texts.get(c)).strip());
                    }
                }
            } else {
                cells.add(texts);
            }
        }
        List<Span> spans = List.of();
        return new TableGrid(cells, spans, "text", page.physical(), page.printed(), null, CONFIDENCE,
                above.stream().filter(line -> !line.isBlank()).toList(),
                below.stream().filter(line -> !line.isBlank()).toList());
    }
}
