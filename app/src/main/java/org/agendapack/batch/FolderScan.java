package org.agendapack.batch;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.agendapack.source.FileNames;
import org.agendapack.source.Sources;

/**
 * The inputs below one folder: every {@code .pdf}, {@code .txt} and {@code .md} file, in name order, each with
 * its path under the folder. Links are followed while they stay inside the folder (a link back to a folder
 * above is walked once); one that leads outside it is skipped with that reason unless links are to be
 * followed anywhere. A FIFO, device or socket is never opened: it is skipped with what it is. Hidden files
 * and README files, which describe a folder rather than belong to it, are left out.
 */
final class FolderScan extends SimpleFileVisitor<Path> {

    static final String LEAVES = "a link that leaves the folder: --follow-links follows it";

    private final Path root;
    private final Path realRoot;
    private final boolean followLinks;
    private final List<InputFile> found = new ArrayList<>();

    private FolderScan(Path root, boolean followLinks) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
        this.followLinks = followLinks;
    }

    static List<InputFile> of(Path root, boolean followLinks) throws IOException {
        FolderScan scan = new FolderScan(root, followLinks);
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, scan);
        scan.found.sort(Comparator.comparing(InputFile::path));
        return scan.found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        if (!dir.equals(root) && leaves(dir)) {
            found.add(skipped(dir, LEAVES));
            return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
    }

    /** The attributes are the link's target's, or the link's own when it leads nowhere. */
    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        if (!isSearchedInput(file)) {
            return FileVisitResult.CONTINUE;
        }
        if (leaves(file)) {
            found.add(skipped(file, LEAVES));
        } else if (attributes.isRegularFile()) {
            found.add(new InputFile(file, relative(file)));
        } else if (attributes.isSymbolicLink()) {
            found.add(skipped(file, "a link to a file that is not there"));
        } else if (attributes.isOther()) {
            found.add(skipped(file, FileKind.refusal(file)));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof FileSystemLoopException) {
            return FileVisitResult.CONTINUE; // a link to a folder the walk is already in
        }
        throw e;
    }

    /** Whether the path is a link whose target (at the end of any chain of links) is outside the folder. */
    private boolean leaves(Path path) throws IOException {
        if (followLinks || !Files.isSymbolicLink(path)) {
            return false;
        }
        try {
            return !path.toRealPath().startsWith(realRoot);
        } catch (NoSuchFileException e) {
            return false; // a link to nothing, told as such
        }
    }

    private InputFile skipped(Path path, String reason) {
        return new InputFile(path, relative(path), new InputFile.Refusal(false, reason));
    }

    /** The path under the folder as a name this JVM can write (see {@link FileNames}). */
    private Path relative(Path path) {
        return Path.of(FileNames.text(root.relativize(path)));
    }

    private static boolean isSearchedInput(Path path) {
        return Sources.isFolderInput(path.getFileName().toString());
    }
}
