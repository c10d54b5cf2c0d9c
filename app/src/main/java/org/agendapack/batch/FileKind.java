package org.agendapack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Tells the files that are not to be opened: a FIFO or a device blocks or never ends when read, and a socket
 * cannot be opened at all, so such a file is refused before anything reads it.
 */
final class FileKind {

    private static final int TYPE_BITS = 0170000;

    private FileKind() {
    }

    /**
     * Why the file, which is not a regular file, a folder or a link, cannot be an input ("a FIFO, not a regular
     * file"); null for any other file, or one that is not there (reading it will say so).
     */
    static String refusal(Path file, LinkOption... options) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, options);
            return attributes.isOther() ? of(file, options) + ", not a regular file" : null;
        } catch (IOException e) {
            return null; // not there, or not to be looked at: reading it says so
        }
    }

    /** What a file that is neither a regular file, a folder nor a link is, from its mode where Java shows it. */
    private static String of(Path file, LinkOption... options) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode", options);
            return switch (mode & TYPE_BITS) {
                case 0010000 -> "a FIFO";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a device, FIFO or socket";
        }
    }
}
