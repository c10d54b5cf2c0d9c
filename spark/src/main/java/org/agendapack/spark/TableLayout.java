package org.agendapack.spark;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.output.ColumnType;
import org.agendapack.output.CsvExports;
import org.agendapack.output.PackRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The tables the job writes: each starts with {@code input}, the file's URI (the key a re-run replaces by), then
 * the columns of the command line's CSV file of that name (or of its database's {@code packs} table, or of
 * {@code run.json}'s failed entries), and ends with {@code meeting_year}, the partition, where the table has one.
 */
record TableLayout(String name, List<String> columns, boolean byYear) {

    static final String INPUT = "input";
    static final String YEAR = "meeting_year";

    static final String PACKS = "packs";
    static final String FAILURES = "failures";
    /** The packs' JSON, one row per pack: the source of the JSON Lines folder. */
    static final String PACK_JSON = "pack_json";

    /** The columns of {@code packs} after {@link PackRow#COLUMNS}: what {@code run.json} says of the file. */
    static final List<String> PACK_STATUS = List.of("status", "warnings", "warning_codes");
    static final List<String> FAILURE_COLUMNS = List.of("file", "sha256", "failure", "reason", "tool_version");

    /**
     * Every table, in the order they are written: {@code packs} last, so that it names only inputs whose rows are
     * all in place (a run stopped half way has its inputs read again by the next, incremental or not).
     */
    static final List<TableLayout> ALL = all();

    private static List<TableLayout> all() {
        List<TableLayout> tables = new ArrayList<>();
        for (String file : CsvExports.FILES) {
            tables.add(new TableLayout(CsvExports.tableOf(file), CsvExports.header(file), true));
        }
        tables.add(new TableLayout(FAILURES, FAILURE_COLUMNS, false));
        tables.add(new TableLayout(PACK_JSON, List.of("json"), true));
        List<String> packs = new ArrayList<>(PackRow.COLUMNS);
        packs.addAll(PACK_STATUS);
        tables.add(new TableLayout(PACKS, packs, true));
        return List.copyOf(tables);
    }

    static TableLayout named(String name) {
        return ALL.stream().filter(table -> table.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    /** The Spark schema: {@code input}, the columns typed as {@link ColumnType} says, then the year if any. */
    StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(INPUT, DataTypes.StringType, false));
        for (String column : columns) {
            fields.add(DataTypes.createStructField(column, typeOf(column), true));
        }
        if (byYear) {
            fields.add(DataTypes.createStructField(YEAR, DataTypes.IntegerType, true));
        }
        return DataTypes.createStructType(fields);
    }

    /** How many values a row of this table has. */
    int width() {
        return 1 + columns.size() + (byYear ? 1 : 0);
    }

    static DataType typeOf(String column) {
        return switch (ColumnType.of(column)) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.IntegerType;
            case REAL -> DataTypes.DoubleType;
            case FLAG -> DataTypes.BooleanType;
        };
    }
}
