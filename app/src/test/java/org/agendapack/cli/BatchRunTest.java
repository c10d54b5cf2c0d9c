package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.agendapack.PublishedJson;
import org.agendapack.Samples;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {

    @TempDir
    Path dir;

    private final CommandRunner runner = new CommandRunner();

    private Path encrypted(Path file) throws Exception {
        try (PDDocument document = Loader.loadPDF(Samples.file("002", ".pdf").toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    /** A folder of two good files and four bad ones. */
    private Path mixedFolder() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.file("002", ".pdf"), input.resolve("plan.pdf"));
        Files.copy(Samples.file("000", ".txt"), input.resolve("pack.txt"));
        Files.createFile(input.resolve("empty.pdf"));
        Files.writeString(input.resolve("notes.pdf"), "not a pdf\n");
        byte[] pdf = Files.readAllBytes(Samples.file("000", ".pdf"));
        Files.write(input.resolve("corrupt.pdf"), Arrays.copyOf(pdf, 20_000));
        encrypted(input.resolve("locked.pdf"));
        return input;
    }

    private JsonNode runReport(Path output) throws Exception {
        return PublishedJson.runReport(output);
    }

    private static String status(JsonNode report, String input) {
        for (JsonNode entry : report.get("entries")) {
            if (entry.get("input").asText().equals(input)) {
                return entry.get("status").asText() + ": " + entry.get("reason").asText();
            }
        }
        return "absent";
    }

    @Test
    void aMixedFolderRunsToTheEndAndNamesEveryBadFileInTheReport() throws Exception {
        Path output = dir.resolve("out");

        int exit = runner.run("extract", mixedFolder().toString(), "-o", output.toString(), "-j", "2");

        assertThat(exit).isEqualTo(1);
        JsonNode report = runReport(output);
        assertThat(report.get("ok").asInt() + report.get("partial").asInt()).isEqualTo(2);
        assertThat(report.get("failed").asInt()).isEqualTo(4);
        assertThat(status(report, "empty.pdf")).isEqualTo("failed: empty file");
        assertThat(status(report, "notes.pdf")).isEqualTo("failed: not a PDF: the file has no PDF header");
        assertThat(status(report, "corrupt.pdf")).startsWith("failed: damaged PDF");
        assertThat(status(report, "locked.pdf")).isEqualTo("failed: encrypted PDF: a password is needed to open it");
        assertThat(output.resolve("plan.pdf.json")).exists();
        assertThat(output.resolve("pack.txt.json")).exists();
        assertThat(output.resolve("empty.pdf.json")).doesNotExist();
        assertThat(runner.err.toString()).contains("locked.pdf: encrypted PDF").contains("4 failed");
    }

    @Test
    void thePasswordOpensAnEncryptedPdf() throws Exception {
        Path locked = encrypted(dir.resolve("locked.pdf"));

        assertThat(runner.run("extract", locked.toString(), "--password", "secret", "-o", dir.resolve("out").toString()))
                .isZero();
        assertThat(dir.resolve("out/locked.pdf.json")).exists();
    }

    @Test
    void anIncrementalRunSkipsUnchangedPacksAndRedoesChangedOnes() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.file("002", ".pdf"), input.resolve("plan.pdf"));
        Files.copy(Samples.file("002", ".txt"), input.resolve("plan.txt"));
        Path output = dir.resolve("out");
        assertThat(runner.run("extract", input.toString(), "-o", output.toString())).isZero();

        Files.writeString(input.resolve("plan.txt"), "\nChanged.", java.nio.file.StandardOpenOption.APPEND);
        CommandRunner second = new CommandRunner();
        assertThat(second.run("extract", input.toString(), "-o", output.toString(), "--incremental")).isZero();

        JsonNode report = runReport(output);
        assertThat(status(report, "plan.pdf")).isEqualTo("skipped: unchanged since the previous run");
        assertThat(status(report, "plan.txt")).startsWith("ok");
        assertThat(second.err.toString()).contains("1 skipped");
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.createFile(input.resolve("a-empty.pdf"));
        Files.copy(Samples.file("002", ".pdf"), input.resolve("b-plan.pdf"));

        assertThat(runner.run("extract", input.toString(), "-o", dir.resolve("out").toString(), "--fail-fast", "-j", "1"))
                .isEqualTo(1);
        JsonNode report = runReport(dir.resolve("out"));
        assertThat(status(report, "a-empty.pdf")).isEqualTo("failed: empty file");
        assertThat(status(report, "b-plan.pdf")).startsWith("skipped: not run");
        assertThat(dir.resolve("out/b-plan.pdf.json")).doesNotExist();
    }

    @Test
    void aFileOverItsTimeLimitFailsAndTheRunGoesOn() throws Exception {
        Path output = dir.resolve("out");

        int exit = runner.run("extract", Samples.file("003", ".pdf").toString(), Samples.file("002", ".txt").toString(),
                "-o", output.toString(), "--timeout", "1ms", "-j", "1");

        assertThat(exit).isEqualTo(1);
        JsonNode report = runReport(output);
        assertThat(status(report, Samples.file("003", ".pdf").getFileName().toString()))
                .isEqualTo("failed: time limit: still running after 0.001s (--timeout)");
        assertThat(output.resolve(Samples.file("003", ".pdf").getFileName() + ".json")).doesNotExist();
    }

    @Test
    void sameNamesInTwoFoldersDoNotCollide() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.copy(Samples.file("002", ".txt"), a.resolve("x.txt"));
        Files.copy(Samples.file("000", ".txt"), b.resolve("x.txt"));
        Path output = dir.resolve("out");

        assertThat(runner.run("extract", a.toString(), b.toString(), "-o", output.toString())).isZero();

        assertThat(new ObjectMapper().readTree(output.resolve("x.txt.json").toFile()).get("kind").asText())
                .isEqualTo("document");
        assertThat(new ObjectMapper().readTree(output.resolve("b/x.txt.json").toFile()).get("kind").asText())
                .isEqualTo("agenda_pack");
    }

    @Test
    void parallelRunsWriteTheSameBytesAsOneWorker() throws Exception {
        String input = Samples.dir().toString();
        assertThat(runner.run("extract", input, "-o", dir.resolve("one").toString(), "-j", "1", "-q")).isZero();
        assertThat(runner.run("extract", input, "-o", dir.resolve("two").toString(), "-j", "2", "-q")).isZero();

        for (String name : List.of("000_bf4098aa032894cf.pdf.json", "metrics.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(name)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(name)));
        }
    }

    @Test
    void csvFilesOpenInASpreadsheetWithTheirColumns() throws Exception {
        Path output = dir.resolve("out");
        assertThat(runner.run("extract", Samples.file("000", ".pdf").toString(), Samples.file("003", ".txt").toString(),
                "-o", output.toString(), "-f", "json,csv", "--excel")).isZero();

        byte[] bytes = Files.readAllBytes(output.resolve("agenda_items.csv"));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> items = records(output.resolve("agenda_items.csv"));
        assertThat(items.get(0).getParser().getHeaderNames()).startsWith("pack", "meeting_date", "number", "title");
        assertThat(items).hasSize(9 + 10);
        assertThat(items.get(0).get("pack")).isEqualTo(Samples.file("000", ".pdf").getFileName().toString());
        assertThat(items.get(0).get("meeting_date")).isEqualTo("2018-09-25");
        assertThat(records(output.resolve("resolutions.csv"))).isNotEmpty();
        assertThat(records(output.resolve("attendance.csv"))).anyMatch(row -> row.get("status").equals("apologies"));
        assertThat(records(output.resolve("cover_sheets.csv"))).anyMatch(row -> row.get("author").equals("Jacki Wilkes"));
        assertThat(records(output.resolve("documents.csv"))).anyMatch(row -> row.get("kind").equals("minutes"));
        assertThat(records(output.resolve("minutes_items.csv"))).hasSizeGreaterThan(20);
        assertThat(records(output.resolve("metrics.csv"))).isNotEmpty();
    }

    @Test
    void leftoversOfAnInterruptedRunAreClearedAndCompleteOutputsKept() throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.writeString(output.resolve(".agendapack-123.tmp"), "half written");
        Files.writeString(output.resolve("kept.pdf.json"), "{}");

        assertThat(runner.run("extract", Samples.file("002", ".txt").toString(), "-o", output.toString())).isZero();

        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp")).contains("kept.pdf.json");
        }
    }

    private static List<CSVRecord> records(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        try (Reader reader = new java.io.StringReader(text)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords());
        }
    }
}
