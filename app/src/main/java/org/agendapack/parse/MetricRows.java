package org.agendapack.parse;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.MetricRow;
import org.agendapack.model.MetricValue;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.agendapack.model.TableKind;
import org.agendapack.table.LabelColumns;
import org.agendapack.table.MetricValues;

/**
 * The tidy metric rows of a pack: every value of every cell outside the label columns of its metric tables;
 * empty cells and section rows give none.
 */
public final class MetricRows {

    private MetricRows() {
    }

    public static List<MetricRow> of(Pack pack) {
        List<MetricRow> rows = new ArrayList<>();
        String date = pack.meeting() == null ? null : pack.meeting().date();
        for (Table table : pack.tables()) {
            if (table.kind() != TableKind.METRIC) {
                continue;
            }
            int labelColumns = LabelColumns.of(table.rows(), table.sectionRows());
            for (int r = 0; r < table.rows().size(); r++) {
                if (r < table.sectionRows().size() && table.sectionRows().get(r)) {
                    continue;
                }
                List<String> row = table.rows().get(r);
                String label = label(row, labelColumns);
                for (int c = labelColumns; c < row.size(); c++) {
                    String column = c < table.columns().size() ? table.columns().get(c) : "";
                    for (MetricValue value : MetricValues.read(row.get(c))) {
                        rows.add(new MetricRow(pack.source().file(), date, table.agendaItem(), table.id(),
                                table.caption(), label, column, value.raw(), value.value(), value.unit(),
                                value.qualifier(), value.rag(), table.pageStart()));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The label columns' cells joined; in a table that opens with its figures ({@code 96 delayed days} |
     * {@code Borsetshire General}), the cells without values.
     */
    private static String label(List<String> row, int labelColumns) {
        List<String> cells = labelColumns > 0 ? row.subList(0, Math.min(labelColumns, row.size()))
                : row.stream().filter(cell -> MetricValues.read(cell).isEmpty()).toList();
        return String.join(" ", cells.stream().filter(cell -> !cell.isEmpty()).toList());
    }
}
