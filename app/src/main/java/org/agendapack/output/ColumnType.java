package org.agendapack.output;

import java.util.Map;

/**
 * The type of a column of the record outputs (CSV files, database, Parquet), by its name: a column name has the
 * same type in every table. Text unless listed.
 */
public enum ColumnType {
    TEXT, INTEGER, REAL, FLAG;

    private static final Map<String, ColumnType> TYPES = Map.ofEntries(
            Map.entry("page_count", INTEGER), Map.entry("part", INTEGER), Map.entry("page_start", INTEGER),
            Map.entry("page_end", INTEGER), Map.entry("printed_page_start", INTEGER),
            Map.entry("printed_page_end", INTEGER), Map.entry("resolutions", INTEGER), Map.entry("index", INTEGER),
            Map.entry("page", INTEGER), Map.entry("row_count", INTEGER), Map.entry("column_count", INTEGER),
            Map.entry("warnings", INTEGER), Map.entry("verbal", FLAG), Map.entry("withdrawn", FLAG),
            Map.entry("to_follow", FLAG), Map.entry("public", FLAG), Map.entry("numeric_value", REAL));

    /** The type of the column of this name. */
    public static ColumnType of(String column) {
        return TYPES.getOrDefault(column, TEXT);
    }
}
