package org.agendapack.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Entry point of the {@code agendapack} command. */
public final class Main {

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command as the command line would, in this JVM, and gives its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        System.setProperty("agendapack.cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        CommandLine commandLine = new CommandLine(new AgendapackCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.getSubcommands().get(AgendapackCommand.COMPLETION).getCommandSpec().usageMessage().hidden(false);
        commandLine.setExecutionStrategy(parseResult -> {
            // before the first logger exists, so PDFBox (chatty about damaged fonts and files) logs at this level
            System.setProperty(LOG_LEVEL, verbose(parseResult) ? "warn" : "off");
            return new CommandLine.RunLast().execute(parseResult);
        });
        // a usage error is one line, as for other Unix tools; help says the rest
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine command = exception.getCommandLine();
            command.getErr().println("agendapack: " + exception.getMessage() + " (see "
                    + command.getCommandSpec().qualifiedName() + " --help)");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("agendapack: " + exception);
            return 1;
        });
        return commandLine;
    }

    /** Whether the command asked for {@code --verbose}, however it was written ({@code -v}, {@code -qv}). */
    static boolean verbose(ParseResult parseResult) {
        for (ParseResult command = parseResult; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
