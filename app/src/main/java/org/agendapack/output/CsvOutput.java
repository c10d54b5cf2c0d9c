package org.agendapack.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /** One metric row as CSV fields, in {@link #METRIC_COLUMNS} order. */
    public static List<String> metricRecord(MetricRow row) {
        return java.util.Arrays.asList(row.pack(), row.meetingDate(), row.agendaItem(), row.table(),
                row.caption(), row.rowLabel(), row.columnLabel(), row.raw(), number(row.value()), row.unit(),
                row.qualifier(), row.rag(), row.page() == null ? null : String.valueOf(row.page()));
    }

    /** Whole numbers without a decimal point, others as written by Java; empty for none. */
    private static String number(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf(value.longValue())
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
