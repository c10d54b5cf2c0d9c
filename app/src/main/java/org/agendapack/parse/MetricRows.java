package org.agendapack.parse;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.MetricRow;
import org.agendapack.model.MetricValue;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.agendapack.table.MetricValues;

/** The tidy metric rows of a pack: every value of every cell of its metric tables; empty cells give none. */
public final class MetricRows {

    private MetricRows() {
    }

    public static List<MetricRow> of(Pack pack) {
        List<MetricRow> rows = new ArrayList<>();
        String date = pack.meeting() == null ? null : pack.meeting().date();
        for (Table table : pack.tables()) {
            if (!table.kind().equals("metric")) {
                continue;
            }
            int labelColumns = labelColumns(table);
            for (List<String> row : table.rows()) {
                String label = String.join(" ", row.subList(0, Math.min(labelColumns, row.size())).stream()
                        .filter(cell -> !cell.isEmpty()).toList());
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
     * The row label is the first column and the unheaded columns right after it (a number column and the
     * metric's name under one header, as in {@code Metric | | Comments}).
     */
    private static int labelColumns(Table table) {
        int columns = 1;
        while (columns < table.columns().size() - 1 && table.columns().get(columns).isEmpty()) {
            columns++;
        }
        return columns;
    }
}
