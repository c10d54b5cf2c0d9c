package org.agendapack.table;

import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.model.TableKind;

/**
 * Whether a table is a metric table: most of its value cells (outside the label columns, section rows left
 * out) are figures. A contents list ({@code Section | Page}) is not, though its page numbers are figures.
 */
final class MetricKind {

    /** A table is metric when at least this share of its filled value cells are figures. */
    private static final double METRIC_SHARE = 0.5;
    /** One figure is a stray number in a text table; a metric table has at least two. */
    private static final int MIN_FIGURES = 2;
    private static final Pattern PAGE_COLUMN = Pattern.compile("(?i)^pages?(?:\\s*(?:no\\.?|nos\\.?|numbers?))?$");
    private static final Pattern CONTENTS = Pattern.compile("(?i)^(?:table of )?contents\\b.*");

    private MetricKind() {
    }

    static TableKind of(List<String> columns, List<List<String>> rows, List<Boolean> sections, String caption) {
        if (isContents(columns, caption)) {
            return TableKind.OTHER;
        }
        int labels = LabelColumns.of(rows, sections);
        long filled = 0;
        long figures = 0;
        for (int r = 0; r < rows.size(); r++) {
            if (sections.get(r)) {
                continue;
            }
            List<String> row = rows.get(r);
            for (String cell : row.subList(Math.min(labels, row.size()), row.size())) {
                if (!cell.isBlank()) {
                    filled++;
                    figures += Figures.isFigure(cell) ? 1 : 0;
                }
            }
        }
        return figures >= MIN_FIGURES && figures >= filled * METRIC_SHARE ? TableKind.METRIC : TableKind.OTHER;
    }

    /** A table of contents: its last column is headed Page (Page No., Pages), or its caption says Contents. */
    private static boolean isContents(List<String> columns, String caption) {
        return !columns.isEmpty() && PAGE_COLUMN.matcher(columns.get(columns.size() - 1).strip()).matches()
                || caption != null && CONTENTS.matcher(caption.strip()).matches();
    }
}
