package org.agendapack.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.agendapack.model.MetricRow;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.agendapack.output.AtomicFiles;
import org.agendapack.output.CsvOutput;
import org.agendapack.parse.MetricRows;
import org.agendapack.output.JsonOutput;
import org.agendapack.source.SourceException;

/**
 * Extracts every input in turn. A file that fails is reported with its reason and the run goes on; no output
 * file is written for it, and the outputs of the others are complete.
 */
public final class ExtractRun {

    /**
     * @param outputDir   where JSON files go (unless {@code stdout} is set)
     * @param includeText whether pages carry their text
     * @param stdout      where the single input's JSON goes instead of a file, or null
     */
    public record Options(Path outputDir, boolean includeText, OutputStream stdout) {
    }

    /** What happened to one input; {@code error} is null when it succeeded. */
    public record Outcome(InputFile input, Path output, Pack pack, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** Told about each input as it finishes. */
    public interface Listener {
        void finished(Outcome outcome);

        /** A file of the whole run (not of one input) could not be written. */
        void failedToWrite(Path file, String reason);
    }

    private ExtractRun() {
    }

    /** The run's tidy metrics file, in the output folder. */
    public static final String METRICS_FILE = "metrics.csv";

    public static List<Outcome> run(List<InputFile> inputs, Options options, Listener listener) {
        Map<Path, InputFile> claimed = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<MetricRow> metrics = new ArrayList<>();
        for (InputFile input : inputs) {
            Path output = options.stdout() == null
                    ? options.outputDir().resolve(input.relative() + ".json").normalize() : null;
            InputFile earlier = output == null ? null : claimed.putIfAbsent(output, input);
            Outcome outcome = earlier != null
                    ? new Outcome(input, null, null, "its output " + output + " is already taken by " + earlier.path())
                    : extractOne(input, output, options);
            outcomes.add(outcome);
            if (outcome.ok()) {
                metrics.addAll(MetricRows.of(outcome.pack()));
            }
            listener.finished(outcome);
        }
        if (options.stdout() == null && outcomes.stream().anyMatch(Outcome::ok)) {
            try {
                AtomicFiles.write(options.outputDir().resolve(METRICS_FILE), CsvOutput.metrics(metrics));
            } catch (IOException e) {
                listener.failedToWrite(options.outputDir().resolve(METRICS_FILE), e.getMessage());
            }
        }
        return outcomes;
    }

    /** {@code tables/<input file name>-<table id>.csv} beside the input's JSON. */
    static Path tableFile(Path json, InputFile input, Table table) {
        return json.resolveSibling("tables").resolve(input.path().getFileName() + "-" + table.id() + ".csv");
    }

    private static Outcome extractOne(InputFile input, Path output, Options options) {
        Pack pack;
        try {
            pack = PackExtractor.extract(input.path());
        } catch (SourceException e) {
            return new Outcome(input, null, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(input, null, null, "internal error while extracting: " + e);
        }
        byte[] json = JsonOutput.toBytes(options.includeText() ? pack : pack.withoutPageText());
        try {
            if (output == null) {
                options.stdout().write(json);
                options.stdout().flush();
            } else {
                AtomicFiles.write(output, json);
                for (Table table : pack.tables()) {
                    AtomicFiles.write(tableFile(output, input, table), CsvOutput.tableBytes(table));
                }
            }
        } catch (IOException e) {
            return new Outcome(input, null, null, "cannot write " + (output == null ? "standard output" : output)
                    + ": " + e.getMessage());
        }
        return new Outcome(input, output, pack, null);
    }
}
