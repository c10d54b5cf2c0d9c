package org.agendapack.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private long entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    @Test
    void writesCreatingFoldersAndReplacesWithoutLeavingTemporaryFiles() throws Exception {
        Path target = dir.resolve("a/b/pack.pdf.json");

        AtomicFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("new");
        assertThat(entries(target.getParent())).isEqualTo(1);
        // readable by others as any file the user writes, not private like a temporary file
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(target))
                    .isEqualTo(Files.getPosixFilePermissions(Files.writeString(dir.resolve("plain"), "x")));
        }
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.createDirectories(dir.resolve("taken.json"));
        Files.writeString(target.resolve("inside"), "keep");

        assertThatThrownBy(() -> AtomicFiles.write(target, "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);

        assertThat(target.resolve("inside")).hasContent("keep");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void streamedContentIsWrittenWholeOrNotAtAll() throws Exception {
        Path target = dir.resolve("pack.pdf.json");
        AtomicFiles.write(target, out -> {
            out.write("{".getBytes(StandardCharsets.UTF_8));
            out.write("}\n".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(target).hasContent("{}\n");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("{}\n");
        assertThat(entries(dir)).isEqualTo(1);
    }
}
