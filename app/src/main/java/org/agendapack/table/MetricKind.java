package org.agendapack.table;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.agendapack.model.TableKind;

/**
 * Whether a table is a metric table: more than half of its value cells (outside the label columns, section
 * rows left out) are figures. A two-column table that opens with its figures ({@code 96 delayed days | West
 * Borsetshire Trust}) has its figure column as values and its text column as labels. A contents list
 * ({@code Section | Page}) and a form ({@code Date submitted: | 19/09/2014}) are not metric tables, though
 * they hold figures, nor are fields stacked like a deep header; nor is a grid with neither caption nor
 * column names.
 */
final class MetricKind {

    /** A table is metric when more than this share of its filled value cells are figures. */
    private static final double METRIC_SHARE = 0.5;
    /** One figure is a stray number in a text table; a metric table has at least two. */
    private static final int MIN_FIGURES = 2;
    /**
     * A table this narrow that opens with its figures names them in its text column; a wider one opening
     * with figures (section numbers, say) has all its columns counted.
     */
    private static final int FIGURE_FIRST_WIDTH = 2;
    /** A table is a form when at least this share of its labels end with a colon. */
    private static final double FORM_SHARE = 0.5;
    /** A header this deep whose every row is a label and its value is a list of fields. */
    private static final int MIN_FIELD_ROWS = 3;
    /** Fields are a label and its value. */
    private static final int FIELD_WIDTH = 2;
    private static final Pattern PAGE_COLUMN = Pattern.compile("(?i)^pages?(?:\\s*(?:no\\.?|nos\\.?|numbers?))?$");
    private static final Pattern CONTENTS = Pattern.compile("(?i)^(?:table of )?contents\\b.*");

    private MetricKind() {
    }

    static TableKind of(List<List<String>> header, List<String> columns, List<List<String>> rows,
                        List<Boolean> sections, String caption) {
        if (isContents(columns, caption) || isUnnamed(columns, caption) || isFieldList(header)) {
            return TableKind.OTHER;
        }
        List<List<String>> body = IntStream.range(0, rows.size()).filter(r -> !sections.get(r))
                .mapToObj(rows::get).toList();
        int labels = LabelColumns.of(rows, sections);
        int width = body.stream().mapToInt(List::size).max().orElse(0);
        if (isForm(body, labels)) {
            return TableKind.OTHER;
        }
        List<Integer> values = IntStream.range(labels, width).boxed()
                .filter(c -> labels > 0 || width > FIGURE_FIRST_WIDTH
                        || LabelColumns.isFigureColumn(LabelColumns.column(body, c))).toList();
        long filled = 0;
        long figures = 0;
        for (int c : values) {
            List<String> cells = LabelColumns.column(body, c);
            filled += cells.size();
            figures += cells.stream().filter(Figures::isFigure).count();
        }
        return figures >= MIN_FIGURES && figures > filled * METRIC_SHARE ? TableKind.METRIC : TableKind.OTHER;
    }

    /**
     * A grid with neither a caption nor a column name says nothing of what its figures measure: a piece of a
     * larger table (whose header stands elsewhere) or figures laid out in boxes, not a table of metrics.
     */
    private static boolean isUnnamed(List<String> columns, String caption) {
        return (caption == null || caption.isBlank()) && columns.stream().allMatch(String::isBlank);
    }

    /**
     * Fields read as a deep header ({@code Local Authority | Borsetshire}, {@code Date submitted: | 19/09/2024}):
     * two columns, and every header row names itself in its first cell and fills the second. The rows of a real
     * header stack parts of column names, and the first column's name stands in one of them only; a wider table
     * whose names all wrap over three lines would look alike, so only label-and-value pairs are judged so, and
     * a label going on in lower case is a wrapped name.
     */
    private static boolean isFieldList(List<List<String>> header) {
        return header.size() >= MIN_FIELD_ROWS && header.stream().allMatch(row -> row.size() == FIELD_WIDTH
                && !row.get(1).isBlank() && !row.get(0).isBlank() && !WrappedRows.startsLowerCase(row.get(0).strip()));
    }

    /** A table of contents: its last column is headed Page (Page No., Pages), or its caption says Contents. */
    private static boolean isContents(List<String> columns, String caption) {
        return !columns.isEmpty() && PAGE_COLUMN.matcher(columns.get(columns.size() - 1).strip()).matches()
                || caption != null && CONTENTS.matcher(caption.strip()).matches();
    }

    /** A form: its labels are field names ending with a colon. */
    private static boolean isForm(List<List<String>> body, int labels) {
        List<String> cells = IntStream.range(0, labels).boxed()
                .flatMap(c -> LabelColumns.column(body, c).stream()).toList();
        long fields = cells.stream().filter(cell -> cell.endsWith(":")).count();
        return !cells.isEmpty() && fields >= cells.size() * FORM_SHARE;
    }
}
