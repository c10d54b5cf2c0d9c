package org.agendapack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.agendapack.batch.ExtractRun;
import org.agendapack.batch.InputCollector;
import org.agendapack.batch.InputFile;
import org.agendapack.batch.OutputFormat;
import org.agendapack.batch.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extracts each input (a PDF, or a .txt/.md conversion of one) to <name>.json.",
                "A directory stands for every .pdf, .txt and .md file below it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted",
                "1:some input failed (the others were still written), or a run file could not be written",
                "2:usage error (such as an unknown --format)"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "PDF or text files, or directories of them; - reads standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "agendapack-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--stdout", description = "Write the JSON to standard output, not to files: one input's as it is,"
            + " several as JSON Lines (a compact pack a line, in input order).")
    boolean stdout;

    @Option(names = "--no-text", description = "Leave the page text out of the JSON.")
    boolean noText;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print each file as it is done, and PDFBox's warnings.")
    boolean verbose;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Files extracted at once (default: the number of"
            + " cores, ${DEFAULT-VALUE} here).", defaultValue = "${sys:agendapack.cores}")
    int jobs;

    @Mixin
    TimeLimitOption timeLimit;

    @Option(names = "--worker-memory", paramLabel = "SIZE", defaultValue = "512m", converter = Sizes.class,
            description = "Memory (heap) of each worker process, such as 512m or 2g (default: ${DEFAULT-VALUE}); a file"
                    + " that needs more fails as out of memory.")
    long workerMemory;

    @Option(names = "--fail-fast", description = "Stop at the first file that fails.")
    boolean failFast;

    @Mixin
    PasswordOptions password;

    @Option(names = "--incremental",
            description = "Skip inputs whose content and tool version match the previous run's run.json.")
    boolean incremental;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMATS", split = ",", defaultValue = "json",
            converter = OutputFormatConverter.class,
            description = "Any of json, csv, xlsx, sqlite, comma-separated: csv adds the run's CSV files, xlsx a"
                    + " workbook, sqlite a database; JSON is always written, unless --no-json"
                    + " (default: ${DEFAULT-VALUE}).")
    List<OutputFormat> formats;

    @Option(names = "--no-json", description = "Keep no JSON file per input (it is written to a temporary folder for"
            + " the other formats, then removed); needs csv, xlsx or sqlite in --format.")
    boolean noJson;

    @Option(names = "--follow-links",
            description = "In a folder, also follow links that lead outside it (skipped otherwise).")
    boolean followLinks;

    @Option(names = "--excel", description = "Start CSV files with a byte order mark, so Excel reads UTF-8.")
    boolean excel;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Set<OutputFormat> written = formatsWritten();
        String pdfPassword = password.password();
        List<InputFile> files = InputCollector.collect(inputs, followLinks);
        if (files.isEmpty()) {
            err.println("agendapack: no .pdf, .txt or .md files found in " + inputs);
            return 1;
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be 1 or more, not " + jobs);
        }
        long machine = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        if (workerMemory > machine) {
            // a worker could not even start: every file would fail the same way
            throw new ParameterException(spec.commandLine(), "--worker-memory " + Sizes.shown(workerMemory)
                    + " is more than this machine has (" + Sizes.shown(machine) + ")");
        }
        if (!stdout && Files.exists(output) && !Files.isDirectory(output)) {
            err.println("agendapack: cannot write to " + output + ": it is not a folder");
            return 1;
        }
        Reporter reporter = new Reporter(err, quiet, verbose, Terminal.stderr());
        ExtractRun.Options options = new ExtractRun.Options(output, !noText, stdout ? System.out : null, jobs,
                timeLimit.limit(), failFast, pdfPassword, incremental, written, excel, workerMemory);
        RunReport report = ExtractRun.run(files, options, reporter);
        reporter.summary(report);
        return report.failed() == 0 && reporter.wroteEverything() && report.entries().stream()
                .noneMatch(entry -> entry.status() == RunReport.Status.SKIPPED && !entry.hasOutput()) ? 0 : 1;
    }

    /**
     * The formats asked for, JSON among them unless {@code --no-json}; a run that would keep nothing but
     * {@code metrics.csv} (or, with {@code --stdout}, nothing at all) is a usage error.
     */
    private Set<OutputFormat> formatsWritten() {
        Set<OutputFormat> written = EnumSet.copyOf(formats);
        if (stdout && !noJson && !written.equals(EnumSet.of(OutputFormat.JSON))) {
            // standard output takes the JSON alone: a workbook or database asked for would silently not be written
            throw new ParameterException(spec.commandLine(), "--stdout writes the JSON only, so -f takes json alone"
                    + " with it, not " + formats.stream().map(format -> format.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(",")));
        }
        if (!noJson) {
            written.add(OutputFormat.JSON);
            return written;
        }
        if (stdout) {
            throw new ParameterException(spec.commandLine(), "--no-json cannot be used with --stdout");
        }
        written.remove(OutputFormat.JSON);
        if (written.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--no-json needs another format: -f csv, xlsx or sqlite");
        }
        return written;
    }
}
