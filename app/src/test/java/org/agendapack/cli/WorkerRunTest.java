package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.agendapack.Samples;
import org.agendapack.PublishedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files run in worker processes under a watchdog: whatever a file does, its worker is stopped and the run ends. */
class WorkerRunTest {

    /** Far longer than any run here should take: only a stalled run reaches it. */
    private static final Duration HANG_GUARD = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private final CommandRunner runner = new CommandRunner();

    private static JsonNode entry(Path output, String input) throws Exception {
        for (JsonNode entry : PublishedJson.runReport(output).get("entries")) {
            if (entry.get("input").asText().equals(input)) {
                return entry;
            }
        }
        throw new AssertionError("no run.json entry for " + input);
    }

    private Path folder(String... samples) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        for (String sample : samples) {
            Path file = Samples.file(sample.substring(0, 3), sample.substring(3));
            Files.copy(file, input.resolve(sample.substring(0, 3) + sample.substring(3)));
        }
        return input;
    }

    @Test
    void aFileOverTheTimeLimitIsStoppedAndTheFilesAfterItStillRun() throws Exception {
        Path input = folder("002.txt");
        SlowPdf.write(input.resolve("003-slow.pdf"), 200_000);
        Files.copy(Samples.file("002", ".pdf"), input.resolve("004.pdf"));
        Path output = dir.resolve("out");

        int exit = assertTimeoutPreemptively(HANG_GUARD, () -> runner.run("extract", input.toString(), "-o",
                output.toString(), "-j", "1", "--timeout", "20s", "--worker-memory", "3g"));

        assertThat(exit).isEqualTo(1);
        assertThat(entry(output, "003-slow.pdf").get("failure").asText()).isEqualTo("time_limit");
        assertThat(entry(output, "003-slow.pdf").get("reason").asText()).startsWith("time limit");
        assertThat(entry(output, "002.txt").get("status").asText()).isIn("ok", "partial");
        assertThat(entry(output, "004.pdf").get("status").asText()).isIn("ok", "partial");
        assertThat(output.resolve("003-slow.pdf.json")).doesNotExist();
        assertThat(runner.err.toString()).contains("003-slow.pdf: time limit");
    }

    @Test
    void aFileThatNeedsMoreThanTheWorkersMemoryFailsAsOutOfMemoryAndTheRunGoesOn() throws Exception {
        Path input = folder("002.txt");
        SlowPdf.write(input.resolve("001-large.pdf"), 60_000);
        Path output = dir.resolve("out");

        int exit = assertTimeoutPreemptively(HANG_GUARD, () -> runner.run("extract", input.toString(), "-o",
                output.toString(), "-j", "1", "--worker-memory", "32m"));

        assertThat(exit).isEqualTo(1);
        assertThat(entry(output, "001-large.pdf").get("failure").asText()).isEqualTo("out_of_memory");
        assertThat(entry(output, "002.txt").get("status").asText()).isIn("ok", "partial");
    }

    @Test
    void aWorkerKilledFromOutsideFailsItsFileAndIsReplaced() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        SlowPdf.write(input.resolve("001-slow.pdf"), 200_000);
        Files.copy(Samples.file("002", ".txt"), input.resolve("002.txt"));
        Path output = dir.resolve("out");

        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> runner.run("extract", input.toString(),
                "-o", output.toString(), "-j", "1", "--timeout", "10m", "--worker-memory", "3g"));
        ProcessHandle worker = awaitWorker();
        Thread.sleep(500);
        worker.destroyForcibly();
        int exit = assertTimeoutPreemptively(HANG_GUARD, () -> run.get());

        assertThat(exit).isEqualTo(1);
        assertThat(entry(output, "001-slow.pdf").get("failure").asText()).isEqualTo("worker_died");
        assertThat(entry(output, "001-slow.pdf").get("reason").asText()).isEqualTo("worker died: killed by signal 9");
        assertThat(entry(output, "002.txt").get("status").asText()).isIn("ok", "partial");
    }

    private static ProcessHandle awaitWorker() throws InterruptedException {
        long end = System.nanoTime() + HANG_GUARD.toNanos();
        while (System.nanoTime() < end) {
            var worker = ProcessHandle.current().children()
                    .filter(child -> child.info().commandLine().orElse("").contains("WorkerMain")).findFirst();
            if (worker.isPresent()) {
                return worker.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no worker started");
    }

    @Test
    void filesRunInWorkersGiveTheSameBytesAsAFileRunInProcess() throws Exception {
        Path alone = dir.resolve("alone");
        Path together = dir.resolve("together");
        Path plan = Samples.file("002", ".pdf");

        assertThat(runner.run("extract", plan.toString(), "-o", alone.toString(), "-q")).isZero();
        assertThat(runner.run("extract", plan.toString(), Samples.file("002", ".txt").toString(), "-o",
                together.toString(), "-q", "-j", "2")).isZero();

        String name = plan.getFileName() + ".json";
        assertThat(Files.readAllBytes(together.resolve(name))).isEqualTo(Files.readAllBytes(alone.resolve(name)));
        assertThat(entry(together, plan.getFileName().toString()).get("sha256").asText())
                .isEqualTo(entry(alone, plan.getFileName().toString()).get("sha256").asText());
    }

    @Test
    void aRunOfOneFileKeepsTheEarlierRunsEntriesAndMetrics() throws Exception {
        Path input = folder("002.pdf", "004.txt");
        Path output = dir.resolve("out");
        assertThat(runner.run("extract", input.toString(), "-o", output.toString(), "-q")).isZero();
        List<String> metricsBefore = Files.readAllLines(output.resolve("metrics.csv"));

        assertThat(new CommandRunner().run("extract", input.resolve("002.pdf").toString(), "-o", output.toString(),
                "-q")).isZero();

        assertThat(entry(output, "004.txt").get("status").asText()).isIn("ok", "partial");
        assertThat(entry(output, "002.pdf").get("status").asText()).isIn("ok", "partial");
        assertThat(Files.readAllLines(output.resolve("metrics.csv"))).containsExactlyInAnyOrderElementsOf(metricsBefore);
        assertThat(metricsBefore).anyMatch(line -> line.startsWith("004.txt,"));
    }

    @Test
    void anInterruptedRunsJournalCountsAsItsResults() throws Exception {
        Path input = folder("002.pdf", "002.txt");
        Path output = dir.resolve("out");
        assertThat(runner.run("extract", input.toString(), "-o", output.toString(), "-q")).isZero();
        // as an interrupted run leaves it: entries journalled, no summary, the last line cut short
        StringBuilder journal = new StringBuilder();
        for (JsonNode entry : new ObjectMapper().readTree(output.resolve("run.json").toFile()).get("entries")) {
            journal.append(entry.toString()).append('\n');
        }
        journal.append("{\"input\": \"002.t");
        Files.delete(output.resolve("run.json"));
        Files.writeString(output.resolve("run.journal.jsonl"), journal, StandardCharsets.UTF_8);

        CommandRunner again = new CommandRunner();
        assertThat(again.run("extract", input.toString(), "-o", output.toString(), "--incremental")).isZero();

        assertThat(entry(output, "002.pdf").get("status").asText()).isEqualTo("skipped");
        assertThat(entry(output, "002.txt").get("status").asText()).isEqualTo("skipped");
        assertThat(output.resolve("run.journal.jsonl")).doesNotExist();
        assertThat(again.err.toString()).contains("2 skipped");
    }
}
