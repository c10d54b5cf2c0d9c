package org.agendapack.cli;

import picocli.CommandLine.Command;

@Command(name = "agendapack", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns UK local-government agenda packs (PDF or text) into JSON and CSV.",
        subcommands = {ExtractCommand.class, ItemsCommand.class, TablesCommand.class, SchemaCommand.class},
        synopsisSubcommandLabel = "COMMAND")
final class AgendapackCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is needed, such as extract");
    }
}
