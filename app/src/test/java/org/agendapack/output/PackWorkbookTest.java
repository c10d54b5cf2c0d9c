package org.agendapack.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.Meeting;
import org.agendapack.model.Pack;
import org.agendapack.model.SourceInfo;
import org.agendapack.model.Table;
import org.agendapack.model.TableKind;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PackWorkbookTest {

    private static final String CAPTION = "Budget: spend [2024/25] *revised?";

    private static Table table(String id, String caption, TableKind kind) {
        return new Table(id, "d1", "5", caption, kind, 2,
                List.of(List.of("Service", "Spend", "Share", "Year"), List.of("", "£", "%", "")),
                List.of("Service", "Spend £", "Share %", "Year"),
                List.of(List.of("Adult social care", "£1,200", "87.5%", "2024"),
                        List.of("Housing", "£300.50", "12%", "2023"),
                        List.of("Capital", "", "", ""),
                        List.of("Roads", "about £40", "n/a", "2022")),
                List.of(), List.of(false, false, true, false), "lattice", 12, 13, 10, 11, null, 0.9, null);
    }

    private static Pack pack(List<Table> tables) {
        return new Pack(Pack.SCHEMA, new SourceInfo("borsetshire-cabinet-2024-05.pdf", "ab12", "pdf", 20, null),
                "agenda_pack", "full", null,
                new Meeting("Cabinet", null, "2024-05-14", "10:30", null, "Borchester Town Hall", null, 1, 1, null,
                        null),
                List.of(), List.of(), List.of(), List.of(), tables, List.of(), List.of());
    }

    private static XSSFWorkbook written(Pack... packs) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PackWorkbook workbook = new PackWorkbook()) {
            for (Pack pack : packs) {
                workbook.add(pack);
            }
            workbook.write(bytes);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static String format(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }

    @Test
    void eachMetricTableHasItsOwnSheetWithValidUniqueNamesAndAnIndex() throws Exception {
        try (XSSFWorkbook workbook = written(pack(List.of(table("t1", CAPTION, TableKind.METRIC),
                table("t2", "Contents", TableKind.OTHER), table("t3", CAPTION, TableKind.METRIC))))) {
            List<String> names = sheetNames(workbook);

            assertThat(names).hasSize(4).startsWith("index", "metrics");
            assertThat(names.subList(2, 4)).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(31)
                    .doesNotContainPattern("[\\[\\]:*?/\\\\]").startsWith("borsetshire- i5 t"));
            assertThat(names.get(2)).isEqualTo("borsetshire- i5 t1 Budget- spen");
            assertThat(names.stream().map(String::toLowerCase).distinct()).hasSize(4);
            Sheet index = workbook.getSheet("index");
            assertThat(index.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row first = index.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(names.get(2));
            assertThat(first.getCell(0).getHyperlink().getAddress()).isEqualTo("'" + names.get(2) + "'!A1");
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("borsetshire-cabinet-2024-05.pdf");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo("5");
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo(CAPTION);
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(12);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(13);
            assertThat(index.getRow(2).getCell(4).getStringCellValue()).isEqualTo("t3");
            assertThat(index.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void aTableSheetKeepsItsHeaderRowsFrozenAndHoldsFiguresAsFormattedNumbers() throws Exception {
        try (XSSFWorkbook workbook = written(pack(List.of(table("t1", CAPTION, TableKind.METRIC))))) {
            Sheet sheet = workbook.getSheetAt(2);

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("£");
            Row care = sheet.getRow(2);
            assertThat(care.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(care.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(care.getCell(1).getNumericCellValue()).isEqualTo(1200);
            assertThat(format(care.getCell(1))).isEqualTo("\"£\"#,##0");
            assertThat(care.getCell(2).getNumericCellValue()).isEqualTo(0.875);
            assertThat(format(care.getCell(2))).isEqualTo("0.0##%");
            assertThat(care.getCell(3).getNumericCellValue()).isEqualTo(2024);
            assertThat(format(care.getCell(3))).isEqualTo("General");
            Row housing = sheet.getRow(3);
            assertThat(format(housing.getCell(1))).isEqualTo("\"£\"#,##0.00");
            assertThat(format(housing.getCell(2))).isEqualTo("0%");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Capital");
            Row roads = sheet.getRow(5);
            assertThat(roads.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(roads.getCell(1).getStringCellValue()).isEqualTo("about £40");
            assertThat(roads.getCell(2).getStringCellValue()).isEqualTo("n/a");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(("Adult social care".length() + 2) * 256);
        }
    }

    @Test
    void theMetricsSheetHoldsTheTidyRowsWithNumbersFormattedByUnit() throws Exception {
        try (XSSFWorkbook workbook = written(pack(List.of(table("t1", CAPTION, TableKind.METRIC))))) {
            Sheet metrics = workbook.getSheet("metrics");
            List<String> header = new ArrayList<>();
            metrics.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));

            assertThat(header).isEqualTo(CsvOutput.METRIC_COLUMNS);
            assertThat(metrics.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row spend = metrics.getRow(1);
            assertThat(spend.getCell(0).getStringCellValue()).isEqualTo("borsetshire-cabinet-2024-05.pdf");
            assertThat(spend.getCell(1).getStringCellValue()).isEqualTo("2024-05-14");
            assertThat(spend.getCell(5).getStringCellValue()).isEqualTo("Adult social care");
            assertThat(spend.getCell(7).getStringCellValue()).isEqualTo("£1,200");
            assertThat(spend.getCell(8).getNumericCellValue()).isEqualTo(1200);
            assertThat(format(spend.getCell(8))).isEqualTo("\"£\"#,##0");
            assertThat(spend.getCell(9).getStringCellValue()).isEqualTo("gbp");
            assertThat(spend.getCell(12).getNumericCellValue()).isEqualTo(12);
            Row share = metrics.getRow(2);
            assertThat(share.getCell(7).getStringCellValue()).isEqualTo("87.5%");
            assertThat(share.getCell(8).getNumericCellValue()).isEqualTo(0.875);
            assertThat(format(share.getCell(8))).isEqualTo("0.0##%");
            Row year = metrics.getRow(3);
            assertThat(year.getCell(8).getNumericCellValue()).isEqualTo(2024);
            assertThat(format(year.getCell(8))).isEqualTo("General");
        }
    }

    @Test
    void sheetNamesFollowExcelsRules() {
        SheetNames names = new SheetNames();

        assertThat(names.unique("'a/b\\c[d]e:f*g?h'")).isEqualTo("a-b-c-d-e-f-g-h");
        assertThat(names.unique("History")).isEqualTo("History (2)");
        String longName = "Borsetshire adult social care performance dashboard";
        assertThat(names.unique(longName)).isEqualTo(longName.substring(0, 31));
        assertThat(names.unique(longName.toUpperCase())).hasSize(31).endsWith(" (2)");
        assertThat(names.unique(longName)).hasSize(31).endsWith(" (3)");
        assertThat(names.unique("'''")).isEqualTo("sheet");
        assertThat(names.unique("x".repeat(30) + "\uD83D\uDE00")).isEqualTo("x".repeat(30));
    }
}
