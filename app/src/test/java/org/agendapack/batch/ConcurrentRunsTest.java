package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.agendapack.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs writing into one output folder at once each keep their entries in run.json and rows in the CSVs. */
class ConcurrentRunsTest {

    @TempDir
    Path dir;

    @Test
    void twoRunsIntoOneFolderAtOnceBothKeepTheirEntriesAndRows() throws Exception {
        Path out = dir.resolve("out");
        List<Path> inputs = List.of(Samples.file("000", ".txt"), Samples.file("001", ".txt"));
        // each run waits at its file's start for the other, so both have read the folder before either ends
        CyclicBarrier bothStarted = new CyclicBarrier(inputs.size());
        ExecutorService runs = Executors.newFixedThreadPool(inputs.size());
        try {
            List<Future<RunReport>> reports = new ArrayList<>();
            RecordingListener listener = waitingFor(bothStarted);
            for (Path input : inputs) {
                reports.add(runs.submit(() -> ExtractRun.run(List.of(new InputFile(input, input.getFileName())),
                        ExtractRun.Options.defaults(out), listener)));
            }
            for (Future<RunReport> report : reports) {
                assertThat(report.get().failed()).isZero();
            }
            assertThat(listener.unwritten).isEmpty();
        } finally {
            runs.shutdownNow();
        }

        JsonNode report = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(StreamSupport.stream(report.get("entries").spliterator(), false)
                .map(entry -> entry.get("input").asText()))
                .containsExactlyInAnyOrder("000_bf4098aa032894cf.txt", "001_353d7f592f4ec596.txt");
        assertThat(Files.readAllLines(out.resolve(ExtractRun.METRICS_FILE), StandardCharsets.UTF_8))
                .anyMatch(line -> line.startsWith("000_bf4098aa032894cf.txt,"))
                .anyMatch(line -> line.startsWith("001_353d7f592f4ec596.txt,"));
        assertThat(out.resolve(RunJournal.FILE)).doesNotExist();
    }

    /** A listener whose file waits at its start for the other run's, and that keeps what was not written. */
    private static RecordingListener waitingFor(CyclicBarrier barrier) {
        return new RecordingListener(input -> {
            try {
                barrier.await();
            } catch (InterruptedException | BrokenBarrierException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
