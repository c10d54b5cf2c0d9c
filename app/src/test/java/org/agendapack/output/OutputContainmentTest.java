package org.agendapack.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written into an output folder stay inside it: no link below the folder is followed. */
class OutputContainmentTest {

    private static final byte[] CONTENT = "written".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    private Path out;
    private Path elsewhere;
    private OutputFolder folder;

    @BeforeEach
    void folders() throws IOException {
        out = Files.createDirectories(dir.resolve("out"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        folder = OutputFolder.of(out);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLinkWhereAFolderShouldBeIsNotFollowed() throws Exception {
        Files.createSymbolicLink(out.resolve("tables"), elsewhere);

        assertThatThrownBy(() -> AtomicFiles.write(folder, out.resolve("tables/a.pdf-t1.csv"), CONTENT))
                .isInstanceOf(CannotWrite.class)
                .hasMessage(out.resolve("tables") + " is a symbolic link; not followed");

        assertThat(names(elsewhere)).isEmpty();
    }

    @Test
    void aLinkDeeperDownIsNotFollowedEither() throws Exception {
        Files.createSymbolicLink(out.resolve("sub"), elsewhere);

        assertThatThrownBy(() -> AtomicFiles.write(folder, out.resolve("sub/tables/a.pdf-t1.csv"), CONTENT))
                .hasMessage(out.resolve("sub") + " is a symbolic link; not followed");

        assertThat(names(elsewhere)).isEmpty();
    }

    @Test
    void aLinkWhereTheFileShouldBeIsLeftAsItIsAndSoIsItsTarget() throws Exception {
        Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "keep");
        Path link = Files.createSymbolicLink(out.resolve("a.pdf.json"), precious);

        assertThatThrownBy(() -> AtomicFiles.write(folder, link, CONTENT))
                .hasMessage(link + " is a symbolic link; not followed");

        assertThat(precious).hasContent("keep");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(names(out)).containsExactly("a.pdf.json");
    }

    @Test
    void aFileWhereAFolderShouldBeIsSaidSo() throws Exception {
        Files.writeString(out.resolve("tables"), "not a folder");

        assertThatThrownBy(() -> AtomicFiles.write(folder, out.resolve("tables/a.pdf-t1.csv"), CONTENT))
                .hasMessage(out.resolve("tables") + " is not a folder");

        assertThat(out.resolve("tables")).hasContent("not a folder");
    }

    @Test
    void aPathThatLeavesTheFolderIsRefused() {
        assertThatThrownBy(() -> AtomicFiles.write(folder, out.resolve("../escaped.json"), CONTENT))
                .hasMessageContaining("is outside the output folder");

        assertThat(dir.resolve("escaped.json")).doesNotExist();
    }

    @Test
    void theOutputFolderItselfMayBeALinkTheUserChose() throws Exception {
        Path chosen = Files.createSymbolicLink(dir.resolve("chosen"), elsewhere);

        AtomicFiles.write(OutputFolder.of(chosen), chosen.resolve("tables/a.pdf-t1.csv"), CONTENT);

        assertThat(elsewhere.resolve("tables/a.pdf-t1.csv")).hasBinaryContent(CONTENT);
        assertThat(Files.isDirectory(elsewhere.resolve("tables"), LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void foldersAreMadeAndFilesReplacedInsideTheFolder() throws Exception {
        Path table = out.resolve("sub/tables/a.pdf-t1.csv");

        AtomicFiles.write(folder, table, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(folder, table, CONTENT);

        assertThat(table).hasBinaryContent(CONTENT);
        assertThat(names(table.getParent())).containsExactly("a.pdf-t1.csv");
        assertThat(folder.isRegularFile(table)).isTrue();
    }

    @Test
    void filesReachedThroughALinkAreNotTheFolders() throws Exception {
        Files.writeString(elsewhere.resolve("a.pdf-t1.csv"), "theirs");
        Files.createSymbolicLink(out.resolve("tables"), elsewhere);

        assertThat(folder.isDirectory(out.resolve("tables"))).isFalse();
        assertThat(folder.isRegularFile(out.resolve("tables/a.pdf-t1.csv"))).isFalse();
    }

    @Test
    void aTemporaryFileIsALeftoverOnlyOnceItsProcessHasEnded() throws Exception {
        Path ours = out.resolve(AtomicFiles.TEMP_PREFIX + ProcessHandle.current().pid() + "-x.tmp");
        Process ended = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();

        assertThat(AtomicFiles.isLeftover(ours)).isFalse();
        assertThat(AtomicFiles.isLeftover(out.resolve(AtomicFiles.TEMP_PREFIX + ended.pid() + "-x.tmp"))).isTrue();
        assertThat(AtomicFiles.isLeftover(out.resolve(AtomicFiles.TEMP_PREFIX + "f164be21-cbae.tmp"))).isTrue();
        assertThat(AtomicFiles.isLeftover(out.resolve("run.json"))).isFalse();
    }
}
