package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a folder scan reads, in a folder shared with the world: links that stay inside it are followed (without
 * walking a cycle), links that leave it are skipped unless asked for, and a FIFO is never opened: skipped when a
 * scan finds it, failed at once when named.
 */
class InputScanTest {

    private static final String MINUTES = "Minutes of the Parks Committee\nHeld on 1 May 2030\n1. Apologies\n";

    @TempDir
    Path dir;
    private Path scan;
    private Path outside;

    @BeforeEach
    void plantLinks() throws IOException {
        scan = Files.createDirectories(dir.resolve("scan"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(scan.resolve("a.txt"), MINUTES);
        Files.writeString(Files.createDirectories(scan.resolve("sub")).resolve("b.txt"), MINUTES);
        Files.writeString(outside.resolve("secret.txt"), MINUTES);
        Files.createSymbolicLink(scan.resolve("same.txt"), Path.of("a.txt"));
        Files.createSymbolicLink(scan.resolve("sub-again"), Path.of("sub"));
        Files.createSymbolicLink(scan.resolve("sub").resolve("back"), Path.of(".."));
        Files.createSymbolicLink(scan.resolve("secret.txt"), Path.of("..", "outside", "secret.txt"));
        Files.createSymbolicLink(scan.resolve("shared"), outside);
    }

    @Test
    void linksInsideTheFolderAreFollowedAndLinksLeavingItSkipped() throws IOException {
        Files.createSymbolicLink(scan.resolve("gone.txt"), Path.of("deleted.txt"));

        Map<String, String> found = found(InputCollector.collect(List.of(scan.toString()), false));

        assertThat(found).containsExactlyInAnyOrderEntriesOf(Map.of(
                "a.txt", "read", "same.txt", "read", "sub/b.txt", "read", "sub-again/b.txt", "read",
                "secret.txt", "skipped: " + FolderScan.LEAVES, "shared", "skipped: " + FolderScan.LEAVES,
                "gone.txt", "skipped: a link to a file that is not there"));
    }

    @Test
    void followLinksReadsTheirTargetsToo() throws IOException {
        Map<String, String> found = found(InputCollector.collect(List.of(scan.toString()), true));

        assertThat(found).containsOnlyKeys("a.txt", "same.txt", "sub/b.txt", "sub-again/b.txt", "secret.txt",
                "shared/secret.txt").allSatisfy((input, what) -> assertThat(what).isEqualTo("read"));
    }

    @Test
    void aFifoInAFolderIsSkippedWithWhatItIs() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("a.txt"), MINUTES);
        mkfifo(folder.resolve("pipe.pdf"));
        Path output = dir.resolve("out");

        RunReport report = ExtractRun.run(InputCollector.collect(List.of(folder.toString()), false),
                ExtractRun.Options.defaults(output), new SilentListener());

        assertThat(report.byInput().get("pipe.pdf")).satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(RunReport.Status.SKIPPED);
            assertThat(entry.reason()).isEqualTo("a FIFO, not a regular file");
        });
        assertThat(Files.readString(output.resolve(RunReport.FILE), StandardCharsets.UTF_8))
                .contains("a FIFO, not a regular file");
        assertThat(report.byInput().get("a.txt").hasOutput()).isTrue();
    }

    @Test
    void aFifoOrDeviceNamedAsAnInputFailsWithoutBeingOpened() throws Exception {
        Path pipe = dir.resolve("pipe.txt");
        mkfifo(pipe);
        // the limit a file would wait out if it were opened: no writer ever comes
        ExtractRun.Options options = new ExtractRun.Options(dir.resolve("out"), true, null, 1, Duration.ofSeconds(30),
                false, null, false, Set.of(OutputFormat.JSON), false, ExtractRun.Options.DEFAULT_WORKER_MEMORY);

        RunReport report = ExtractRun.run(InputCollector.collect(List.of(pipe.toString(), "/dev/zero",
                scan.resolve("a.txt").toString()), false), options, new SilentListener());

        assertThat(report.entries()).extracting(RunReport.Entry::input, RunReport.Entry::status,
                RunReport.Entry::failure, RunReport.Entry::reason).containsExactly(
                tuple("pipe.txt", RunReport.Status.FAILED, Failure.UNREADABLE,
                        "a FIFO, not a regular file"),
                tuple("zero", RunReport.Status.FAILED, Failure.UNREADABLE,
                        "a character device, not a regular file"),
                tuple("a.txt", RunReport.Status.OK, null, null));
        assertThat(report.entries().get(2).hasOutput()).isTrue();
    }

    /** Each input found, by its path under the folder: {@code read}, or {@code skipped: reason}. */
    private static Map<String, String> found(List<InputFile> inputs) {
        Map<String, String> found = new LinkedHashMap<>();
        for (InputFile input : inputs) {
            found.put(input.relative().toString(), input.refusal() == null ? "read"
                    : (input.refusal().failed() ? "failed: " : "skipped: ") + input.refusal().reason());
        }
        return found;
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
    }
}
