package org.agendapack.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.agendapack.output.AtomicFiles;
import org.agendapack.output.CsvExports;
import org.agendapack.output.JsonOutput;
import org.agendapack.source.SourceException;
import org.agendapack.source.Sources;

/**
 * Extracts many inputs with a pool of workers, one pack per worker at a time. A file that fails, or runs over
 * its time limit, is reported with its reason and the run goes on (unless it should stop at the first
 * failure); no output file is written for it, and every output written is complete: files are written to a
 * temporary name and renamed. The run report {@code run.json} is rewritten after each file, so an
 * interrupted run can be taken up again with {@code incremental}.
 */
public final class ExtractRun {

    /** The run's tidy metrics file, in the output folder. */
    public static final String METRICS_FILE = "metrics.csv";
    private static final long POLL_MILLIS = 20;

    /**
     * @param outputDir   where outputs go (unless {@code stdout} is set)
     * @param includeText whether pages carry their text
     * @param stdout      where the single input's JSON goes instead of a file, or null
     * @param jobs        how many files are extracted at once
     * @param timeout     the time limit for one file
     * @param failFast    stop at the first failure
     * @param password    the password for encrypted PDFs, or null
     * @param incremental skip inputs whose content and tool version match the previous run's report
     * @param csv         also write the run's CSV files
     * @param excel       start CSV files with a byte order mark, for spreadsheets
     */
    public record Options(Path outputDir, boolean includeText, OutputStream stdout, int jobs, Duration timeout,
                          boolean failFast, String password, boolean incremental, boolean csv, boolean excel) {

        public static Options defaults(Path outputDir) {
            return new Options(outputDir, true, null, 1, Duration.ofSeconds(120), false, null, false, false, false);
        }
    }

    /** Told about each input as it starts and finishes. */
    public interface Listener {
        void started(InputFile input);

        void finished(RunReport.Entry entry, int done, int total);

        /** A file of the whole run (not of one input) could not be written. */
        void failedToWrite(Path file, String reason);
    }

    private ExtractRun() {
    }

    public static RunReport run(List<InputFile> inputs, Options options, Listener listener) {
        boolean files = options.stdout() == null;
        if (files) {
            removeLeftovers(options.outputDir());
        }
        Map<String, RunReport.Entry> previous = files && options.incremental()
                ? RunReport.read(options.outputDir()).byInput() : Map.of();
        RunReport.Entry[] entries = new RunReport.Entry[inputs.size()];
        CsvExports exports = new CsvExports(inputs.size());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.jobs()), runnable -> {
            Thread thread = new Thread(runnable, "agendapack-worker");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Pack>> futures = new ArrayList<>();
        // written by the workers, read by the coordinator
        AtomicLongArray started = new AtomicLongArray(inputs.size());
        boolean stopped = false;
        try {
            for (int i = 0; i < inputs.size(); i++) {
                InputFile input = inputs.get(i);
                RunReport.Entry skip = skipped(input, previous.get(input.relative().toString()), options);
                if (skip != null) {
                    entries[i] = skip;
                    futures.add(null);
                    continue;
                }
                int index = i;
                futures.add(pool.submit(() -> {
                    started.set(index, System.nanoTime());
                    listener.started(input);
                    return PackExtractor.extract(input.path(), options.password());
                }));
            }
            int done = 0;
            for (int i = 0; i < inputs.size(); i++) {
                if (entries[i] != null) {
                    exports.add(i, reread(entries[i], options));
                    listener.finished(entries[i], ++done, inputs.size());
                }
            }
            while (done < inputs.size()) {
                boolean progress = false;
                for (int i = 0; i < inputs.size(); i++) {
                    if (entries[i] != null) {
                        continue;
                    }
                    Future<Pack> future = futures.get(i);
                    RunReport.Entry entry = stopped ? RunReport.Entry.skipped(inputs.get(i),
                            "not run: an earlier file failed and the run stops at the first failure")
                            : collect(inputs.get(i), future, started.get(i), options, exports, i);
                    if (entry == null) {
                        continue;
                    }
                    if (stopped) {
                        future.cancel(true);
                    }
                    entries[i] = entry;
                    // the pack is written and its rows kept: let it go
                    futures.set(i, null);
                    progress = true;
                    listener.finished(entry, ++done, inputs.size());
                    stopped |= options.failFast() && entry.status() == RunReport.Status.FAILED;
                    if (files) {
                        writeReport(options, entries, listener);
                    }
                }
                if (!progress) {
                    sleep();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        RunReport report = RunReport.of(List.of(entries));
        if (files && report.entries().stream().anyMatch(RunReport.Entry::hasOutput)) {
            writeRunFiles(options, exports, listener);
        }
        return report;
    }

    /** The entry of a finished (or overdue) file, its outputs written; null while it is still running. */
    private static RunReport.Entry collect(InputFile input, Future<Pack> future, long startedAt, Options options,
                                           CsvExports exports, int index) {
        long now = System.nanoTime();
        if (!future.isDone()) {
            boolean overdue = startedAt != 0 && now - startedAt > options.timeout().toNanos();
            if (!overdue) {
                return null;
            }
            future.cancel(true);
            return RunReport.Entry.failed(input, "took longer than the time limit of " + seconds(options.timeout())
                    + "s", seconds(now - startedAt));
        }
        double took = startedAt == 0 ? 0 : (now - startedAt) / 1e9;
        Pack pack;
        try {
            pack = future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof SourceException ? cause.getMessage()
                    : "internal error while extracting: " + cause;
            return RunReport.Entry.failed(input, reason, took);
        } catch (InterruptedException | java.util.concurrent.CancellationException e) {
            Thread.currentThread().interrupt();
            return RunReport.Entry.failed(input, "interrupted", took);
        }
        Path output = options.stdout() == null ? outputOf(options, input) : null;
        try {
            write(pack, input, output, options);
        } catch (IOException e) {
            return RunReport.Entry.failed(input, "cannot write " + (output == null ? "standard output" : output)
                    + ": " + e.getMessage(), took);
        }
        exports.add(index, pack);
        return RunReport.Entry.extracted(input, output, pack, took);
    }

    private static void write(Pack pack, InputFile input, Path output, Options options) throws IOException {
        Pack json = options.includeText() ? pack : pack.withoutPageText();
        if (output == null) {
            JsonOutput.write(json, options.stdout());
            options.stdout().flush();
            return;
        }
        AtomicFiles.write(output, out -> JsonOutput.write(json, out));
        for (Table table : pack.tables()) {
            AtomicFiles.write(tableFile(output, input, table), CsvExports.withBom(
                    org.agendapack.output.CsvOutput.tableBytes(table), options.excel()));
        }
    }

    /** {@code tables/<input file name>-<table id>.csv} beside the input's JSON. */
    static Path tableFile(Path json, InputFile input, Table table) {
        return json.resolveSibling("tables").resolve(input.path().getFileName() + "-" + table.id() + ".csv");
    }

    static Path outputOf(Options options, InputFile input) {
        return options.outputDir().resolve(input.relative() + ".json").normalize();
    }

    /** A file the previous run extracted, unchanged since, with its output still there, is skipped. */
    private static RunReport.Entry skipped(InputFile input, RunReport.Entry before, Options options) {
        if (before == null || !before.hasOutput() || !RunReport.TOOL_VERSION.equals(before.toolVersion())
                || !Files.exists(outputOf(options, input))) {
            return null;
        }
        try {
            if (!Sources.sha256(input.path()).equals(before.sha256())) {
                return null;
            }
        } catch (SourceException e) {
            return null;
        }
        return before.asSkipped();
    }

    /** The pack of a skipped file, read back from its JSON for the run's CSV files; null if it cannot be. */
    private static Pack reread(RunReport.Entry entry, Options options) {
        if (options.stdout() != null) {
            return null;
        }
        try {
            return JsonOutput.read(options.outputDir().resolve(entry.output()));
        } catch (IOException e) {
            return null;
        }
    }

    private static void writeReport(Options options, RunReport.Entry[] entries, Listener listener) {
        Path file = options.outputDir().resolve(RunReport.FILE);
        try {
            AtomicFiles.write(file, JsonOutput.toBytes(RunReport.of(Stream.of(entries)
                    .filter(java.util.Objects::nonNull).toList())));
        } catch (IOException e) {
            listener.failedToWrite(file, e.getMessage());
        }
    }

    private static void writeRunFiles(Options options, CsvExports exports, Listener listener) {
        Map<String, byte[]> files = exports.files(options.csv());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = options.outputDir().resolve(file.getKey());
            try {
                AtomicFiles.write(path, CsvExports.withBom(file.getValue(), options.excel()));
            } catch (IOException e) {
                listener.failedToWrite(path, e.getMessage());
            }
        }
    }

    /** Temporary files an interrupted run left behind; complete outputs are kept. */
    private static void removeLeftovers(Path outputDir) {
        if (!Files.isDirectory(outputDir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(outputDir)) {
            for (Path path : walk.filter(path -> path.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
                    .toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // leftovers are harmless: they never have an output's name
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
