package org.agendapack.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails says why in words the user can act on: "permission denied" and the folder or file whose
 * permission to change, never a temporary file's name.
 */
class PermissionErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aTemporaryFileDeniedNamesItsFolder() {
        Path out = dir.resolve("out");
        IOException denied = new AccessDeniedException(out.resolve(AtomicFiles.TEMP_PREFIX + "1-2.tmp").toString());

        assertThat(CannotWrite.of(denied)).hasMessage("permission denied (" + out + ")");
    }

    @Test
    void aRenameDeniedNamesTheFolderNotTheTemporaryFile() {
        Path out = dir.resolve("out");
        IOException denied = new AccessDeniedException(out.resolve(AtomicFiles.TEMP_PREFIX + "1-2.tmp").toString(),
                out.resolve("a.pdf.json").toString(), null);

        assertThat(CannotWrite.of(denied).getMessage()).isEqualTo("permission denied (" + out + ")")
                .doesNotContain(AtomicFiles.TEMP_PREFIX);
    }

    @Test
    void aFolderThatCannotBeMadeNamesTheFolderItGoesIn() {
        Path out = dir.resolve("out");

        assertThat(CannotWrite.of(new AccessDeniedException(out.resolve("tables").toString())))
                .hasMessage("permission denied (" + out + ")");
    }

    @Test
    void anExistingFolderDeniedNamesItself() throws IOException {
        Path tables = Files.createDirectories(dir.resolve("out/tables"));

        assertThat(CannotWrite.of(new AccessDeniedException(tables.toString())))
                .hasMessage("permission denied (" + tables + ")");
    }

    @Test
    void otherSystemErrorsAreSaidWithTheFolderToo() {
        Path out = dir.resolve("out");
        IOException full = new FileSystemException(out.resolve(AtomicFiles.TEMP_PREFIX + "1-2.tmp").toString(), null,
                "No space left on device");

        assertThat(CannotWrite.of(full)).hasMessage("no space left on device (" + out + ")");
    }

    @Test
    void aReadOnlyFolderSaysPermissionDenied() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // the superuser ignores the mode bits: the message itself is covered by the tests above
            Assumptions.assumeFalse(canWrite(out), "the mode bits cannot deny this user");
            OutputFolder folder = OutputFolder.of(out);

            assertThatThrownBy(() -> AtomicFiles.write(folder, out.resolve("a.pdf.json"),
                    "{}".getBytes(StandardCharsets.UTF_8))).hasMessage("permission denied (" + out + ")");
            assertThatThrownBy(() -> AtomicFiles.write(folder, out.resolve("tables/a.pdf-t1.csv"),
                    "x".getBytes(StandardCharsets.UTF_8))).hasMessage("permission denied (" + out + ")");
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean canWrite(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
