package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesCommandTest {

    @TempDir
    Path dir;

    /** A page with one ruled table whose first cell names the page, so the output shows which pages were read. */
    private static Page tablePage(String name) {
        return Page.portrait(Text.at(name, 76, 686), Text.at("12", 204, 686), Text.at("14", 304, 686),
                Text.at("Visits", 76, 666), Text.at("30", 204, 666), Text.at("31", 304, 666),
                Text.at("Calls", 76, 646), Text.at("7", 204, 646), Text.at("9", 304, 646))
                .withRules(TestPdfs.grid(new double[] {72, 200, 300, 400}, new double[] {700, 680, 660, 640}));
    }

    private Path threePages() throws Exception {
        return TestPdfs.write(dir.resolve("three.pdf"), tablePage("First"), tablePage("Second"), tablePage("Third"));
    }

    @Test
    void readsOnlyThePagesAskedFor() throws Exception {
        CommandRunner runner = new CommandRunner();

        int code = runner.run("tables", "-p", "2-3", "-f", "csv", threePages().toString());

        assertThat(code).isZero();
        assertThat(runner.out.toString()).contains("Second", "Third").doesNotContain("First");
    }

    @Test
    void aPagePastTheEndIsAUsageError() throws Exception {
        CommandRunner runner = new CommandRunner();

        int code = runner.run("tables", "-p", "2,9", threePages().toString());

        assertThat(code).isEqualTo(2);
        assertThat(runner.err.toString()).contains("page 9 is past the end: the file has 3 pages");
        assertThat(runner.out.toString()).isEmpty();
    }

    @Test
    void aTextFileIsReadByItsPagesToo() throws Exception {
        Path text = Files.writeString(dir.resolve("t.txt"), "Area\tVisits\tCalls\nNorth\t30\t7\nSouth\t31\t9\n");
        CommandRunner runner = new CommandRunner();

        assertThat(runner.run("tables", "-p", "2", text.toString())).isEqualTo(2);
        assertThat(runner.run("tables", "-p", "1", text.toString())).isZero();
        assertThat(runner.out.toString()).contains("North");
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineNamingIt() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes"), "x");
        CommandRunner intoAFile = new CommandRunner();
        CommandRunner ontoAFolder = new CommandRunner();

        assertThat(intoAFile.run("tables", "-o", notAFolder.resolve("t.csv").toString(), threePages().toString()))
                .isEqualTo(1);
        assertThat(ontoAFolder.run("tables", "-o", dir.toString(), threePages().toString())).isEqualTo(1);

        assertThat(intoAFile.err.toString().strip()).startsWith("agendapack: cannot write " + notAFolder
                .resolve("t.csv") + ": ").doesNotContain("\n", "org.agendapack", "Exception");
        assertThat(ontoAFolder.err.toString().strip()).isEqualTo("agendapack: cannot write " + dir + ": " + dir + " is a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }
}
