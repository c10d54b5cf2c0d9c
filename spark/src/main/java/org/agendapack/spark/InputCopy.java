package org.agendapack.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.agendapack.batch.StreamCopy;
import org.agendapack.source.Sources;
import org.agendapack.source.UnreadableInputException;
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

    private final StreamCopy copy;
    private final String sha256;

    private InputCopy(StreamCopy copy, String sha256) {
        this.copy = copy;
        this.sha256 = sha256;
    }

    /**
     * @throws IOException              when the input cannot be opened
     * @throws UnreadableInputException when it fails while it is read
     * @throws UncheckedIOException     when the copy cannot be written: the executor's disk, not the input
     */
    static InputCopy of(String uri, Configuration configuration) throws IOException, UnreadableInputException {
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
        FileSystem fileSystem = source.getFileSystem(configuration);
        MessageDigest digest = Sources.sha256Digest();
        try (InputStream in = new DigestInputStream(fileSystem.open(source), digest)) {
            StreamCopy copy = StreamCopy.of(in, source.getName(), localRoot());
            return new InputCopy(copy, HexFormat.of().formatHex(digest.digest()));
        }
    }

    /** Spark's local folder for the application where there is one (in an executor or a driver), else Java's. */
    private static Path localRoot() {
        if (SparkEnv.get() != null) {
            return Path.of(SparkFiles.getRootDirectory());
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    Path file() {
        return copy.file();
    }

    String sha256() {
        return sha256;
    }

    /** Deletes the copy; one that cannot be deleted is left to the executor's temporary folder's clean-up. */
    @Override
    public void close() {
        try {
            copy.close();
        } catch (UncheckedIOException e) {
            // nothing of the run depends on it
        }
    }
}
