package org.agendapack.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The layout of the database {@link SqliteExport} writes: {@code packs}, one row per input, and one table per
 * kind of record, each row belonging to a pack through {@code pack_id}. A record table has the columns of its
 * CSV file ({@code pack} and {@code meeting_date} first), so a query reads like the spreadsheet; a column name
 * has the same type in every table.
 */
final class SqliteSchema {

    /** This layout's number, kept in the database's {@code user_version}: another layout is never written into. */
    static final int VERSION = 1;

    static final String PACKS = "packs";

    /** The columns of {@code packs} after its {@code id}. */
    static final List<String> PACK_COLUMNS = PackRow.COLUMNS;

    /** The columns of {@code tables} (one row per table found; its cells are in {@code metrics} or the JSON). */
    static final List<String> TABLE_COLUMNS = List.of("pack", "meeting_date", "id", "document", "agenda_item",
            "caption", "kind", "method", "page_start", "page_end", "row_count", "column_count");

    /**
     * A table of records.
     *
     * @param key        the column a record is found by within its pack (an index on {@code pack_id} and it)
     * @param uniqueKey  whether the key is the record's identity, which other tables refer to
     * @param references the columns that name a record of another table, by that table (whose key is {@code id})
     */
    record RecordTable(String name, List<String> columns, String key, boolean uniqueKey,
                       Map<String, String> references) {
    }

    /** The record tables in the order they are filled: a table after those it refers to. */
    static final List<RecordTable> RECORD_TABLES = List.of(
            csv("agenda_items", "number", false, Map.of()),
            csv("documents", "id", true, Map.of()),
            new RecordTable("tables", TABLE_COLUMNS, "id", true, Map.of("document", "documents")),
            csv("minutes_items", "document", false, Map.of("document", "documents")),
            csv("resolutions", "document", false, Map.of("document", "documents")),
            csv("attendance", "document", false, Map.of("document", "documents")),
            csv("cover_sheets", "document", false, Map.of("document", "documents")),
            csv("metrics", "table_id", false, Map.of("table_id", "tables")));

    private SqliteSchema() {
    }

    /** The table written from a CSV file's rows: its columns are that file's. */
    private static RecordTable csv(String name, String key, boolean uniqueKey, Map<String, String> references) {
        return new RecordTable(name, CsvExports.header(name + ".csv"), key, uniqueKey, references);
    }

    /** The statements that make the tables and indexes that are missing. */
    static List<String> create() {
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TABLE IF NOT EXISTS " + PACKS + " (id INTEGER PRIMARY KEY, "
                + PACK_COLUMNS.stream().map(column -> column.equals("file") ? "file TEXT NOT NULL UNIQUE"
                : declaration(column)).collect(Collectors.joining(", ")) + ")");
        statements.add(index(false, PACKS, "meeting_date"));
        for (RecordTable table : RECORD_TABLES) {
            StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(table.name())
                    .append(" (pack_id INTEGER NOT NULL REFERENCES ").append(PACKS).append("(id) ON DELETE CASCADE");
            table.columns().forEach(column -> sql.append(", ").append(declaration(column)));
            table.references().forEach((column, parent) -> sql.append(", FOREIGN KEY (pack_id, ")
                    .append(quoted(column)).append(") REFERENCES ").append(parent)
                    .append(" (pack_id, id) ON DELETE CASCADE"));
            statements.add(sql.append(")").toString());
            statements.add(index(table.uniqueKey(), table.name(), "pack_id", table.key()));
            table.references().keySet().stream().filter(column -> !column.equals(table.key()))
                    .forEach(column -> statements.add(index(false, table.name(), "pack_id", column)));
            statements.add(index(false, table.name(), "meeting_date"));
        }
        return statements;
    }

    /** {@code INSERT INTO name (columns) VALUES (?, …)}. */
    static String insert(String table, List<String> columns) {
        return "INSERT INTO " + table + " (" + columns.stream().map(SqliteSchema::quoted)
                .collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private static String index(boolean unique, String table, String... columns) {
        String name = table + "_" + String.join("_", columns);
        return "CREATE " + (unique ? "UNIQUE " : "") + "INDEX IF NOT EXISTS " + name + " ON " + table + " ("
                + java.util.Arrays.stream(columns).map(SqliteSchema::quoted).collect(Collectors.joining(", "))
                + ")";
    }

    private static String declaration(String column) {
        // flags are INTEGER 0 or 1, since SQLite has no boolean
        return quoted(column) + " " + switch (ColumnType.of(column)) {
            case TEXT -> "TEXT";
            case INTEGER, FLAG -> "INTEGER";
            case REAL -> "REAL";
        };
    }

    /** Quoted, since some column names ({@code index}, {@code group}) are SQL words. */
    private static String quoted(String column) {
        return "\"" + column + "\"";
    }
}
