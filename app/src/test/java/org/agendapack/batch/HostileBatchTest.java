package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.agendapack.PublishedJson;
import org.agendapack.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch over hostile inputs, seen from outside as a nightly job sees it: the command line in a process of
 * its own, its exit code, standard error and output folder. Whatever happens inside (a file that loops, a
 * bomb, a parser that chokes), the run ends, each input is named once with what became of it, the good files
 * come through whole and nothing half written is left.
 */
class HostileBatchTest {

    /** What a failure's reason may name: each says what is wrong with the file, or what stopped it. */
    private static final List<String> CAUSES = List.of("empty file", "not a PDF", "damaged PDF", "encrypted PDF",
            "not a text file", "too large", "time limit", "out of memory", "worker died");
    /** Far beyond what the folder needs at its time limit per file, even on a busy machine. */
    private static final Duration FOLDER_GUARD = Duration.ofMinutes(10);
    /** A stalled file is stopped at this limit, which a small good file never comes near. */
    private static final String STALL_LIMIT = "10s";
    private static final Duration STALL_GUARD = Duration.ofMinutes(3);

    @TempDir
    static Path dir;

    private static List<String> inputs;
    private static CommandProcess.Result run;
    private static Path output;

    @BeforeAll
    static void extractTheHostileFolder() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        inputs = HostileInputs.writeAll(input);
        output = dir.resolve("out");
        run = CommandProcess.run(FOLDER_GUARD, dir, "extract", input.toString(), "-o", output.toString(),
                "-j", "2", "--timeout", "30s");
    }

    @Test
    void theRunEndsAndItsExitCodeSaysFilesFailed() {
        assertThat(run.ended()).as("the run ended within " + FOLDER_GUARD).isTrue();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void everyInputHasExactlyOneEntryWithAStatus() throws IOException {
        List<JsonNode> entries = entries(output);

        assertThat(entries).map(entry -> entry.get("input").asText()).containsExactlyInAnyOrderElementsOf(inputs)
                .doesNotContain(HostileInputs.FOLDER_NAMED_PDF);
        assertThat(entries).map(entry -> entry.get("status").asText()).allMatch(status -> status.equals("ok")
                || status.equals("partial") || status.equals("failed"));
    }

    @Test
    void everyFailureNamesItsCauseOnOneLine() throws IOException {
        List<JsonNode> failed = failed(entries(output));

        assertThat(failed).isNotEmpty();
        for (JsonNode entry : failed) {
            String reason = entry.get("reason").asText("");
            assertThat(reason).as(entry.get("input").asText()).isNotBlank().doesNotContain("\n", "\r")
                    .containsAnyOf(CAUSES.toArray(String[]::new)).doesNotContain("internal error", "Exception");
        }
    }

    @Test
    void filesThatCannotBeReadFailForWhatIsWrongWithThem() throws IOException {
        List<JsonNode> entries = entries(output);

        assertThat(reason(entries, "empty.pdf")).isEqualTo("empty file");
        assertThat(reason(entries, "nuls.txt")).startsWith("not a text file");
        assertThat(reason(entries, "truncated-10.pdf")).startsWith("damaged PDF");
    }

    @Test
    void theGoodFilesAreExtractedWhole() throws IOException {
        List<JsonNode> entries = entries(output);

        for (String good : List.of(HostileInputs.GOOD_PDF, HostileInputs.GOOD_TEXT)) {
            JsonNode entry = entry(entries, good);
            assertThat(entry.get("status").asText()).as(good).isEqualTo("ok");
            JsonNode pack = new ObjectMapper().readTree(output.resolve(entry.get("output").asText()).toFile());
            assertThat(pack.get("schema").asText()).isEqualTo("agendapack/1");
            assertThat(pack.get("pages")).hasSize(pack.get("source").get("page_count").asInt());
        }
        assertThat(entry(entries, HostileInputs.GOOD_PDF).get("pages").asInt())
                .isEqualTo(pdfPages(Samples.file("002", ".pdf")));
    }

    @Test
    void theReportAndEveryJsonOfTheGoodFilesFollowThePublishedSchemas() throws Exception {
        PublishedJson.runReport(output);
        for (String json : outputFiles(output)) {
            if (json.endsWith(".json") && !json.equals(RunReport.FILE)) {
                PublishedJson.assertValid(Files.readString(output.resolve(json), StandardCharsets.UTF_8), "pack");
            }
        }
    }

    @Test
    void noPartialFileIsLeftAndAFailedFileHasNoOutput() throws IOException {
        List<JsonNode> entries = entries(output);
        List<String> written = outputFiles(output);

        assertThat(written).noneMatch(name -> name.contains(".agendapack-") || name.endsWith(".tmp"));
        for (JsonNode entry : failed(entries)) {
            String input = entry.get("input").asText();
            assertThat(written).as(input).noneMatch(name -> name.equals(input + ".json")
                    || name.startsWith("tables/" + input + "-"));
        }
        for (String json : written.stream().filter(name -> name.endsWith(".json")).toList()) {
            assertThat(new ObjectMapper().readTree(output.resolve(json).toFile())).as(json).isNotNull();
        }
    }

    @Test
    void standardErrorHasOneLinePerFailureAndNoStackTrace() throws IOException {
        List<JsonNode> failed = failed(entries(output));
        List<String> lines = run.stderr().lines().toList();

        for (JsonNode entry : failed) {
            assertThat(lines).as(entry.get("input").asText()).containsOnlyOnce("agendapack: "
                    + entry.get("file").asText() + ": " + entry.get("reason").asText());
        }
        assertThat(lines).filteredOn(line -> line.startsWith("agendapack: ")).hasSize(failed.size());
        assertThat(run.stderr()).doesNotContain("Exception in thread", "\tat ", "at org.", "at java.");
    }

    @Test
    void aStalledFileFailsOverItsTimeLimitAndTheNextFileStillRuns(@TempDir Path temp) throws Exception {
        List<JsonNode> entries = runAfterStalls(temp, 1, List.of("a-stall.pdf"), "b-good.txt");

        assertThat(reason(entries, "a-stall.pdf")).contains("time limit");
        assertThat(entry(entries, "b-good.txt").get("status").asText()).isEqualTo("ok");
        assertThat(temp.resolve("out/a-stall.pdf.json")).doesNotExist();
        assertThat(temp.resolve("out/b-good.txt.json")).exists();
    }

    @Test
    void filesStalledOnEveryWorkerAtOnceStillLetTheRunEnd(@TempDir Path temp) throws Exception {
        List<JsonNode> entries = runAfterStalls(temp, 2, List.of("a-stall.pdf", "b-stall.pdf"), "c-good.txt");

        assertThat(reason(entries, "a-stall.pdf")).contains("time limit");
        assertThat(reason(entries, "b-stall.pdf")).contains("time limit");
        assertThat(entry(entries, "c-good.txt").get("status").asText()).isEqualTo("ok");
    }

    /**
     * Extracts files that never finish by themselves and, after them in name order, a good file, with
     * {@code jobs} workers; checks that the run ended, saying files failed, and returns its report's entries.
     */
    private static List<JsonNode> runAfterStalls(Path temp, int jobs, List<String> stalls, String good)
            throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        for (String stall : stalls) {
            Files.write(input.resolve(stall), HostileInputs.formFanOut(4, 100));
        }
        Files.copy(Samples.file("002", ".txt"), input.resolve(good));

        CommandProcess.Result result = CommandProcess.run(STALL_GUARD, temp, "extract", input.toString(),
                "-o", temp.resolve("out").toString(), "-j", String.valueOf(jobs), "--timeout", STALL_LIMIT);

        assertThat(result.ended()).as("the run ended within " + STALL_GUARD).isTrue();
        assertThat(result.exitCode()).isEqualTo(1);
        return entries(temp.resolve("out"));
    }

    private static List<JsonNode> entries(Path outputDir) throws IOException {
        Path report = outputDir.resolve(RunReport.FILE);
        assertThat(report).as("the run report").exists();
        return StreamSupport.stream(new ObjectMapper().readTree(report.toFile()).get("entries").spliterator(), false)
                .toList();
    }

    private static List<JsonNode> failed(List<JsonNode> entries) {
        return entries.stream().filter(entry -> entry.get("status").asText().equals("failed")).toList();
    }

    private static JsonNode entry(List<JsonNode> entries, String input) {
        return entries.stream().filter(entry -> entry.get("input").asText().equals(input)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + input));
    }

    /** The reason of a failed input's entry. */
    private static String reason(List<JsonNode> entries, String input) {
        JsonNode entry = entry(entries, input);
        assertThat(entry.get("status").asText()).as(input).isEqualTo("failed");
        return entry.get("reason").asText();
    }

    /** Every file under the output folder, as a path relative to it with {@code /} separators. */
    private static List<String> outputFiles(Path outputDir) throws IOException {
        try (Stream<Path> walk = Files.walk(outputDir)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> outputDir.relativize(path).toString().replace('\\', '/')).toList();
        }
    }

    private static int pdfPages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
