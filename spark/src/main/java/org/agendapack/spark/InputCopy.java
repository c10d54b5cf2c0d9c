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

/**
 * An input copied from its file system (HDFS, S3, …) to a temporary folder on the executor's disk, under its own
 * name (which tells a text input from a PDF without its header), with the SHA-256 of its bytes taken on the way.
 * Closing it deletes the copy.
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

    static InputCopy of(String uri, Configuration configuration) throws IOException {
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(uri);
        FileSystem fileSystem = source.getFileSystem(configuration);
        Path folder = Files.createTempDirectory("agendapack-input-");
        Path file = folder.resolve(source.getName());
        MessageDigest digest = Sources.sha256Digest();
        try (InputStream in = fileSystem.open(source);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            delete(folder, file);
            throw e;
        }
        return new InputCopy(folder, file, HexFormat.of().formatHex(digest.digest()));
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
