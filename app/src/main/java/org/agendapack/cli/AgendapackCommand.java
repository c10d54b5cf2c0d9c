package org.agendapack.cli;

import picocli.AutoComplete.GenerateCompletion;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

@Command(name = "agendapack", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns UK local-government agenda packs (PDF or text) into JSON and CSV.",
        subcommands = {ExtractCommand.class, ItemsCommand.class, TablesCommand.class, SchemaCommand.class,
                HelpCommand.class, GenerateCompletion.class},
        synopsisSubcommandLabel = "COMMAND")
final class AgendapackCommand implements Runnable {

    /** The name of the command that prints the bash completion script. */
    static final String COMPLETION = "generate-completion";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is needed, such as extract");
    }
}
