package org.agendapack.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agendapack.model.MetricRow;
import org.agendapack.model.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Tables and metric rows as RFC 4180 CSV in UTF-8 (or TSV), with {@code \n} line ends. */
public final class CsvOutput {

    public static final List<String> METRIC_COLUMNS = List.of("pack", "meeting_date", "agenda_item", "table_id",
            "caption", "row_label", "column_label", "raw_value", "numeric_value", "unit", "qualifier", "rag", "page");

    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setRecordSeparator("\n").get();

    private CsvOutput() {
    }

    /** A table: its column labels, then its rows. */
    public static String table(Table table, boolean tabs) {
        List<List<String>> records = new ArrayList<>();
        records.add(table.columns());
        records.addAll(table.rows());
        return print(records, tabs ? TSV : CSV);
    }

    public static byte[] tableBytes(Table table) {
        return table(table, false).getBytes(StandardCharsets.UTF_8);
    }

    /** One metric row's values, in {@link #METRIC_COLUMNS} order: the number a Double, the page an Integer. */
    public static List<Object> metricValues(MetricRow row) {
        return Arrays.asList(row.pack(), row.meetingDate(), row.agendaItem(), row.table(), row.caption(),
                row.rowLabel(), row.columnLabel(), row.raw(), row.value(), row.unit(), row.qualifier(), row.rag(),
                row.page());
    }

    /** Values as CSV fields: numbers and flags as text, none as an empty field. */
    public static List<String> fields(List<Object> values) {
        List<String> fields = new ArrayList<>(values.size());
        for (Object value : values) {
            fields.add(field(value));
        }
        return fields;
    }

    private static String field(Object value) {
        return value instanceof Double number ? number(number) : value == null ? null : String.valueOf(value);
    }

    /** Whole numbers without a decimal point, others as written by Java. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    static String print(List<? extends List<String>> records, CSVFormat format) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> record : records) {
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string cannot fail", e);
        }
        return out.toString();
    }
}
