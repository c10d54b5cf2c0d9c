package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} reads standard input and writes standard output, as Unix tools do. */
class StandardStreamsTest {

    private static final String MINUTES = "Borsetshire Council\nMinutes of the Parish Liaison Committee\n"
            + "1. Apologies\nApologies were received from Councillor Grundy.\n";

    @TempDir
    Path dir;

    private final CommandRunner runner = new CommandRunner();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final InputStream originalIn = System.in;
    private final PrintStream originalOut = System.out;

    @AfterEach
    void restoreStreams() {
        System.setIn(originalIn);
        System.setOut(originalOut);
    }

    private int run(byte[] stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin));
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        return runner.run(args);
    }

    private static byte[] pdfWithATable() throws Exception {
        Path pdf = Files.createTempFile("table", ".pdf");
        TestPdfs.write(pdf, Page.portrait(Text.at("Area", 76, 686), Text.at("Visits", 204, 686),
                Text.at("North", 76, 666), Text.at("30", 204, 666))
                .withRules(TestPdfs.grid(new double[] {72, 200, 300}, new double[] {700, 680, 660})));
        byte[] bytes = Files.readAllBytes(pdf);
        Files.delete(pdf);
        return bytes;
    }

    @Test
    void extractReadsStandardInputAsAFileNamedStdin() throws Exception {
        Path out = dir.resolve("out");

        int exit = run(MINUTES.getBytes(StandardCharsets.UTF_8), "extract", "-q", "-", "-o", out.toString());

        assertThat(exit).isZero();
        JsonNode pack = new ObjectMapper().readTree(out.resolve("stdin.json").toFile());
        assertThat(pack.path("source").path("file").asText()).isEqualTo("stdin");
        assertThat(pack.path("source").path("format").asText()).isEqualTo("text");
        JsonNode entry = new ObjectMapper().readTree(out.resolve("run.json").toFile()).path("entries").get(0);
        assertThat(entry.path("file").asText()).isEqualTo("-");
        assertThat(entry.path("input").asText()).isEqualTo("stdin");
    }

    @Test
    void aPdfOnStandardInputIsToldByItsContent() throws Exception {
        int exit = run(pdfWithATable(), "extract", "-q", "--stdout", "-");

        assertThat(exit).isZero();
        JsonNode pack = new ObjectMapper().readTree(stdout.toByteArray());
        assertThat(pack.path("source").path("format").asText()).isEqualTo("pdf");
    }

    @Test
    void stdoutWithSeveralInputsWritesJsonLinesInInputOrderWithoutTheFailedOne() throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), MINUTES);
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "not a PDF at all");
        Path second = Files.writeString(dir.resolve("second.md"), MINUTES.replace("Grundy", "Archer"));

        int exit = run(new byte[0], "extract", "-q", "--stdout", first.toString(), broken.toString(),
                second.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(runner.err.toString()).contains("broken.pdf: not a PDF");
        List<String> lines = stdout.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(lines.get(0)).path("source").path("file").asText()).isEqualTo("first.txt");
        assertThat(mapper.readTree(lines.get(1)).path("source").path("file").asText()).isEqualTo("second.md");
        assertThat(mapper.readTree(lines.get(1)).path("schema").asText()).isEqualTo("agendapack/1");
    }

    @Test
    void tablesReadsStandardInputAndWritesStandardOutputForDash() throws Exception {
        int exit = run(pdfWithATable(), "tables", "-o", "-", "-");

        assertThat(exit).isZero();
        assertThat(runner.out.toString()).contains("North").contains("30");
        assertThat(Path.of("-")).doesNotExist();
    }

    @Test
    void itemsReadsStandardInput() {
        int exit = run(MINUTES.getBytes(StandardCharsets.UTF_8), "items", "-");

        assertThat(exit).isEqualTo(1);
        assertThat(runner.err.toString()).startsWith("agendapack: -: not an agenda pack");
    }
}
