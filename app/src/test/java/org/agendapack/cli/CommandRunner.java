package org.agendapack.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in process and keeps what it printed. */
final class CommandRunner {

    final StringWriter err = new StringWriter();
    final StringWriter out = new StringWriter();

    int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setOut(new PrintWriter(out, true));
        return commandLine.execute(args);
    }
}
