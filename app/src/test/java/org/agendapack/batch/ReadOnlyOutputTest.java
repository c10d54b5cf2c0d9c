package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendapack.Samples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run into a folder its user may not write: the message names the folder to fix and says "permission denied".
 * The superuser ignores mode bits, so under it the run is made as {@code nobody} (with {@code setpriv}), on a copy
 * of the class path that user can read.
 */
class ReadOnlyOutputTest {

    private static final Duration GUARD = Duration.ofMinutes(5);
    private static final List<String> AS_NOBODY = List.of("setpriv", "--reuid=65534", "--regid=65534",
            "--clear-groups");

    @TempDir
    Path dir;

    @Test
    void aReadOnlyOutputFolderIsNamedWithPermissionDenied() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path input = Files.copy(Samples.file("002", ".txt"), dir.resolve("minutes.txt"));
        Files.setPosixFilePermissions(input, PosixFilePermissions.fromString("rw-r--r--"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean root = "root".equals(System.getProperty("user.name"));
        Assumptions.assumeTrue(!root || onPath("setpriv"), "no way to run as a user the mode bits bind");

        CommandProcess.Result run = CommandProcess.run(GUARD, dir, environment -> { },
                root ? AS_NOBODY : List.of(), root ? readableClassPath() : System.getProperty("java.class.path"),
                "extract", "-q", input.toString(), "-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("cannot write " + out.resolve("minutes.txt.json"))
                .contains("permission denied (" + out + ")").doesNotContain(".tmp").doesNotContain("Exception");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    /** The class path copied where any user can read it. */
    private String readableClassPath() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("classpath"));
        List<String> entries = new ArrayList<>();
        int index = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path from = Path.of(entry);
            Path to = copy.resolve(index++ + "-" + from.getFileName());
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.toList()) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            entries.add(to.toString());
        }
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
                        Files.isDirectory(file) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }
}
