package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.agendapack.batch.CommandProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that opens a PDF takes its password by option, from a file, or from the environment. */
class PasswordOptionsTest {

    private static final String PASSWORD = "Borsetshire 2026";

    @TempDir
    Path dir;

    private final CommandRunner runner = new CommandRunner();
    private Path pdf;
    private Path passwordFile;

    @BeforeEach
    void encryptedPdf() throws Exception {
        pdf = TestPdfs.writeEncrypted(dir.resolve("locked.pdf"), PASSWORD, Page.portrait(
                Text.at("Area", 76, 686), Text.at("Visits", 204, 686),
                Text.at("North", 76, 666), Text.at("30", 204, 666))
                .withRules(TestPdfs.grid(new double[] {72, 200, 300}, new double[] {700, 680, 660})));
        passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\nsecond line is not read\n");
    }

    @Test
    void withoutAPasswordTheFileCannotBeOpened() {
        assertThat(runner.run("tables", pdf.toString())).isEqualTo(1);
        assertThat(runner.err.toString()).contains("a password is needed");
    }

    @Test
    void extractTakesThePasswordOrItsFile() {
        Path out = dir.resolve("out");

        assertThat(runner.run("extract", "-q", "--password", PASSWORD, pdf.toString(), "-o", out.toString()))
                .isZero();
        assertThat(runner.run("extract", "-q", "--password-file", passwordFile.toString(), pdf.toString(), "-o",
                out.toString())).isZero();
        assertThat(out.resolve("locked.pdf.json")).isRegularFile();
    }

    @Test
    void tablesTakesThePasswordOrItsFile() {
        assertThat(runner.run("tables", "--password", PASSWORD, pdf.toString())).isZero();
        assertThat(runner.run("tables", "--password-file", passwordFile.toString(), pdf.toString())).isZero();
        assertThat(runner.out.toString()).contains("North,30");
    }

    @Test
    void itemsTakesThePasswordOrItsFile() {
        // a page of a table is no agenda pack, but it was opened to be found so
        assertThat(runner.run("items", "--password", PASSWORD, pdf.toString())).isEqualTo(1);
        assertThat(runner.run("items", "--password-file", passwordFile.toString(), pdf.toString())).isEqualTo(1);
        assertThat(runner.err.toString()).contains("not an agenda pack").doesNotContain("encrypted");
    }

    @Test
    void aPasswordFileThatCannotBeReadOrBothWaysAtOnceAreUsageErrors() {
        assertThat(runner.run("tables", "--password-file", dir.resolve("none.txt").toString(), pdf.toString()))
                .isEqualTo(2);
        assertThat(runner.err.toString()).contains("--password-file: cannot read").contains("no such file");
        assertThat(runner.run("tables", "--password", "x", "--password-file", passwordFile.toString(),
                pdf.toString())).isEqualTo(2);
    }

    @Test
    void thePasswordCanComeFromTheEnvironment() throws Exception {
        Path out = dir.resolve("out");

        CommandProcess.Result run = CommandProcess.run(Duration.ofMinutes(2), dir,
                environment -> environment.put(PasswordOptions.ENVIRONMENT, PASSWORD),
                "extract", "-q", pdf.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(out.resolve("locked.pdf.json")).isRegularFile();
    }
}
