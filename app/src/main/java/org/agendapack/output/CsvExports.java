package org.agendapack.output;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendapack.model.AgendaItem;
import org.agendapack.model.CoverSheet;
import org.agendapack.model.Document;
import org.agendapack.model.MetricRow;
import org.agendapack.model.Minutes;
import org.agendapack.model.MinutesRows;
import org.agendapack.model.Pack;
import org.agendapack.parse.MetricRows;

/**
 * The run's CSV files, one row per record across all packs, each row starting with the pack's file and
 * meeting date, in input order whatever order the workers finished in. Rows are kept, not packs, so memory
 * grows with the records, not with the pages.
 */
public final class CsvExports {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The metric values' file, whose columns are {@link CsvOutput#METRIC_COLUMNS}. */
    public static final String METRICS = "metrics.csv";

    /** Every file's columns after {@code pack, meeting_date}, but the metrics'. */
    private static final Map<String, List<String>> COLUMNS = columns();

    /** Every file of records, in the order they are written: the metrics' last. */
    public static final List<String> FILES = files();

    private final List<Map<String, List<List<String>>>> rows;

    public CsvExports(int inputs) {
        rows = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            rows.add(null);
        }
    }

    private static List<String> files() {
        List<String> files = new ArrayList<>(COLUMNS.keySet());
        files.add(METRICS);
        return List.copyOf(files);
    }

    /** A file's whole header, {@code pack, meeting_date} first: the columns of every output of its records. */
    public static List<String> header(String file) {
        if (file.equals(METRICS)) {
            return CsvOutput.METRIC_COLUMNS;
        }
        List<String> header = new ArrayList<>(List.of("pack", "meeting_date"));
        header.addAll(COLUMNS.get(file));
        return List.copyOf(header);
    }

    /** The name of a table that holds a file's records (the database's, Parquet's): the file's, less {@code .csv}. */
    public static String tableOf(String file) {
        return file.substring(0, file.length() - ".csv".length());
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("agenda_items.csv", List.of("number", "title", "description", "part", "page_start", "page_end",
                "verbal", "withdrawn", "to_follow", "documents", "contact_name", "contact_email"));
        columns.put("documents.csv", List.of("id", "kind", "agenda_item", "title", "page_start", "page_end",
                "printed_page_start", "printed_page_end"));
        columns.put("minutes_items.csv", List.of("document", "number", "title", "agenda_ref", "decision",
                "resolutions", "page_start", "page_end"));
        columns.put("resolutions.csv", List.of("document", "minute", "index", "text"));
        columns.put("attendance.csv", List.of("document", "status", "name", "organisation", "role", "position",
                "group", "for_minutes"));
        columns.put("cover_sheets.csv", List.of("document", "agenda_item", "style", "title", "sheet_meeting_date",
                "author", "contact", "lead", "report_of", "purpose", "public", "priorities", "recommendations",
                "page_start"));
        return columns;
    }

    /** Keeps the rows of one input's pack (null for none). */
    public void add(int index, Pack pack) {
        if (pack != null) {
            put(index, rowsOf(pack));
        }
    }

    /** Keeps one input's rows, as {@link #rowsOf} gave them (null for none). */
    public synchronized void put(int index, Map<String, List<List<String>>> packRows) {
        rows.set(index, packRows);
    }

    /** The rows a pack gives each of the run's files, by file name. */
    public static Map<String, List<List<String>>> rowsOf(Pack pack) {
        Map<String, List<List<String>>> byFile = new LinkedHashMap<>();
        valuesOf(pack).forEach((file, rows) -> byFile.put(file, rows.stream().map(CsvOutput::fields).toList()));
        return byFile;
    }

    /**
     * The same rows with their values as the model has them (text, Integer, Boolean, the metrics' Double), for
     * an output that keeps types; {@link #rowsOf} writes them as text.
     */
    public static Map<String, List<List<Object>>> valuesOf(Pack pack) {
        String file = pack.source().file();
        String date = pack.meeting() == null ? null : pack.meeting().date();
        Map<String, List<List<Object>>> byFile = new LinkedHashMap<>();
        List<List<Object>> items = new ArrayList<>();
        for (AgendaItem item : pack.agendaItems()) {
            items.add(row(file, date, item.number(), item.title(), item.description(), item.part(), item.pageStart(),
                    item.pageEnd(), item.verbal(), item.withdrawn(), item.toFollow(), String.join(";", item.documents()),
                    item.contact() == null ? null : item.contact().name(),
                    item.contact() == null ? null : item.contact().email()));
        }
        byFile.put("agenda_items.csv", items);
        List<List<Object>> documents = new ArrayList<>();
        for (Document document : pack.documents()) {
            documents.add(row(file, date, document.id(), document.kind(), document.agendaItem(), document.title(),
                    document.pageStart(), document.pageEnd(), document.printedPageStart(), document.printedPageEnd()));
        }
        byFile.put("documents.csv", documents);
        List<List<Object>> minuteItems = new ArrayList<>();
        List<List<Object>> resolutions = new ArrayList<>();
        List<List<Object>> attendance = new ArrayList<>();
        for (Minutes minutes : pack.minutes()) {
            MinutesRows flat = MinutesRows.of(minutes);
            flat.items().forEach(item -> minuteItems.add(row(file, date, item.document(), item.number(), item.title(),
                    item.agendaRef(), item.decision(), item.resolutions(), item.pageStart(), item.pageEnd())));
            flat.resolutions().forEach(resolution -> resolutions.add(row(file, date, resolution.document(),
                    resolution.minute(), resolution.index(), resolution.text())));
            flat.attendance().forEach(person -> attendance.add(row(file, date, person.document(), person.status(),
                    person.name(), person.organisation(), person.role(), person.position(), person.group(),
                    person.forMinutes())));
        }
        byFile.put("minutes_items.csv", minuteItems);
        byFile.put("resolutions.csv", resolutions);
        byFile.put("attendance.csv", attendance);
        List<List<Object>> sheets = new ArrayList<>();
        for (CoverSheet sheet : pack.coverSheets()) {
            sheets.add(row(file, date, sheet.document(), sheet.agendaItem(), sheet.style(), sheet.title(),
                    sheet.meetingDate(), sheet.author(), sheet.contact(), sheet.lead(), sheet.reportOf(),
                    String.join(";", sheet.purpose()), sheet.publicReport(), String.join(";", sheet.priorities()),
                    String.join(" | ", sheet.recommendations()), sheet.pageStart()));
        }
        byFile.put("cover_sheets.csv", sheets);
        List<List<Object>> metrics = new ArrayList<>();
        for (MetricRow metric : MetricRows.of(pack)) {
            metrics.add(CsvOutput.metricValues(metric));
        }
        byFile.put(METRICS, metrics);
        return byFile;
    }

    /** The files to write: the metrics always, the others when CSV is asked for. */
    public synchronized Map<String, byte[]> files(boolean csv) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : FILES) {
            if (csv || file.equals(METRICS)) {
                files.put(file, print(header(file), file));
            }
        }
        return files;
    }

    private byte[] print(List<String> header, String file) {
        List<List<String>> records = new ArrayList<>();
        records.add(header);
        for (Map<String, List<List<String>>> pack : rows) {
            if (pack != null) {
                records.addAll(pack.getOrDefault(file, List.of()));
            }
        }
        return CsvOutput.print(records, CsvOutput.CSV).getBytes(StandardCharsets.UTF_8);
    }

    /** A byte order mark first, when asked for: Excel then reads UTF-8 (accents, £) correctly. */
    public static byte[] withBom(byte[] content, boolean bom) {
        if (!bom) {
            return content;
        }
        byte[] out = Arrays.copyOf(BOM, BOM.length + content.length);
        System.arraycopy(content, 0, out, BOM.length, content.length);
        return out;
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
