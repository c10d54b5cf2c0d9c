package org.agendapack.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The password of encrypted PDFs, for every command that opens one. A password on the command line shows in
 * {@code ps} to every user of the machine, so it can also come from a file or the environment, which do not.
 */
final class PasswordOptions {

    static final String ENVIRONMENT = "AGENDAPACK_PASSWORD";

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password for encrypted PDFs (shown to other users by ps: prefer --password-file or "
                    + ENVIRONMENT + ").")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password for encrypted PDFs from the first line of FILE.")
    Path passwordFile;

    /** The password given: by {@code --password}, else {@code --password-file}, else the environment; or null. */
    String password() {
        if (password != null && passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "--password and --password-file cannot both be given");
        }
        if (password != null) {
            return password;
        }
        if (passwordFile != null) {
            return firstLine(passwordFile);
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment;
    }

    private String firstLine(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--password-file: cannot read " + file + ": "
                    + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }
}
