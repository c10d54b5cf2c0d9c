package org.agendapack.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers only ever see the old content or the complete new content: the bytes go to a
 * temporary file beside the target, which is then renamed over it. A failure is a {@link CannotWrite}, whose
 * message names what the user can fix.
 */
public final class AtomicFiles {

    /** Temporary files start with this, so that an interrupted run's leftovers are recognisable. */
    public static final String TEMP_PREFIX = ".agendapack-";
    private static final String TEMP_SUFFIX = ".tmp";

    /** Writes a file's content to the stream it is given, as it is produced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A check made once the content is written, just before the rename. */
    @FunctionalInterface
    private interface Check {
        void run() throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes a file the user named, wherever it is (for files in an output folder, see the other forms). */
    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Streams the content into the temporary file, so a large output is never held whole in memory. */
    public static void write(Path target, Content content) throws IOException {
        if (Files.isDirectory(target)) {
            throw CannotWrite.isAFolder(target);
        }
        Path directory = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw CannotWrite.of(e);
        }
        replace(directory, target, content, () -> { });
    }

    public static void write(OutputFolder folder, Path target, byte[] content) throws IOException {
        write(folder, target, out -> out.write(content));
    }

    /**
     * Writes a file inside the output folder without following any link below it: the folders on the way are
     * made and checked, the target must not be a link, and both are checked again just before the rename.
     */
    public static void write(OutputFolder folder, Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().normalize().getParent();
        Check contained = () -> {
            folder.checkDirectories(directory);
            folder.checkFile(target);
        };
        try {
            folder.createDirectories(directory);
            folder.checkFile(target);
        } catch (IOException e) {
            throw CannotWrite.of(e);
        }
        replace(directory, target, content, contained);
    }

    /**
     * Makes a temporary folder in the output folder, named as a temporary file is (so the next run into the folder
     * removes it if this one is killed before it does).
     */
    public static Path createTempFolder(OutputFolder folder) throws IOException {
        Path temp = folder.root().resolve(tempName());
        try {
            folder.createDirectories(temp);
        } catch (IOException e) {
            throw CannotWrite.of(e);
        }
        return temp;
    }

    private static String tempName() {
        return TEMP_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + TEMP_SUFFIX;
    }

    private static void replace(Path directory, Path target, Content content, Check beforeRename)
            throws IOException {
        // created like any other file (not as a private temporary file), so the output gets the usual permissions
        Path temp = directory.resolve(tempName());
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS))) {
                content.writeTo(out);
            }
            beforeRename.run();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw CannotWrite.of(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the first failure is the one to tell; a leftover is removed by the next run into the folder
        }
    }

    /**
     * Whether a file (or folder) is a temporary one that nobody is writing any more: its name carries the process
     * that made it, so a run spares those of another run still writing into the same folder.
     */
    public static boolean isLeftover(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (!name.startsWith(TEMP_PREFIX) || !name.endsWith(TEMP_SUFFIX)) {
            return false;
        }
        String rest = name.substring(TEMP_PREFIX.length());
        int dash = rest.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true; // an older build's, named without its process
        }
    }
}
