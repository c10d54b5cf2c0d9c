package org.agendapack.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.batch.FileResult;
import org.agendapack.batch.RunReport;
import org.agendapack.model.Pack;
import org.agendapack.output.ColumnType;
import org.agendapack.output.CsvExports;
import org.agendapack.output.JsonOutput;
import org.agendapack.output.PackRow;
import org.agendapack.output.ToolVersion;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.Tuple2;

/**
 * The rows one input gives the job's tables, each paired with its table's name: the command line's CSV rows of
 * its pack with the input and the meeting's year around them, its {@code packs} row and its JSON; or its
 * {@code failures} row.
 */
final class PackRows {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})-");

    private PackRows() {
    }

    /** The rows of an extracted pack; its JSON with the pages' text unless left out, as the command line's. */
    static List<Tuple2<String, Row>> of(String input, Pack pack, boolean includeText) {
        Integer year = yearOf(pack);
        List<Tuple2<String, Row>> rows = new ArrayList<>();
        List<Object> packValues = new ArrayList<>(PackRow.values(pack));
        List<String> codes = RunReport.warningCodes(pack);
        packValues.add(RunReport.Status.extracted(pack.warnings().size()).json());
        packValues.add(pack.warnings().size());
        packValues.add(codes.isEmpty() ? null : String.join(";", codes));
        rows.add(row(TableLayout.named(TableLayout.PACKS), input, packValues, year));
        for (Map.Entry<String, List<List<Object>>> file : CsvExports.valuesOf(pack).entrySet()) {
            TableLayout table = TableLayout.named(CsvExports.tableOf(file.getKey()));
            for (List<Object> values : file.getValue()) {
                rows.add(row(table, input, values, year));
            }
        }
        rows.add(row(TableLayout.named(TableLayout.PACK_JSON), input,
                List.of(JsonOutput.line(includeText ? pack : pack.withoutPageText())), year));
        return rows;
    }

    /** The {@code failures} row of an input that could not be extracted (its hash null if it could not be read). */
    static Tuple2<String, Row> failure(String input, String file, String sha256, FileResult failure) {
        List<Object> values = new ArrayList<>();
        values.add(file);
        values.add(sha256);
        values.add(failure.failure().json());
        values.add(failure.reason());
        values.add(ToolVersion.NAME);
        return row(TableLayout.named(TableLayout.FAILURES), input, values, null);
    }

    /** The year of the meeting's date ({@code 2024-03-05}), or null for a pack that names no date. */
    static Integer yearOf(Pack pack) {
        if (pack.meeting() == null || pack.meeting().date() == null) {
            return null;
        }
        Matcher m = YEAR.matcher(pack.meeting().date());
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Tuple2<String, Row> row(TableLayout table, String input, List<Object> values, Integer year) {
        if (values.size() != table.columns().size()) {
            throw new IllegalStateException(table.name() + " has " + table.columns().size() + " columns, not "
                    + values.size());
        }
        Object[] cells = new Object[table.width()];
        cells[0] = input;
        for (int i = 0; i < values.size(); i++) {
            cells[i + 1] = typed(values.get(i), table.columns().get(i));
        }
        if (table.byYear()) {
            cells[cells.length - 1] = year;
        }
        return new Tuple2<>(table.name(), RowFactory.create(cells));
    }

    /** A value as its column's Spark type holds it. */
    private static Object typed(Object value, String column) {
        if (value == null) {
            return null;
        }
        return switch (ColumnType.of(column)) {
            case TEXT -> String.valueOf(value);
            case INTEGER -> ((Number) value).intValue();
            case REAL -> ((Number) value).doubleValue();
            case FLAG -> (Boolean) value;
        };
    }
}
