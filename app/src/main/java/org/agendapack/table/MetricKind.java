package org.agendapack.table;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.agendapack.model.TableKind;

/**
 * Whether a table is a metric table: more than half of its value cells (outside the label columns, section
 * rows left out) are figures. A two-column table that opens with its figures ({@code 124 delayed days | East
 * Cheshire Trust}) has its figure column as values and its text column as labels. A contents list
 * ({@code Section | Page}) and a form ({@code Date submitted: | 19/09/2014}) are not metric tables, though
 * they hold figures.
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
    private static final Pattern PAGE_COLUMN = Pattern.compile("(?i)^pages?(?:\\s*(?:no\\.?|nos\\.?|numbers?))?$");
    private static final Pattern CONTENTS = Pattern.compile("(?i)^(?:table of )?contents\\b.*");

    private MetricKind() {
    }

    static TableKind of(List<String> columns, List<List<String>> rows, List<Boolean> sections, String caption) {
        if (isContents(columns, caption)) {
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
