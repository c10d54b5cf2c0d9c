package org.agendapack.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder Agendapack writes into, and the rule that what it writes stays inside it: below the folder, no
 * symbolic link is followed, whether it stands where a folder or where a file should be. The folder itself may be
 * a link (the user named it); only what lies below it is checked, one path component at a time, without following
 * links. A folder shared with others may hold links planted there, and a write through one would land anywhere.
 */
public final class OutputFolder {

    private final Path root;

    private OutputFolder(Path root) {
        this.root = root;
    }

    public static OutputFolder of(Path root) {
        return new OutputFolder(root.toAbsolutePath().normalize());
    }

    public Path root() {
        return root;
    }

    /**
     * Creates the folders from the output folder down to {@code directory}, none through a link, and checks each
     * again once made: another process may have put a link there in between.
     */
    public void createDirectories(Path directory) throws IOException {
        Files.createDirectories(root);
        Path current = root;
        for (Path name : below(directory)) {
            current = current.resolve(name);
            if (attributes(current) == null) {
                try {
                    Files.createDirectory(current);
                } catch (FileAlreadyExistsException e) {
                    // made meanwhile by another run: checked below like any folder found there
                }
            }
            checkDirectory(current);
        }
    }

    /** Checks that every component from the output folder down to {@code directory} is a folder, not a link. */
    public void checkDirectories(Path directory) throws IOException {
        Path current = root;
        for (Path name : below(directory)) {
            current = current.resolve(name);
            checkDirectory(current);
        }
    }

    /** Checks that a file to be written or replaced is not a link nor a folder (it may not exist yet). */
    public void checkFile(Path file) throws IOException {
        BasicFileAttributes attributes = attributes(inside(file));
        if (attributes != null && attributes.isSymbolicLink()) {
            throw CannotWrite.linkNotFollowed(file);
        }
        if (attributes != null && attributes.isDirectory()) {
            throw CannotWrite.isAFolder(file);
        }
    }

    /** Whether the path is a folder reached from the output folder through folders only, never a link. */
    public boolean isDirectory(Path directory) {
        try {
            checkDirectories(directory);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the path is a regular file (not a link) in a folder {@link #isDirectory} accepts. */
    public boolean isRegularFile(Path file) {
        Path inside = file.toAbsolutePath().normalize();
        return inside.getParent() != null && isDirectory(inside.getParent())
                && Files.isRegularFile(inside, LinkOption.NOFOLLOW_LINKS);
    }

    private void checkDirectory(Path directory) throws IOException {
        BasicFileAttributes attributes = attributes(directory);
        if (attributes == null) {
            throw new NoSuchFileException(directory.toString());
        }
        if (attributes.isSymbolicLink()) {
            throw CannotWrite.linkNotFollowed(directory);
        }
        if (!attributes.isDirectory()) {
            throw CannotWrite.notAFolder(directory);
        }
    }

    /** The names from the output folder down to the path, which must lie inside it (none for the folder). */
    private List<Path> below(Path path) throws IOException {
        Path inside = inside(path);
        List<Path> names = new ArrayList<>();
        root.relativize(inside).forEach(names::add);
        return inside.equals(root) ? List.of() : names;
    }

    private Path inside(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (!absolute.startsWith(root)) {
            throw CannotWrite.outside(absolute, root);
        }
        return absolute;
    }

    /** The path's own attributes, a link's rather than its target's; null when there is nothing there. */
    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
