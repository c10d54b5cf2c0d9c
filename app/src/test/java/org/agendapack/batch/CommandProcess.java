package org.agendapack.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the {@code agendapack} command line in a JVM of its own, as a user or a nightly job would, so that a
 * test sees the real exit code and standard error whatever the batch does inside (threads or worker
 * processes), and a run that never ends is stopped, with everything it started, when the guard runs out.
 */
public final class CommandProcess {

    /**
     * @param ended    whether the run ended before the guard ran out
     * @param exitCode the exit code, or -1 if the run had to be stopped
     * @param stderr   what it printed on standard error
     * @param stdout   what it printed on standard output
     */
    public record Result(boolean ended, int exitCode, String stderr, String stdout) {
    }

    private CommandProcess() {
    }

    public static Result run(Duration guard, Path workDir, String... arguments)
            throws IOException, InterruptedException {
        return run(guard, workDir, environment -> { }, arguments);
    }

    /** The same, with the command's environment changed first (without a locale, say, as under cron). */
    public static Result run(Duration guard, Path workDir, Consumer<Map<String, String>> environment,
                             String... arguments) throws IOException, InterruptedException {
        return run(guard, workDir, environment, List.of(), System.getProperty("java.class.path"), arguments);
    }

    /** The same, with standard input read from the file {@code stdin}, as {@code agendapack ... < stdin} does. */
    public static Result run(Duration guard, Path workDir, Path stdin, Consumer<Map<String, String>> environment,
                             String... arguments) throws IOException, InterruptedException {
        return run(guard, workDir, environment, List.of(), System.getProperty("java.class.path"),
                ProcessBuilder.Redirect.from(stdin.toFile()), arguments);
    }

    /**
     * The same, the JVM started through {@code prefix} (such as a command that runs it as another user) on the given
     * class path.
     */
    static Result run(Duration guard, Path workDir, Consumer<Map<String, String>> environment, List<String> prefix,
                      String classPath, String... arguments) throws IOException, InterruptedException {
        return run(guard, workDir, environment, prefix, classPath, ProcessBuilder.Redirect.PIPE, arguments);
    }

    private static Result run(Duration guard, Path workDir, Consumer<Map<String, String>> environment,
                              List<String> prefix, String classPath, ProcessBuilder.Redirect stdin,
                              String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                "org.agendapack.cli.Main"));
        command.addAll(List.of(arguments));
        Path stderr = Files.createTempFile(workDir, "stderr", ".log");
        Path stdout = Files.createTempFile(workDir, "stdout", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(stdin).redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        environment.accept(builder.environment());
        Process process = builder.start();
        if (stdin == ProcessBuilder.Redirect.PIPE) {
            process.getOutputStream().close(); // nothing to read: a command that reads standard input sees its end
        }
        boolean ended = process.waitFor(guard.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        return new Result(ended, ended ? process.exitValue() : -1, Files.readString(stderr, StandardCharsets.UTF_8),
                Files.readString(stdout, StandardCharsets.UTF_8));
    }
}
