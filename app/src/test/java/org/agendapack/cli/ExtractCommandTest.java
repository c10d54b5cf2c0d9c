package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.agendapack.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final CommandRunner runner = new CommandRunner();
    private final StringWriter err = runner.err;
    private final StringWriter out = runner.out;

    private int run(String... args) {
        return runner.run(args);
    }

    private static List<Path> filesUnder(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The JSON outputs only (tables and metrics are written beside them). */
    private static List<Path> jsonUnder(Path root) throws Exception {
        return filesUnder(root).stream().filter(path -> path.toString().endsWith(".json"))
                .filter(path -> !path.getFileName().toString().equals("run.json")).toList();
    }

    @Test
    void extractsEverySampleToItsOwnJsonFile() throws Exception {
        Path output = dir.resolve("out");

        int exit = run("extract", Samples.dir().toString(), "-o", output.toString());

        assertThat(exit).isZero();
        List<String> names = jsonUnder(output).stream().map(path -> path.getFileName().toString()).toList();
        assertThat(names).hasSize(10).allMatch(name -> name.endsWith(".pdf.json") || name.endsWith(".txt.json"));
        assertThat(names).contains(Samples.file("002", ".pdf").getFileName() + ".json");
        assertThat(err.toString()).contains("10 files: 10 ok (").contains("0 failed, 0 skipped; 566 pages");
        JsonNode plan = new ObjectMapper().readTree(output.resolve(Samples.file("002", ".txt").getFileName() + ".json").toFile());
        assertThat(plan.get("kind").asText()).isEqualTo("document");
        assertThat(plan.get("meeting").isNull()).isTrue();
        assertThat(plan.get("agenda_items").isArray()).isTrue();
    }

    @Test
    void theSameInputGivesTheSameBytesWithNoPathsInside() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        String input = Samples.file("000", ".pdf").toString();

        assertThat(run("extract", input, "-o", first.toString())).isZero();
        assertThat(run("extract", input, "-o", second.toString())).isZero();

        byte[] a = Files.readAllBytes(jsonUnder(first).get(0));
        byte[] b = Files.readAllBytes(jsonUnder(second).get(0));
        assertThat(a).isEqualTo(b);
        String json = new String(a, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(Samples.dir().toString()).doesNotContain(dir.toString()).endsWith("}\n");
    }

    @Test
    void directoriesKeepTheirSubFoldersUnderTheOutput() throws Exception {
        Path input = dir.resolve("in");
        Files.createDirectories(input.resolve("2018/sept"));
        Files.copy(Samples.file("002", ".txt"), input.resolve("2018/sept/plan.md"));
        Files.writeString(input.resolve("2018/notes.docx"), "ignored: not an input type");
        Files.writeString(input.resolve("README.md"), "ignored: describes the folder");
        Files.writeString(input.resolve("2018/.draft.txt"), "ignored: hidden");

        assertThat(run("extract", input.toString(), "-o", dir.resolve("out").toString())).isZero();

        assertThat(jsonUnder(dir.resolve("out"))).containsExactly(dir.resolve("out/2018/sept/plan.md.json"));
    }

    @Test
    void noTextLeavesThePageTextOut() throws Exception {
        Path output = dir.resolve("out");

        assertThat(run("extract", "--no-text", Samples.file("002", ".pdf").toString(), "-o", output.toString()))
                .isZero();

        JsonNode pack = new ObjectMapper().readTree(jsonUnder(output).get(0).toFile());
        assertThat(pack.get("pages")).hasSize(9);
        pack.get("pages").forEach(page -> {
            assertThat(page.has("text")).isFalse();
            assertThat(page.has("printed_page")).isTrue();
        });
    }

    @Test
    void stdoutWritesTheOneInputsJsonAndNoFile() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, "UTF-8"));
        int exit;
        try {
            exit = run("extract", "--stdout", Samples.file("002", ".txt").toString(), "-o", dir.resolve("out").toString());
        } finally {
            System.setOut(original);
        }

        assertThat(exit).isZero();
        assertThat(new ObjectMapper().readTree(captured.toByteArray()).get("schema").asText()).isEqualTo("agendapack/1");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void badFilesAreNamedWithTheirReasonAndTheGoodOnesAreStillWritten() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.file("002", ".pdf"), input.resolve("good.pdf"));
        Files.createFile(input.resolve("empty.pdf"));
        Files.writeString(input.resolve("renamed.pdf"), "just some text\n");
        byte[] pdf = Files.readAllBytes(Samples.file("000", ".pdf"));
        Files.write(input.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
        Path output = dir.resolve("out");

        int exit = run("extract", input.toString(), dir.resolve("missing.pdf").toString(), "-o", output.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(jsonUnder(output)).containsExactly(output.resolve("good.pdf.json"));
        assertThat(filesUnder(output)).allMatch(path -> path.toString().contains("good.pdf")
                || List.of("metrics.csv", "run.json", ".agendapack.lock").contains(path.getFileName().toString()));
        String[] lines = err.toString().split("\n");
        assertThat(lines).anyMatch(line -> line.endsWith("empty.pdf: empty file"))
                .anyMatch(line -> line.endsWith("renamed.pdf: not a PDF: the file has no PDF header"))
                .anyMatch(line -> line.contains("truncated.pdf: damaged PDF: "))
                .anyMatch(line -> line.endsWith("missing.pdf: no such file"))
                .anyMatch(line -> line.startsWith("5 files: 1 ok (") && line.contains("4 failed, 0 skipped; 9 pages"));
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void quietPrintsOnlyErrors() throws Exception {
        int exit = run("extract", "-q", Samples.file("002", ".txt").toString(), dir.resolve("nope.txt").toString(),
                "-o", dir.resolve("out").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).endsWith("nope.txt: no such file").doesNotContain("files:");
    }

    @Test
    void aRunFileThatCannotBeWrittenFailsTheRunThoughEveryInputWasRead() throws Exception {
        Path output = Files.createDirectories(dir.resolve("out"));
        Files.createSymbolicLink(output.resolve("run.json"), dir.resolve("elsewhere.json"));

        int exit = run("extract", "-q", Samples.file("002", ".txt").toString(), "-o", output.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(output.resolve("002_cb63378e9ca4f11f.txt.json")).isRegularFile();
        assertThat(dir.resolve("elsewhere.json")).doesNotExist();
        assertThat(err.toString()).contains("cannot write").contains("run.json").contains("symbolic link");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("extract")).isEqualTo(2);
        assertThat(run("extract", "--bogus", "x.pdf")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void anEmptyFolderIsAFailureNotASilentSuccess() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThat(run("extract", empty.toString(), "-o", dir.resolve("out").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no .pdf, .txt or .md files found");
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("agendapack ").doesNotContain("unknown");
    }
}
