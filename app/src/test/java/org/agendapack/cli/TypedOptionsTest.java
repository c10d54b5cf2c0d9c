package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParseResult;

/** Options are read by their types: a bad value is a one-line usage error that names the option. */
class TypedOptionsTest {

    @TempDir
    Path dir;

    private final CommandRunner runner = new CommandRunner();

    private Path table() throws Exception {
        return Files.writeString(dir.resolve("t.txt"), "Area\tVisits\tCalls\nNorth\t30\t7\nSouth\t31\t9\n");
    }

    /** The command fails as a usage error, with one line that names the option and the value. */
    private void assertUsageError(String option, String value, String... args) {
        assertThat(runner.run(args)).isEqualTo(2);
        assertThat(runner.err.toString().lines()).singleElement().asString().startsWith("agendapack: ")
                .contains(option).contains(value);
        runner.err.getBuffer().setLength(0);
    }

    @Test
    void aBadValueNamesItsOption() throws Exception {
        String input = table().toString();

        assertUsageError("--timeout", "soon", "extract", input, "--timeout", "soon");
        assertUsageError("--timeout", "0s", "extract", input, "--timeout", "0s");
        assertThat(runner.run("extract", input, "--timeout", "0ms")).isEqualTo(2);
        assertThat(runner.err.toString()).contains("a time limit above zero is needed, not 0ms");
        runner.err.getBuffer().setLength(0);
        assertUsageError("--worker-memory", "lots", "extract", input, "--worker-memory", "lots");
        assertUsageError("--worker-memory", "16m", "extract", input, "--worker-memory", "16m");
        assertUsageError("--format", "xml", "tables", input, "--format", "xml");
        assertUsageError("--mode", "grid", "tables", input, "--mode", "grid");
        assertUsageError("--pages", "3-1", "tables", input, "--pages", "3-1");
        assertUsageError("--area", "1,2,3", "tables", input, "--area", "1,2,3");
        assertUsageError("--area", "100,0,50,600", "tables", input, "-a", "100,0,50,600");
    }

    @Test
    void enumsAreReadWhateverTheirCase() throws Exception {
        assertThat(runner.run("tables", "--format", "TSV", "--mode", "Stream", table().toString())).isZero();
        assertThat(runner.out.toString()).contains("North\t30\t7");
    }

    @Test
    void clusteredShortOptionsAreReadAsSeparateOnes() throws Exception {
        ParseResult verbose = Main.commandLine().parseArgs("extract", "-qvj1", "x.txt");
        ParseResult quiet = Main.commandLine().parseArgs("extract", "-qj1", "x.txt");

        assertThat(Main.verbose(verbose)).isTrue();
        assertThat(Main.verbose(quiet)).isFalse();
        assertThat(verbose.subcommand().matchedOptionValue("-j", 0)).isEqualTo(1);
        assertThat(runner.run("extract", "-qv", table().toString(), "-o", dir.resolve("out").toString())).isZero();
        assertThat(System.getProperty("org.slf4j.simpleLogger.defaultLogLevel")).isEqualTo("warn");
    }

    @Test
    void helpNamesACommandsOptions() {
        assertThat(runner.run("help", "tables")).isZero();
        assertThat(runner.out.toString()).contains("Usage: agendapack tables").contains("--password-file");
        assertThat(runner.run("help")).isZero();
        assertThat(runner.out.toString()).contains("generate-completion");
    }

    @Test
    void generateCompletionPrintsABashCompletionScript() {
        assertThat(runner.run("generate-completion")).isZero();
        assertThat(runner.out.toString()).contains("complete -F").contains("extract").contains("--worker-memory");
    }
}
