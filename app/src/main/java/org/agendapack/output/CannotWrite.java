package org.agendapack.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Why a file could not be written, in words the user can act on: its message names the link that was not
 * followed, or the folder or file whose permission to change, never a temporary file (the user never sees one).
 */
public final class CannotWrite extends IOException {

    private CannotWrite(String reason, Throwable cause) {
        super(reason, cause);
    }

    static CannotWrite linkNotFollowed(Path path) {
        return new CannotWrite(path + " is a symbolic link; not followed", null);
    }

    static CannotWrite notAFolder(Path path) {
        return new CannotWrite(path + " is not a folder", null);
    }

    static CannotWrite isAFolder(Path path) {
        return new CannotWrite(path + " is a folder", null);
    }

    static CannotWrite outside(Path path, Path folder) {
        return new CannotWrite(path + " is outside the output folder " + folder, null);
    }

    /** The failure in the user's words (itself when it is already). */
    public static CannotWrite of(IOException e) {
        return e instanceof CannotWrite said ? said : new CannotWrite(reason(e), e);
    }

    /** {@code permission denied (/x/out)}, {@code no space left on device (/x/out/tables)}, … */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() == null ? "permission denied"
                    : "permission denied (" + toFix(Path.of(denied.getFile())) + ")";
        }
        if (e instanceof FileSystemException failed && failed.getFile() != null) {
            Path file = Path.of(failed.getFile());
            return (failed.getReason() != null ? failed.getReason().substring(0, 1).toLowerCase(Locale.ROOT)
                    + failed.getReason().substring(1) : what(failed)) + " (" + (temporary(file) ? file.getParent()
                    : file) + ")";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * What the user can change when permission is denied on a path: an existing folder, or an existing file that
     * is not writable, is itself to blame; otherwise (a file to create, rename or remove, a temporary file) the
     * folder it is in.
     */
    private static Path toFix(Path denied) {
        Path folder = denied.getParent() == null ? denied : denied.getParent();
        if (temporary(denied)) {
            return folder;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(denied, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isDirectory() || attributes.isRegularFile() && !Files.isWritable(denied) ? denied
                    : folder;
        } catch (IOException e) {
            return folder;
        }
    }

    private static boolean temporary(Path file) {
        return file.getFileName() != null && file.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX);
    }

    /** The Java exceptions that carry no reason of the system's, said plainly. */
    private static String what(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        } else if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        } else if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty is in the way";
        } else if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return "cannot be written";
    }
}
