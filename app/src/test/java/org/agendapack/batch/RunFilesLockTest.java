package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.agendapack.output.OutputFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesLockTest {

    @TempDir
    Path dir;

    @Test
    void theLockFileMayBeTakenByWhoeverMayWriteTheFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxrwx---"));

        try (RunFilesLock lock = RunFilesLock.acquire(OutputFolder.of(out))) {
            assertThat(Files.getPosixFilePermissions(out.resolve(RunFilesLock.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-rw----"));
        }
        // taken again once released, from the file now there
        try (RunFilesLock lock = RunFilesLock.acquire(OutputFolder.of(out))) {
            assertThat(out.resolve(RunFilesLock.FILE)).exists();
        }
    }

    @Test
    void aLinkInPlaceOfTheLockFileIsNotFollowed() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path target = dir.resolve("elsewhere.lock");
        Files.createSymbolicLink(out.resolve(RunFilesLock.FILE), target);

        assertThatThrownBy(() -> RunFilesLock.acquire(OutputFolder.of(out)))
                .hasMessage(out.resolve(RunFilesLock.FILE) + " is a symbolic link; not followed");

        assertThat(target).doesNotExist();
    }
}
