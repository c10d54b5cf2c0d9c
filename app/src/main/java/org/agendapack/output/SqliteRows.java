package org.agendapack.output;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agendapack.model.Meeting;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;

/**
 * The rows a pack gives the database, with their values typed as the model has them: the CSV files' rows for
 * the record tables, and the pack's own row and one per table found.
 */
final class SqliteRows {

    private SqliteRows() {
    }

    /** The pack's row of {@code packs}, in {@link SqliteSchema#PACK_COLUMNS} order. */
    static List<Object> pack(Pack pack) {
        Meeting meeting = pack.meeting();
        return Arrays.asList(pack.source().file(), pack.source().sha256(), pack.source().format(),
                pack.source().encoding(), pack.kind(), pack.packKind(), of(meeting, Meeting::body),
                of(meeting, Meeting::council), of(meeting, Meeting::date), of(meeting, Meeting::time),
                of(meeting, Meeting::timeNote), of(meeting, Meeting::venue), of(meeting, Meeting::published),
                pack.source().pageCount(), ToolVersion.NAME);
    }

    /** A field of the meeting; none when the input names no meeting. */
    private static String of(Meeting meeting, Function<Meeting, String> field) {
        return meeting == null ? null : field.apply(meeting);
    }

    /** The pack's rows of each record table, by table name, each in that table's column order. */
    static Map<String, List<List<Object>>> records(Pack pack) {
        Map<String, List<List<Object>>> byTable = new HashMap<>();
        CsvExports.valuesOf(pack).forEach((file, rows) -> byTable.put(SqliteSchema.tableOf(file), rows));
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
