package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.agendapack.Samples;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFormatsTest {

    private static final int NUMERIC_VALUE = 8;
    private static final int UNIT = 9;

    @TempDir
    Path dir;

    private final CommandRunner runner = new CommandRunner();

    private static List<String> namesUnder(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> !path.equals(root)).map(path -> root.relativize(path).toString()).sorted()
                    .toList();
        }
    }

    private static List<CSVRecord> metricsCsv(Path output) throws Exception {
        try (Reader reader = Files.newBufferedReader(output.resolve("metrics.csv"))) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }

    @Test
    void jsonCsvAndXlsxAreAllWrittenAndTheWorkbookHoldsTheMetricsAsNumbers() throws Exception {
        Path output = dir.resolve("out");

        int exit = runner.run("extract", Samples.file("001", ".txt").toString(), "-o", output.toString(), "-f",
                "JSON,csv,Xlsx");

        assertThat(exit).as(runner.err.toString()).isZero();
        assertThat(namesUnder(output)).contains(Samples.file("001", ".txt").getFileName() + ".json",
                "agenda_items.csv", "metrics.csv", "agendapack.xlsx").noneMatch(name -> name.contains(".agendapack-"));
        List<CSVRecord> csv = metricsCsv(output);
        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("agendapack.xlsx").toFile())) {
            Set<String> names = new HashSet<>();
            workbook.forEach(sheet -> {
                assertThat(sheet.getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContainPattern("[\\[\\]:*?/\\\\]");
                assertThat(names.add(sheet.getSheetName().toLowerCase())).as(sheet.getSheetName()).isTrue();
            });
            Sheet metrics = workbook.getSheet("metrics");
            assertThat(metrics.getLastRowNum()).isEqualTo(csv.size()).isGreaterThan(50);
            for (int r = 1; r <= csv.size(); r++) {
                CSVRecord record = csv.get(r - 1);
                Cell value = metrics.getRow(r).getCell(NUMERIC_VALUE);
                assertThat(metrics.getRow(r).getCell(7).getStringCellValue()).isEqualTo(record.get("raw_value"));
                if (record.get("numeric_value").isEmpty()) {
                    assertThat(value).isNull();
                    continue;
                }
                assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                double number = Double.parseDouble(record.get("numeric_value"));
                String format = value.getCellStyle().getDataFormatString();
                switch (record.get("unit")) {
                    case "percent" -> {
                        assertThat(value.getNumericCellValue()).isCloseTo(number / 100, within());
                        assertThat(format).endsWith("%");
                    }
                    case "gbp" -> {
                        assertThat(value.getNumericCellValue()).isCloseTo(number, within());
                        assertThat(format).startsWith("\"£\"");
                    }
                    default -> {
                        assertThat(value.getNumericCellValue()).isCloseTo(number, within());
                        assertThat(format).isEqualTo("General");
                    }
                }
                assertThat(metrics.getRow(r).getCell(UNIT).getCellType()).isEqualTo(CellType.STRING);
            }
            Sheet index = workbook.getSheet("index");
            assertThat(index.getLastRowNum()).isEqualTo(workbook.getNumberOfSheets() - 2).isPositive();
            for (int r = 1; r <= index.getLastRowNum(); r++) {
                Row row = index.getRow(r);
                Sheet table = workbook.getSheet(row.getCell(0).getStringCellValue());
                assertThat(table).isNotNull();
                assertThat(row.getCell(1).getStringCellValue()).endsWith(".txt");
                if (table.getPaneInformation() != null) {
                    assertThat(table.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
                }
            }
        }
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatNamesIt() {
        int exit = runner.run("extract", Samples.file("002", ".txt").toString(), "-o", dir.resolve("out").toString(),
                "-f", "json,pdf");

        assertThat(exit).isEqualTo(2);
        assertThat(runner.err.toString()).contains("unknown format 'pdf': the formats are json, csv, xlsx, sqlite");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void withoutJsonOnlyTheRunFilesAreKept() throws Exception {
        Path output = dir.resolve("out");

        int exit = runner.run("extract", Samples.file("000", ".txt").toString(), Samples.file("001", ".txt").toString(),
                "-o", output.toString(), "--no-json", "-f", "xlsx");

        assertThat(exit).as(runner.err.toString()).isZero();
        assertThat(namesUnder(output)).containsExactlyInAnyOrder(".agendapack.lock", "agendapack.xlsx", "metrics.csv",
                "run.json");
        JsonNode run = new ObjectMapper().readTree(output.resolve("run.json").toFile());
        assertThat(run.get("ok").asInt() + run.get("partial").asInt()).isEqualTo(2);
        run.get("entries").forEach(entry -> assertThat(entry.get("output").isNull()).isTrue());
        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("agendapack.xlsx").toFile())) {
            assertThat(workbook.getSheet("metrics").getLastRowNum()).isEqualTo(metricsCsv(output).size())
                    .isGreaterThan(50);
        }
    }

    @Test
    void withoutJsonAnotherFormatIsNeeded() {
        assertThat(runner.run("extract", Samples.file("002", ".txt").toString(), "-o", dir.resolve("out").toString(),
                "--no-json")).isEqualTo(2);
        assertThat(runner.err.toString()).contains("--no-json needs another format: -f csv, xlsx or sqlite");
        assertThat(runner.run("extract", Samples.file("002", ".txt").toString(), "--stdout", "--no-json", "-f",
                "csv")).isEqualTo(2);
        assertThat(runner.err.toString()).contains("--no-json cannot be used with --stdout");
    }

    @Test
    void anOutputFolderThatIsAFileIsOneLineAndNothingIsWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("out"), "notes");

        assertThat(runner.run("extract", Samples.file("002", ".txt").toString(), "-o", file.toString())).isEqualTo(1);

        assertThat(runner.err.toString().strip()).isEqualTo("agendapack: cannot write to " + file
                + ": it is not a folder");
        assertThat(Files.readString(file)).isEqualTo("notes");
    }

    @Test
    void workerMemoryBeyondTheMachinesIsAUsageError() {
        assertThat(runner.run("extract", Samples.file("002", ".txt").toString(), "-o", dir.resolve("out").toString(),
                "--worker-memory", "100000g")).isEqualTo(2);
        assertThat(runner.err.toString()).contains("--worker-memory 100000g is more than this machine has (");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void standardOutputTakesTheJsonAloneAndSaysSoWhenAskedForMore() {
        assertThat(runner.run("extract", Samples.file("002", ".txt").toString(), "--stdout", "-f", "json,xlsx"))
                .isEqualTo(2);
        assertThat(runner.err.toString()).contains("--stdout writes the JSON only, so -f takes json alone with it,"
                + " not json,xlsx");
        assertThat(runner.out.toString()).isEmpty();
    }

    @Test
    void theWorkbookCoversThePacksOfEarlierRunsIntoTheFolder() throws Exception {
        Path output = dir.resolve("out");
        Path leftover = Files.createDirectories(output.resolve(".agendapack-999999999-gone.tmp"));
        Files.writeString(leftover.resolve("a.txt.json"), "{}");
        assertThat(runner.run("extract", Samples.file("001", ".txt").toString(), "-o", output.toString())).isZero();

        assertThat(runner.run("extract", Samples.file("000", ".txt").toString(), "-o", output.toString(), "-f",
                "xlsx")).isZero();

        assertThat(leftover).doesNotExist();
        try (XSSFWorkbook workbook = new XSSFWorkbook(output.resolve("agendapack.xlsx").toFile())) {
            Sheet index = workbook.getSheet("index");
            Set<String> packs = new HashSet<>();
            for (int r = 1; r <= index.getLastRowNum(); r++) {
                packs.add(index.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(packs).contains(Samples.file("001", ".txt").getFileName().toString());
            assertThat(workbook.getSheet("metrics").getLastRowNum()).isEqualTo(metricsCsv(output).size());
        }
    }

    @Test
    void theDatabaseHoldsTheRunsPacksAndARunAgainReplacesThemWithoutCopies() throws Exception {
        Path output = dir.resolve("out");
        String[] run = {"extract", Samples.file("000", ".txt").toString(), Samples.file("001", ".txt").toString(),
                "-o", output.toString(), "--no-json", "-f", "sqlite,csv"};

        assertThat(runner.run(run)).as(runner.err.toString()).isZero();
        Counts first = counts(output.resolve("agendapack.sqlite"));
        assertThat(runner.run(run)).as(runner.err.toString()).isZero();

        assertThat(namesUnder(output)).doesNotContain(Samples.file("000", ".txt").getFileName() + ".json");
        assertThat(first.packs()).isEqualTo(2);
        assertThat(first.metrics()).isEqualTo(metricsCsv(output).size()).isGreaterThan(50);
        assertThat(counts(output.resolve("agendapack.sqlite"))).isEqualTo(first);
    }

    private record Counts(int packs, int metrics, int agendaItems) {
    }

    private static Counts counts(Path database) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            return new Counts(count(statement, "packs"), count(statement, "metrics"),
                    count(statement, "agenda_items"));
        }
    }

    private static int count(Statement statement, String table) throws Exception {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
