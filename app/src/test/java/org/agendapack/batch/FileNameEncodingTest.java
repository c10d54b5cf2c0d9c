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
import org.agendapack.source.FileNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names that are not what the locale expects: a Latin-1 byte (0xE9, {@code é}) that is no UTF-8, and a
 * UTF-8 {@code é} read where no locale is set, as under cron. Each file is still read and written, under a name
 * that tells its bytes, and one such name never stops the run.
 */
class FileNameEncodingTest {

    private static final String MINUTES = "Minutes of the Parks Committee\nHeld on 1 May 2030\n1. Apologies\n";
    private static final Duration GUARD = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    @Test
    void everyNameIsReadAndWrittenWithoutALocale() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("plain.txt"), MINUTES);
        // Java cannot make a name that is not valid in its own encoding: the shell makes them
        shell(in, "cp plain.txt \"$(printf 'caf\\351.txt')\"; cp plain.txt \"$(printf 'caf\\303\\251.txt')\"");
        Path out = dir.resolve("out");

        CommandProcess.Result run = CommandProcess.run(GUARD, dir, environment -> {
            environment.keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        }, "extract", in.toString(), "-o", out.toString(), "-j", "2");

        assertThat(run.stderr()).doesNotContain("Exception");
        assertThat(run.exitCode()).isZero();
        List<JsonNode> entries = entries(out);
        assertThat(entries).map(entry -> entry.get("input").asText())
                .containsExactlyInAnyOrder("plain.txt", "caf%E9.txt", "caf%C3%A9.txt");
        for (JsonNode entry : entries) {
            assertThat(entry.get("status").asText()).as(entry.get("input").asText()).isIn("ok", "partial");
            Path json = out.resolve(entry.get("output").asText());
            assertThat(json).isRegularFile();
            assertThat(new ObjectMapper().readTree(json.toFile()).path("source").path("file").asText())
                    .as("the pack names its file as the run does").isEqualTo(entry.get("input").asText());
        }
    }

    @Test
    void aJobNamesItsFileByTheBytesOfItsName() throws Exception {
        shell(dir, "echo minutes > \"$(printf 'caf\\351.txt')\"");
        Path listed;
        try (Stream<Path> files = Files.list(dir)) {
            listed = files.filter(file -> file.getFileName().toString().startsWith("caf")).findFirst().orElseThrow();
        }
        FileJob job = new FileJob(FileNames.uri(listed), "out.json", ".", true, null, false, false, 1);

        FileJob received = WorkerProtocol.job(WorkerProtocol.job(job));

        assertThat(Path.of(listed.toString())).as("the name as text has lost its byte").doesNotExist();
        assertThat(received.inputFile()).isEqualTo(listed.toAbsolutePath()).isRegularFile();
        assertThat(FileNames.text(listed.getFileName())).isEqualTo("caf%E9.txt");
    }

    @Test
    void aNameTypedWithAByteJavaCannotDecodeIsFoundInItsFolder() throws Exception {
        shell(dir, "echo minutes > \"$(printf 'caf\\351.txt')\"");

        // Java decodes the command line as it decodes names: the byte it cannot decode comes as U+FFFD
        List<InputFile> inputs = InputCollector.collect(List.of(dir + "/caf\uFFFD.txt"), false);

        assertThat(inputs).singleElement().satisfies(input -> {
            assertThat(input.path()).isRegularFile();
            assertThat(input.relative()).hasToString("caf%E9.txt");
            assertThat(input.file()).isEqualTo(dir + "/caf%E9.txt");
            assertThat(input.refusal()).isNull();
        });
    }

    private static void shell(Path workDir, String script) throws IOException, InterruptedException {
        Process shell = new ProcessBuilder("bash", "-c", script).directory(workDir.toFile()).inheritIO().start();
        assertThat(shell.waitFor()).isZero();
    }

    private static List<JsonNode> entries(Path out) throws IOException {
        JsonNode report = new ObjectMapper().readTree(Files.readString(out.resolve(RunReport.FILE),
                StandardCharsets.UTF_8));
        return StreamSupport.stream(report.get("entries").spliterator(), false).toList();
    }
}
