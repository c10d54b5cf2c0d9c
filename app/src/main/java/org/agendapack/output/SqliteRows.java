package org.agendapack.output;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;

/**
 * The rows a pack gives the database's record tables, with their values typed as the model has them: the CSV
 * files' rows, and one per table found (the pack's own row is {@link PackRow}'s).
 */
final class SqliteRows {

    private SqliteRows() {
    }

    /** The pack's rows of each record table, by table name, each in that table's column order. */
    static Map<String, List<List<Object>>> records(Pack pack) {
        Map<String, List<List<Object>>> byTable = new HashMap<>();
        CsvExports.valuesOf(pack).forEach((file, rows) -> byTable.put(CsvExports.tableOf(file), rows));
        byTable.put("tables", pack.tables().stream().map(table -> table(pack, table)).toList());
        return byTable;
    }

    /** One table found, in {@link SqliteSchema#TABLE_COLUMNS} order. */
    private static List<Object> table(Pack pack, Table table) {
        return Arrays.asList(pack.source().file(), pack.meeting() == null ? null : pack.meeting().date(),
                table.id(), table.document(), table.agendaItem(), table.caption(), table.kind().label(),
                table.method(), table.pageStart(), table.pageEnd(), table.rows().size(), table.columns().size());
    }
}
