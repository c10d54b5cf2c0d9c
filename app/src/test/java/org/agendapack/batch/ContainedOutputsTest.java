package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agendapack.Samples;
import org.agendapack.source.FileNames;
import org.agendapack.PublishedJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input's outputs stay inside the output folder and come all or none: a link planted where its tables folder
 * or its JSON goes fails that input with the reason and nothing is written through it; a file where its tables
 * folder goes fails it and leaves none of its outputs; the other inputs are written as usual.
 */
class ContainedOutputsTest {

    @TempDir
    Path dir;
    private Path input;
    private Path out;
    private Path elsewhere;

    @BeforeEach
    void folders() throws IOException {
        input = Samples.file("002", ".txt");
        out = Files.createDirectories(dir.resolve("out"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    }

    private FileResult extract(Path json) {
        return FileExtraction.run(new FileJob(FileNames.uri(input), json.toString(), out.toString(), false, null, false,
                true, 1));
    }

    private Path json() {
        return out.resolve(input.getFileName() + ".json");
    }

    /** The files under a folder, links left out. */
    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).map(path -> folder.relativize(path).toString()).sorted().toList();
        }
    }

    /** Runs the input alone, as the command line does, and gives its {@code run.json} entry. */
    private JsonNode run() throws Exception {
        RecordingListener listener = new RecordingListener();
        ExtractRun.run(List.of(new InputFile(input, input.getFileName())), ExtractRun.Options.defaults(out), listener);
        assertThat(listener.unwritten).isEmpty();
        return PublishedJson.runReport(out).get("entries").get(0);
    }

    @Test
    void aTablesLinkFailsThatInputAndWritesNothingWhereItPoints() throws Exception {
        Files.createSymbolicLink(out.resolve("tables"), elsewhere);

        FileResult linked = extract(json());
        FileResult beside = extract(out.resolve("sub").resolve(input.getFileName() + ".json"));

        assertThat(linked.failure()).isEqualTo(Failure.CANNOT_WRITE);
        assertThat(linked.reason()).isEqualTo("cannot write " + json() + ": " + out.resolve("tables")
                + " is a symbolic link; not followed");
        assertThat(files(elsewhere)).isEmpty();
        assertThat(json()).doesNotExist();
        assertThat(beside.failure()).isNull();
        assertThat(files(out.resolve("sub"))).contains(input.getFileName() + ".json")
                .anyMatch(name -> name.startsWith("tables/" + input.getFileName() + "-t"));
    }

    @Test
    void aJsonLinkFailsThatInputAndItsTargetIsKept() throws Exception {
        Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "keep");
        Files.createSymbolicLink(json(), precious);

        FileResult result = extract(json());

        assertThat(result.reason()).isEqualTo("cannot write " + json() + ": " + json()
                + " is a symbolic link; not followed");
        assertThat(precious).hasContent("keep");
        assertThat(Files.isSymbolicLink(json())).isTrue();
        assertThat(files(out)).isEmpty();
    }

    @Test
    void aFileWhereTheTablesGoFailsTheInputAndLeavesNoneOfItsOutputs() throws Exception {
        Files.writeString(json(), "{\"an earlier run's\": true}");
        Files.writeString(out.resolve("tables"), "a file");

        JsonNode entry = run();

        assertThat(entry.get("status").asText()).isEqualTo("failed");
        assertThat(entry.get("failure").asText()).isEqualTo("cannot_write");
        assertThat(entry.get("reason").asText()).isEqualTo("cannot write " + json() + ": " + out.resolve("tables")
                + " is not a folder");
        assertThat(json()).doesNotExist();
        assertThat(out.resolve("tables")).hasContent("a file");
    }

    @Test
    void aFailedInputsCleanUpNeverReachesThroughALink() throws Exception {
        Path theirs = Files.writeString(elsewhere.resolve(input.getFileName() + "-t1.csv"), "theirs");
        Files.createSymbolicLink(out.resolve("tables"), elsewhere);

        JsonNode entry = run();

        assertThat(entry.get("reason").asText()).endsWith("tables is a symbolic link; not followed");
        assertThat(theirs).hasContent("theirs");
        assertThat(files(elsewhere)).containsExactly(theirs.getFileName().toString());
    }
}
