package org.agendapack.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers only ever see the old content or the complete new content: the bytes go to a
 * temporary file beside the target, which is then renamed over it.
 */
public final class AtomicFiles {

    /** Temporary files start with this, so that an interrupted run's leftovers are recognisable. */
    public static final String TEMP_PREFIX = ".agendapack-";

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // created like any other file (not as a private temporary file), so the output gets the usual permissions
        Path temp = directory.resolve(TEMP_PREFIX + java.util.UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, content, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
