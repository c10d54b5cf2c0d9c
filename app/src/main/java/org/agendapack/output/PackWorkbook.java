package org.agendapack.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.agendapack.model.MetricRow;
import org.agendapack.model.MetricValue;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.agendapack.model.TableKind;
import org.agendapack.parse.MetricRows;
import org.agendapack.table.LabelColumns;
import org.agendapack.table.MetricValues;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The run's workbook, {@code agendapack.xlsx}: an {@code index} sheet listing the table sheets, a {@code metrics}
 * sheet with the rows of {@code metrics.csv} (figures as numbers, formatted by their unit), and one sheet per
 * metric table, its header rows frozen. Packs are added one at a time and their rows streamed to temporary files
 * (Apache POI's SXSSF), so memory holds one pack and a window of rows, whatever the run's size.
 */
public final class PackWorkbook implements AutoCloseable {

    public static final String FILE = "agendapack.xlsx";
    public static final String INDEX_SHEET = "index";
    public static final String METRICS_SHEET = "metrics";
    static final List<String> INDEX_COLUMNS = List.of("sheet", "pack", "meeting_date", "agenda_item", "table_id",
            "caption", "page_start", "page_end", "printed_page_start", "printed_page_end", "rows");
    /** Rows kept in memory per sheet before they go to its temporary file. */
    private static final int ROW_WINDOW = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int NUMERIC_VALUE = CsvOutput.METRIC_COLUMNS.indexOf("numeric_value");
    private static final int PAGE = CsvOutput.METRIC_COLUMNS.indexOf("page");
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    /** Excel measures column widths in 1/256ths of a character. */
    private static final int WIDTH_UNIT = 256;
    private static final int PACK_NAME_LENGTH = 12;
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(pdf|txt|md)$");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    private final SheetNames names = new SheetNames();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final CellStyle bold;
    private final Sheet index;
    private Sheet metrics;
    private int metricsSheets;

    public PackWorkbook() {
        workbook.setCompressTempFiles(true);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        index = headedSheet(INDEX_SHEET, INDEX_COLUMNS);
        metrics = metricsSheet();
    }

    /** Adds a pack's metric rows to the metrics sheet and a sheet for each of its metric tables. */
    public void add(Pack pack) {
        for (MetricRow row : MetricRows.of(pack)) {
            addMetric(row);
        }
        String date = pack.meeting() == null ? null : pack.meeting().date();
        for (Table table : pack.tables()) {
            if (table.kind() == TableKind.METRIC) {
                addTable(pack.source().file(), date, table);
            }
        }
    }

    /** Writes the workbook; the stream is left open. */
    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Removes the temporary files the rows went to. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private Sheet metricsSheet() {
        metricsSheets++;
        return headedSheet(metricsSheets == 1 ? METRICS_SHEET : METRICS_SHEET + " " + metricsSheets,
                CsvOutput.METRIC_COLUMNS);
    }

    private Sheet headedSheet(String name, List<String> columns) {
        Sheet sheet = workbook.createSheet(names.unique(name));
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(c, Math.max(MIN_WIDTH, columns.get(c).length() + 2) * WIDTH_UNIT);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void addMetric(MetricRow metric) {
        if (metrics.getLastRowNum() + 1 >= MAX_ROWS) {
            metrics = metricsSheet(); // a run with more values than a sheet holds goes on in the next
        }
        Row row = metrics.createRow(metrics.getLastRowNum() + 1);
        List<String> fields = CsvOutput.fields(CsvOutput.metricValues(metric));
        for (int c = 0; c < fields.size(); c++) {
            if (c == NUMERIC_VALUE && metric.value() != null) {
                number(row.createCell(c), metric.unit(), metric.value());
            } else if (c == PAGE && metric.page() != null) {
                number(row.createCell(c), null, metric.page());
            } else if (fields.get(c) != null) {
                text(row.createCell(c), fields.get(c));
            }
        }
    }

    /**
     * The table's header rows as printed (its column labels when it has none), then its rows: label cells and
     * section rows as text, value cells as numbers where they hold one figure alone.
     */
    private void addTable(String pack, String date, Table table) {
        String name = names.unique(sheetName(pack, table));
        Sheet sheet = workbook.createSheet(name);
        List<List<String>> header = !table.header().isEmpty() ? table.header()
                : table.columns().stream().allMatch(String::isBlank) ? List.of() : List.of(table.columns());
        List<List<String>> all = new ArrayList<>(header);
        all.addAll(table.rows());
        int labelColumns = LabelColumns.of(table.rows(), table.sectionRows());
        for (int r = 0; r < all.size() && r < MAX_ROWS; r++) {
            Row row = sheet.createRow(r);
            List<String> cells = all.get(r);
            int dataRow = r - header.size();
            for (int c = 0; c < cells.size(); c++) {
                if (dataRow < 0) {
                    text(row.createCell(c), cells.get(c)).setCellStyle(bold);
                } else if (c < labelColumns || isSection(table, dataRow)) {
                    text(row.createCell(c), cells.get(c));
                } else {
                    figureOrText(row.createCell(c), cells.get(c));
                }
            }
        }
        if (!header.isEmpty()) {
            sheet.createFreezePane(0, header.size());
        }
        setWidths(sheet, all);
        addToIndex(name, pack, date, table);
    }

    private void addToIndex(String sheetName, String pack, String date, Table table) {
        Row row = index.createRow(index.getLastRowNum() + 1);
        Cell link = text(row.createCell(0), sheetName);
        Hyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        hyperlink.setAddress("'" + sheetName.replace("'", "''") + "'!A1");
        link.setHyperlink(hyperlink);
        Object[] values = {pack, date, table.agendaItem(), table.id(), table.caption(), table.pageStart(),
                table.pageEnd(), table.printedPageStart(), table.printedPageEnd(), table.rows().size()};
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Integer whole) {
                number(row.createCell(c + 1), null, whole);
            } else if (values[c] != null) {
                text(row.createCell(c + 1), (String) values[c]);
            }
        }
    }

    /**
     * A sheet's name from its pack (the file name's first characters), agenda item, table and caption, so that it
     * can be found from the tab alone; the index gives them in full.
     */
    static String sheetName(String pack, Table table) {
        String file = EXTENSION.matcher(pack).replaceFirst("");
        StringBuilder name = new StringBuilder(file.length() > PACK_NAME_LENGTH
                ? file.substring(0, PACK_NAME_LENGTH) : file);
        if (table.agendaItem() != null && !table.agendaItem().isBlank()) {
            name.append(" i").append(table.agendaItem());
        }
        name.append(' ').append(table.id());
        if (table.caption() != null && !table.caption().isBlank()) {
            name.append(' ').append(table.caption());
        }
        return name.toString();
    }

    private static boolean isSection(Table table, int row) {
        return row < table.sectionRows().size() && table.sectionRows().get(row);
    }

    /** A value cell that is one figure and nothing else ({@code 87.5%}, {@code £1,200}) is a number; else text. */
    private void figureOrText(Cell cell, String value) {
        List<MetricValue> values = MetricValues.read(value);
        if (values.size() == 1 && isWholeCell(values.get(0), value)) {
            number(cell, values.get(0).unit(), values.get(0).value());
        } else if (!value.isEmpty()) {
            text(cell, value);
        }
    }

    private static boolean isWholeCell(MetricValue figure, String cell) {
        return figure.value() != null && figure.qualifier() == null && figure.rag() == null
                && figure.raw().strip().equals(cell.strip());
    }

    private void number(Cell cell, String unit, double value) {
        cell.setCellValue(NumberFormats.cellValue(unit, value));
        String format = NumberFormats.of(unit, value);
        if (!format.equals(NumberFormats.PLAIN)) {
            cell.setCellStyle(styles.computeIfAbsent(format, this::style));
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** Text as it is, cut to the longest a cell holds. */
    private static Cell text(Cell cell, String value) {
        cell.setCellValue(value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value);
        return cell;
    }

    private static void setWidths(Sheet sheet, List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            int widest = MIN_WIDTH;
            for (List<String> row : rows) {
                if (c < row.size()) {
                    widest = Math.max(widest, row.get(c).lines().mapToInt(String::length).max().orElse(0) + 2);
                }
            }
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, widest) * WIDTH_UNIT);
        }
    }
}
