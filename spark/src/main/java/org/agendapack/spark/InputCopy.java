package org.agendapack.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.agendapack.source.Sources;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkEnv;
import org.apache.spark.SparkFiles;

/**
 * An input copied from its file system (HDFS, S3, …) to a temporary folder on the executor's disk (Spark's local
 * folder for the application, under {@code spark.local.dir} or the container's own), under its own name (which
 * tells a text input from a PDF without its header), with the SHA-256 of its bytes taken on the way. Closing it
 * deletes the copy.
 */
final class InputCopy implements AutoCloseable {

    private final Path folder;
    private final Path file;
    private final String sha256;

    private InputCopy(Path folder, Path file, String sha256) {
        this.folder = folder;
        this.file = file;
        this.sha256 = sha256;
    }

    /** The executor's own disk failed (full, not writable): the machine's fault, not the input's. */
    static final class LocalDiskException extends IOException {

        private static final long serialVersionUID = 1L;

        LocalDiskException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * @throws LocalDiskException when the copy cannot be written
     * @throws IOException        when the input cannot be read
     */
    static InputCopy of(String uri, Configuration configuration) throws IOException {
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
        FileSystem fileSystem = source.getFileSystem(configuration);
        Path folder;
        try {
            folder = Files.createTempDirectory(localRoot(), "agendapack-input-");
        } catch (IOException e) {
            throw new LocalDiskException(e);
        }
        Path file = folder.resolve(source.getName());
        MessageDigest digest = Sources.sha256Digest();
        try (InputStream in = fileSystem.open(source); OutputStream out = local(file, digest)) {
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                write(out, buffer, read);
            }
        } catch (IOException | RuntimeException e) {
            delete(folder, file);
            throw e;
        }
        return new InputCopy(folder, file, HexFormat.of().formatHex(digest.digest()));
    }

    /** Spark's local folder for the application where there is one (in an executor or a driver), else Java's. */
    private static Path localRoot() {
        if (SparkEnv.get() != null) {
            return Path.of(SparkFiles.getRootDirectory());
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static OutputStream local(Path file, MessageDigest digest) throws LocalDiskException {
        try {
            return new DigestOutputStream(Files.newOutputStream(file), digest);
        } catch (IOException e) {
            throw new LocalDiskException(e);
        }
    }

    private static void write(OutputStream out, byte[] buffer, int length) throws LocalDiskException {
        try {
            out.write(buffer, 0, length);
        } catch (IOException e) {
            throw new LocalDiskException(e);
        }
    }

    Path file() {
        return file;
    }

    String sha256() {
        return sha256;
    }

    /** Deletes the copy; one that cannot be deleted is left to the executor's temporary folder's clean-up. */
    @Override
    public void close() {
        try {
            delete(folder, file);
        } catch (IOException e) {
            // nothing of the run depends on it
        }
    }

    private static void delete(Path folder, Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(folder);
    }
}
