package org.agendapack.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.agendapack.source.UnreadableInputException;

/**
 * A stream copied to a temporary file under the name it was given, since the pipeline reads files (PDFBox reads
 * a PDF from disk, not from memory) and takes the name for the one recorded and for the format of an input that
 * is not a PDF. Closing it deletes the copy.
 */
public final class StreamCopy implements AutoCloseable {

    private final Path folder;
    private final Path file;

    private StreamCopy(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** Copies the stream to Java's temporary folder, as {@link #of(InputStream, String, Path)} does. */
    public static StreamCopy of(InputStream input, String name) throws UnreadableInputException {
        return of(input, name, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Copies the stream, leaving it open, to a new folder below {@code under}. A stream that fails to be read is
     * the input's fault and is unreadable; a temporary file that cannot be written is the machine's, an
     * {@link UncheckedIOException}.
     */
    public static StreamCopy of(InputStream input, String name, Path under) throws UnreadableInputException {
        String fileName = fileName(name);
        Path folder = temporaryFolder(under);
        Path file = folder.resolve(fileName);
        StreamCopy copy = new StreamCopy(folder, file);
        try (OutputStream out = Files.newOutputStream(file)) {
            transfer(input, out);
        } catch (IOException e) {
            copy.close();
            throw new UncheckedIOException("cannot write a temporary copy of " + fileName, e);
        } catch (UnreadableInputException | RuntimeException e) {
            copy.close();
            throw e;
        }
        return copy;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary copy " + file, e);
        }
    }

    /** The last part of the name, so that a path given as a name cannot lead out of the temporary folder. */
    private static String fileName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (last.isBlank() || last.equals(".") || last.equals("..")) {
            throw new IllegalArgumentException("not a file name: \"" + name + "\"");
        }
        try {
            return Path.of(last).getFileName().toString();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a file name here: \"" + name + "\"", e);
        }
    }

    private static Path temporaryFolder(Path under) {
        try {
            return Files.createTempDirectory(under, "agendapack-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder", e);
        }
    }

    private static void transfer(InputStream input, OutputStream out) throws IOException, UnreadableInputException {
        byte[] buffer = new byte[1 << 16];
        while (true) {
            int read;
            try {
                read = input.read(buffer);
            } catch (IOException e) {
                throw new UnreadableInputException("cannot read: " + e.getMessage(), e);
            }
            if (read < 0) {
                return;
            }
            out.write(buffer, 0, read);
        }
    }
}
