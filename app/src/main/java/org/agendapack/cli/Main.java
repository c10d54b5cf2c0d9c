package org.agendapack.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of the {@code agendapack} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        // Must be set before the first logger exists; PDFBox is chatty about damaged fonts and files.
        boolean verbose = Arrays.stream(args).anyMatch(arg -> arg.equals("-v") || arg.equals("--verbose"));
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "warn" : "off");
        System.setProperty("agendapack.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        System.setProperty("agendapack.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        CommandLine commandLine = new CommandLine(new AgendapackCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("agendapack: " + exception);
            return 1;
        });
        return commandLine;
    }
}
