package org.agendapack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.agendapack.batch.TableExtractor;
import org.agendapack.model.Table;
import org.agendapack.output.AtomicFiles;
import org.agendapack.output.CsvOutput;
import org.agendapack.output.JsonOutput;
import org.agendapack.source.PageOutOfRangeException;
import org.agendapack.source.PageSelection;
import org.agendapack.source.SourceException;
import org.agendapack.table.TableEngine;
import picocli.CommandLine.Command;
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

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A PDF, or a .txt/.md file.")
    Path file;

    @Option(names = {"-p", "--pages"}, paramLabel = "PAGES", defaultValue = "all",
            description = "Pages to read: all, or a list such as 1-3,7 (default: ${DEFAULT-VALUE}).")
    String pages;

    @Option(names = {"-a", "--area"}, paramLabel = "TOP,LEFT,BOTTOM,RIGHT",
            description = "Only this area of each page, in PDF points from the top-left corner.")
    String area;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (ruled tables, and tables of aligned words outside them), lattice or stream"
                    + " (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        TableEngine.Mode tableMode = parseMode();
        PageSelection pageSet = parsePages();
        double[] bounds = parseArea();
        if (!List.of("csv", "tsv", "json").contains(format.toLowerCase(Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(), "--format must be csv, tsv or json, not " + format);
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Table> tables;
        try {
            tables = TableExtractor.extract(file, pageSet, bounds, tableMode);
        } catch (PageOutOfRangeException e) {
            throw new ParameterException(spec.commandLine(), "--pages: " + e.getMessage());
        } catch (SourceException e) {
            err.println("agendapack: " + file + ": " + e.getMessage());
            return 1;
        }
        String text = render(tables);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            AtomicFiles.write(output, text.getBytes(StandardCharsets.UTF_8));
        }
        return 0;
    }

    private String render(List<Table> tables) {
        if (format.equalsIgnoreCase("json")) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("file", file.getFileName().toString());
            document.put("tables", tables);
            return new String(JsonOutput.toBytes(document), StandardCharsets.UTF_8);
        }
        boolean tabs = format.equalsIgnoreCase("tsv");
        return tables.stream().map(table -> CsvOutput.table(table, tabs)).collect(Collectors.joining("\n"));
    }

    private TableEngine.Mode parseMode() {
        try {
            return TableEngine.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--mode must be auto, lattice or stream, not " + mode);
        }
    }

    private PageSelection parsePages() {
        if (pages.equalsIgnoreCase("all")) {
            return PageSelection.ALL;
        }
        Set<Integer> set = new TreeSet<>();
        for (String part : pages.split(",")) {
            String[] range = part.strip().split("-");
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
                if (from < 1 || to < from || range.length > 2) {
                    throw new NumberFormatException(part);
                }
                for (int page = from; page <= to; page++) {
                    set.add(page);
                }
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--pages takes all or a list like 1-3,7, not " + pages);
            }
        }
        return PageSelection.of(set);
    }

    private double[] parseArea() {
        if (area == null) {
            return null;
        }
        try {
            double[] bounds = Arrays.stream(area.split(",")).map(String::strip).mapToDouble(Double::parseDouble)
                    .toArray();
            if (bounds.length != 4 || bounds[2] <= bounds[0] || bounds[3] <= bounds[1]) {
                throw new NumberFormatException(area);
            }
            return bounds;
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "--area takes top,left,bottom,right with bottom below top and right of left, not " + area);
        }
    }
}
