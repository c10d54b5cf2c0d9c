package org.agendapack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendapack.batch.PackExtractor;
import org.agendapack.batch.StandardInput;
import org.agendapack.model.AgendaOverview;
import org.agendapack.model.Pack;
import org.agendapack.output.AgendaTable;
import org.agendapack.output.JsonOutput;
import org.agendapack.source.SourceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "items", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints a pack's agenda: each item's number, title, printed pages and the documents found.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the agenda was printed", "1:the file could not be read or is not an agenda pack",
                "2:usage error"})
final class ItemsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK",
            description = "An agenda pack: a PDF, or a .txt/.md conversion of one; - reads standard input.")
    Path pack;

    @Mixin
    PasswordOptions password;

    @Option(names = "--json", description = "Print the items as JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        String pdfPassword = password.password();
        PrintWriter err = spec.commandLine().getErr();
        Pack extracted;
        try {
            extracted = PackExtractor.extract(StandardInput.orFile(pack), pdfPassword);
        } catch (SourceException e) {
            err.println("agendapack: " + pack + ": " + e.getMessage());
            return 1;
        }
        if (!extracted.kind().equals("agenda_pack")) {
            err.println("agendapack: " + pack + ": not an agenda pack (it reads as " + extracted.kind() + ")");
            return 1;
        }
        List<AgendaOverview> items = AgendaOverview.of(extracted);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? new String(JsonOutput.toBytes(items), StandardCharsets.UTF_8) : AgendaTable.render(items));
        out.flush();
        return 0;
    }
}
