package org.agendapack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.agendapack.batch.StandardInput;
import org.agendapack.batch.TableExtractor;
import org.agendapack.model.Table;
import org.agendapack.output.AtomicFiles;
import org.agendapack.output.CannotWrite;
import org.agendapack.output.CsvOutput;
import org.agendapack.output.JsonOutput;
import org.agendapack.source.PageOutOfRangeException;
import org.agendapack.source.PageSelection;
import org.agendapack.source.SourceException;
import org.agendapack.table.TableEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tables", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extracts the tables of any PDF (or text conversion), not only of packs.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the tables were written", "1:the file could not be read or the output written",
                "2:usage error"})
final class TablesCommand implements Callable<Integer> {

    /** How the tables are written. */
    enum Format {
        CSV, TSV, JSON
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A PDF, or a .txt/.md file; - reads standard input.")
    Path file;

    @Option(names = {"-p", "--pages"}, paramLabel = "PAGES", defaultValue = "all", converter = PageList.class,
            description = "Pages to read: all, or a list such as 1-3,7 (default: ${DEFAULT-VALUE}).")
    PageSelection pages;

    @Option(names = {"-a", "--area"}, paramLabel = "TOP,LEFT,BOTTOM,RIGHT", converter = PageArea.Converter.class,
            description = "Only this area of each page, in PDF points from the top-left corner.")
    PageArea area;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (ruled tables, and tables of aligned words outside them), lattice or stream"
                    + " (default: ${DEFAULT-VALUE}).")
    TableEngine.Mode mode;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write to this file instead of standard output (- is standard output).")
    Path output;

    @Mixin
    PasswordOptions password;

    @Override
    public Integer call() throws IOException {
        String pdfPassword = password.password();
        PrintWriter err = spec.commandLine().getErr();
        List<Table> tables;
        try {
            tables = TableExtractor.extract(StandardInput.orFile(file), pdfPassword, pages,
                    area == null ? null : area.bounds(), mode);
        } catch (PageOutOfRangeException e) {
            throw new ParameterException(spec.commandLine(), "--pages: " + e.getMessage());
        } catch (SourceException e) {
            err.println("agendapack: " + file + ": " + e.getMessage());
            return 1;
        }
        String text = render(tables);
        if (toStandardOutput()) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            try {
                AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.println("agendapack: cannot write " + output + ": " + CannotWrite.of(e).getMessage());
                return 1;
            }
        }
        return 0;
    }

    /** No output file, or {@code -}, which names standard output as it does for Unix tools. */
    private boolean toStandardOutput() {
        return output == null || output.toString().equals("-");
    }

    private String render(List<Table> tables) {
        if (format == Format.JSON) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("file", file.getFileName().toString());
            document.put("tables", tables);
            return new String(JsonOutput.toBytes(document), StandardCharsets.UTF_8);
        }
        boolean tabs = format == Format.TSV;
        return tables.stream().map(table -> CsvOutput.table(table, tabs)).collect(Collectors.joining("\n"));
    }
}
