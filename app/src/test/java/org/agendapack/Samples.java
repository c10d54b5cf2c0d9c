package org.agendapack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The sample packs shipped in {@code samples/}: PDF reconstructions and their text conversions. */
public final class Samples {

    private Samples() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("agendapack.samples", "../samples")).toAbsolutePath().normalize();
    }

    public static Path file(String prefix, String extension) {
        return files(extension).stream().filter(path -> path.getFileName().toString().startsWith(prefix))
                .findFirst().orElseThrow(() -> new IllegalStateException("no sample " + prefix + "*" + extension));
    }

    public static List<Path> files(String extension) {
        try (Stream<Path> list = Files.list(dir())) {
            return list.filter(path -> path.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
