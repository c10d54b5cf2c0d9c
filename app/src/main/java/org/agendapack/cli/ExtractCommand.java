package org.agendapack.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.agendapack.batch.ExtractRun;
import org.agendapack.batch.InputCollector;
import org.agendapack.batch.InputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Extracts each input (a PDF, or a .txt/.md conversion of one) to <name>.json.",
                "A directory stands for every .pdf, .txt and .md file below it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was extracted", "1:some input failed (the others were still written)",
                "2:usage error"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "PDF or text files, or directories of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "agendapack-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--stdout", description = "Write the JSON of the single input to standard output.")
    boolean stdout;

    @Option(names = "--no-text", description = "Leave the page text out of the JSON.")
    boolean noText;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print each file as it is done, and PDFBox's warnings.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<InputFile> files = InputCollector.collect(inputs);
        if (files.isEmpty()) {
            err.println("agendapack: no .pdf, .txt or .md files found in " + inputs);
            return 1;
        }
        if (stdout && files.size() != 1) {
            throw new ParameterException(spec.commandLine(),
                    "--stdout takes exactly one input file, but " + files.size() + " were given");
        }
        Reporter reporter = new Reporter(err, quiet, verbose);
        List<ExtractRun.Outcome> outcomes = ExtractRun.run(files,
                new ExtractRun.Options(output, !noText, stdout ? System.out : null), reporter);
        reporter.summary(outcomes);
        return outcomes.stream().allMatch(ExtractRun.Outcome::ok) ? 0 : 1;
    }
}
