package org.agendapack.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agendapack.cli.Main;
import org.agendapack.output.CsvOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The job in local mode on the samples, spread over folders, beside a file that is not a PDF: its tables hold
 * the rows the command line writes for the same files, and the broken file is a row of {@code failures}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Path inputs;
    private Path cli;
    private Path output;
    private ExtractJob.Summary first;

    @BeforeAll
    void extractBothWays(@TempDir Path work) throws Exception {
        inputs = work.resolve("in");
        for (Path pdf : SparkTests.samples(".pdf")) {
            copy(pdf, inputs.resolve("pdf").resolve(pdf.getFileName()));
        }
        for (Path text : SparkTests.samples(".txt")) {
            copy(text, inputs.resolve("text/nested").resolve(text.getFileName()));
        }
        // a name as people give them: spaces, brackets, accents and a pound sign, as a URI must escape them
        Files.move(inputs.resolve("text/nested").resolve(SparkTests.samples(".txt").get(1).getFileName()),
                inputs.resolve("text/nested/Budget (final) £2m – révisé.txt"));
        Files.writeString(inputs.resolve("broken.pdf"), "this was never a PDF\n");
        Files.writeString(inputs.resolve("README.md"), "# packs\n"); // a folder's description, not an input

        cli = work.resolve("cli");
        assertThat(Main.run("extract", "-q", "-f", "json,csv", "-o", cli.toString(), inputs.toString()))
                .as("the command line reads all but the broken file").isEqualTo(1);
        output = work.resolve("out");
        first = run("--input", inputs.toUri().toString(), "--output", output.toUri().toString());
    }

    @Test
    void everyInputIsReadOnceAndTheBrokenOneFails() {
        assertThat(first.extracted()).isEqualTo(10);
        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.skipped()).isZero();
        assertThat(first.pages()).isEqualTo(runJson().path("pages").asLong());
    }

    @Test
    void recordTablesHoldTheCommandLinesCsvRows() throws IOException {
        for (String table : List.of("agenda_items", "documents", "minutes_items", "resolutions", "attendance",
                "cover_sheets", "metrics")) {
            List<String> expected = csvRows(cli.resolve(table + ".csv"));
            assertThat(expected).as(table).isNotEmpty();
            assertThat(parquetRows(table)).as(table).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void packsTellWhatRunJsonTells() {
        Map<String, JsonNode> entries = new HashMap<>();
        runJson().path("entries").forEach(entry -> entries.put(entry.path("input").asText()
                .replaceFirst(".*/", ""), entry));
        List<Row> packs = table("packs").collectAsList();
        assertThat(packs).hasSize(10);
        for (Row pack : packs) {
            JsonNode entry = entries.get(pack.getString(pack.fieldIndex("file")));
            assertThat(pack.getString(pack.fieldIndex("sha256"))).isEqualTo(entry.path("sha256").asText());
            assertThat(pack.getString(pack.fieldIndex("status"))).isEqualTo(entry.path("status").asText());
            assertThat(pack.getInt(pack.fieldIndex("page_count"))).isEqualTo(entry.path("pages").asInt());
            assertThat(pack.getString(pack.fieldIndex("tool_version"))).isEqualTo(entry.path("tool_version").asText());
            assertThat(pack.getString(pack.fieldIndex("input"))).startsWith("file:").endsWith("/"
                    + pack.getString(pack.fieldIndex("file")));
        }
    }

    @Test
    void theBrokenFileIsARowOfFailuresWithTheCommandLinesReason() {
        JsonNode failed = null;
        for (JsonNode entry : runJson().path("entries")) {
            if (entry.path("status").asText().equals("failed")) {
                failed = entry;
            }
        }
        List<Row> failures = table("failures").collectAsList();
        assertThat(failures).hasSize(1);
        Row row = failures.get(0);
        assertThat(row.getString(row.fieldIndex("input"))).endsWith("/in/broken.pdf");
        assertThat(row.getString(row.fieldIndex("failure"))).isEqualTo("not_pdf")
                .isEqualTo(failed.path("failure").asText());
        assertThat(row.getString(row.fieldIndex("reason"))).isEqualTo(failed.path("reason").asText());
    }

    @Test
    void jsonLinesHoldTheCommandLinesJson() throws IOException {
        Map<String, JsonNode> byFile = new HashMap<>();
        try (Stream<Path> files = Files.walk(cli)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")
                    && !path.getFileName().toString().equals("run.json")).toList()) {
                JsonNode pack = JSON.readTree(file.toFile());
                byFile.put(pack.path("source").path("file").asText(), pack);
            }
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output.resolve(OutputStore.JSON_LINES))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".jsonl")).toList()) {
                lines.addAll(Files.readAllLines(file));
            }
        }
        assertThat(lines).hasSize(10);
        for (String line : lines) {
            JsonNode pack = JSON.readTree(line);
            String file = pack.path("source").path("file").asText();
            assertThat(firstDifference("", pack, byFile.get(file))).as(file).isNull();
        }
    }

    @Test
    void tablesArePartitionedByTheMeetingsYear() {
        assertThat(output.resolve("packs")).isDirectoryContaining(path -> path.getFileName().toString()
                .matches("meeting_year=\\d{4}"));
        for (Row pack : table("packs").collectAsList()) {
            String date = pack.getString(pack.fieldIndex("meeting_date"));
            Object year = pack.get(pack.fieldIndex(TableLayout.YEAR));
            assertThat(year).isEqualTo(date == null ? null : Integer.valueOf(date.substring(0, 4)));
        }
        assertThat(output.resolve("failures")).isDirectoryContaining(path -> path.toString().endsWith(".parquet"));
        assertThat(output.resolve(OutputStore.STAGING)).doesNotExist();
    }

    /** Where two JSON documents first differ, as a JSON pointer; null if they are equal. */
    private static String firstDifference(String at, JsonNode actual, JsonNode expected) {
        if (actual.equals(expected)) {
            return null;
        }
        if (expected == null || actual.getNodeType() != expected.getNodeType() || actual.isValueNode()
                || actual.size() != expected.size()) {
            return at + ": " + abbreviated(actual) + " instead of " + abbreviated(expected);
        }
        if (actual.isArray()) {
            for (int i = 0; i < actual.size(); i++) {
                String found = firstDifference(at + "/" + i, actual.get(i), expected.get(i));
                if (found != null) {
                    return found;
                }
            }
        }
        for (java.util.Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String found = firstDifference(at + "/" + name, actual.get(name), expected.get(name));
            if (found != null) {
                return found;
            }
        }
        return at + ": differs";
    }

    private static String abbreviated(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    static ExtractJob.Summary run(String... args) throws JobException {
        ExtractJob job = new ExtractJob();
        new CommandLine(job).parseArgs(args);
        return job.run(SparkTests.spark(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
    }

    private Dataset<Row> table(String name) {
        return table(output, name);
    }

    static Dataset<Row> table(Path output, String name) {
        SparkSession spark = SparkTests.spark();
        return spark.read().schema(TableLayout.named(name).schema()).parquet(output.resolve(name).toString());
    }

    private JsonNode runJson() {
        try {
            return JSON.readTree(cli.resolve("run.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table's rows as the CSV file's fields, the input and year left out. */
    private List<String> parquetRows(String name) {
        TableLayout layout = TableLayout.named(name);
        List<String> rows = new ArrayList<>();
        for (Row row : table(name).collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (String column : layout.columns()) {
                values.add(row.get(row.fieldIndex(column)));
            }
            rows.add(joined(CsvOutput.fields(values)));
        }
        return rows;
    }

    private static List<String> csvRows(Path file) throws IOException {
        List<String> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file); CSVParser parser = CSVFormat.RFC4180.builder()
                .setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                rows.add(joined(Arrays.asList(record.values())));
            }
        }
        return rows;
    }

    /** Fields joined by a character no field has; an empty field and none are the same in CSV. */
    private static String joined(List<String> fields) {
        return String.join("\u0001", fields.stream().map(field -> field == null ? "" : field).toList());
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to);
    }
}
