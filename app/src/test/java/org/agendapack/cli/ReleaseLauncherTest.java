package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.agendapack.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive's launcher, as a user unpacks it ({@code bin/agendapack} beside {@code lib/agendapack.jar})
 * and links it into a folder on the PATH. The jar here names this build's classes instead of holding them.
 */
class ReleaseLauncherTest {

    private static final Path LAUNCHER = Path.of("src", "dist", "bin", "agendapack");

    @TempDir
    Path dir;

    private Path unpacked(boolean withJar) throws Exception {
        Path release = dir.resolve("agendapack-release");
        Path bin = Files.createDirectories(release.resolve("bin"));
        Files.copy(LAUNCHER, bin.resolve("agendapack"), StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(bin.resolve("agendapack"), PosixFilePermissions.fromString("rwxr-xr-x"));
        if (withJar) {
            writeJar(Files.createDirectories(release.resolve("lib")).resolve("agendapack.jar"));
        }
        Path onPath = Files.createDirectories(dir.resolve("on-path"));
        return Files.createSymbolicLink(onPath.resolve("agendapack"), bin.resolve("agendapack"));
    }

    /** A jar whose manifest runs the command line from this build's class path. */
    private static void writeJar(Path jar) throws Exception {
        StringJoiner classPath = new StringJoiner(" ");
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toUri().toString());
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString());
        try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }

    private record Ran(int exit, String stderr) {
    }

    private Ran run(Path launcher, String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(launcher.toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().remove("AGENDAPACK_JAR");
        builder.directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Path stderr = dir.resolve("stderr.txt");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the launcher ends").isTrue();
        return new Ran(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    @Test
    void theUnpackedLauncherRunsTheJarBesideItThroughALink() throws Exception {
        Path launcher = unpacked(true);
        Path sample = Samples.file("001", ".txt").toAbsolutePath();

        Ran ran = run(launcher, "extract", "-q", "-o", dir.resolve("out").toString(), sample.toString());

        assertThat(ran.exit()).as(ran.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("out").resolve(sample.getFileName() + ".json")))
                .contains("\"schema\": \"agendapack/1\"");
    }

    @Test
    void anUnpackedLauncherWithoutItsJarSaysWhereItLooked() throws Exception {
        Ran ran = run(unpacked(false), "--version");

        assertThat(ran.exit()).isEqualTo(2);
        assertThat(ran.stderr().strip()).startsWith("agendapack: no jar at ")
                .endsWith("agendapack-release/lib/agendapack.jar");
    }
}
