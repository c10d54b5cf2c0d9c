package org.agendapack.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.agendapack.output.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints the JSON Schema (draft 2020-12) of an output: pack (each input's JSON, agendapack/1) "
                + "or run (run.json, agendapack-run/1).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the schema was printed", "2:usage error"})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME", defaultValue = "pack",
            description = "pack (default) or run.")
    String name;

    @Override
    public Integer call() {
        Optional<String> schema = Schemas.text(name);
        if (schema.isEmpty()) {
            // one line, as a script that asked for a schema needs no usage text to see what went wrong
            spec.commandLine().getErr().println("agendapack: schema: no schema " + name + "; the schemas are "
                    + String.join(" and ", Schemas.NAMES));
            return spec.exitCodeOnInvalidInput();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(schema.get());
        out.flush();
        return 0;
    }
}
