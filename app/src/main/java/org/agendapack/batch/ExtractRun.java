package org.agendapack.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.agendapack.model.Pack;
import org.agendapack.output.AtomicFiles;
import org.agendapack.output.CsvExports;
import org.agendapack.output.JsonOutput;
import org.agendapack.output.OutputFolder;
import org.agendapack.source.FileNames;
import org.agendapack.source.SourceException;
import org.agendapack.source.Sources;

/**
 * Extracts many inputs in worker processes under a watchdog ({@link WorkerPool}), one file per worker at a
 * time; a single small file runs in this process, which spares a worker's start. A file that fails, runs over
 * its time limit or kills its worker is reported with its reason and the run goes on (unless it should stop at
 * the first failure); no output file is written for it, and every output written is complete. Each finished
 * file is appended to the run's journal; {@code run.json} is written at the end, merged with the entries of
 * earlier runs into the same folder, and so are the run's CSV files.
 */
public final class ExtractRun {

    /** The run's tidy metrics file, in the output folder. */
    public static final String METRICS_FILE = "metrics.csv";
    /** A single input up to this size runs in this process rather than in a worker. */
    static final long IN_PROCESS_BYTES = 8L << 20;

    /**
     * @param outputDir    where outputs go (unless {@code stdout} is set)
     * @param includeText  whether pages carry their text
     * @param stdout       where the single input's JSON goes instead of a file, or null
     * @param jobs         how many files are extracted at once (and threads for the pages of fewer files)
     * @param timeout      the time limit for one file
     * @param failFast     stop at the first failure
     * @param password     the password for encrypted PDFs, or null
     * @param incremental  skip inputs whose content and tool version match the previous run's report
     * @param formats      what to write: {@link OutputFormat#JSON} each input's JSON (without it, the JSON goes to a
     *                     temporary folder in the output folder for the other formats and is removed at the end),
     *                     {@code CSV} the run's CSV files, {@code XLSX} its workbook, {@code SQLITE} its database
     * @param excel        start CSV files with a byte order mark, for spreadsheets
     * @param workerMemory the heap limit of each worker process, in bytes
     */
    public record Options(Path outputDir, boolean includeText, OutputStream stdout, int jobs, Duration timeout,
                          boolean failFast, String password, boolean incremental, Set<OutputFormat> formats,
                          boolean excel, long workerMemory) {

        public static final long DEFAULT_WORKER_MEMORY = 512L << 20;

        public Options {
            formats = Set.copyOf(formats);
        }

        public static Options defaults(Path outputDir) {
            return new Options(outputDir, true, null, 1, Duration.ofSeconds(120), false, null, false,
                    Set.of(OutputFormat.JSON), false, DEFAULT_WORKER_MEMORY);
        }

        public boolean writes(OutputFormat format) {
            return formats.contains(format);
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
        Map<String, RunReport.Entry> earlier = files ? RunJournal.earlierEntries(options.outputDir()) : Map.of();
        if (files) {
            removeLeftovers(options.outputDir());
        }
        Progress progress = new Progress(inputs, options, listener, files ? RunJournal.in(options.outputDir()) : null);
        List<Integer> toExtract = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputFile input = inputs.get(i);
            if (input.refusal() != null) {
                refuse(progress, i, input);
                continue;
            }
            RunReport.Entry skip = options.incremental() ? unchanged(input, earlier.get(input.relative().toString()),
                    options) : null;
            if (skip != null) {
                progress.skipped(i, skip, reread(options.outputDir().resolve(skip.output())));
            } else {
                toExtract.add(i);
            }
        }
        // with fewer files than jobs, each file's pages are read with the threads left over
        int threads = toExtract.isEmpty() ? 1
                : Math.max(1, options.jobs() / Math.min(options.jobs(), toExtract.size()));
        Path stdoutDir = null;
        Path jsonDir = options.outputDir();
        try {
            if (!files) {
                stdoutDir = Files.createTempDirectory("agendapack-");
            } else if (!options.writes(OutputFormat.JSON)) {
                jsonDir = AtomicFiles.createTempFolder(OutputFolder.of(options.outputDir()));
            }
            List<FileJob> jobs = new ArrayList<>(Collections.nCopies(inputs.size(), null));
            for (int i : toExtract) {
                try {
                    jobs.set(i, job(inputs.get(i), i, options, threads, stdoutDir, jsonDir));
                } catch (InvalidPathException e) {
                    progress.finished(i, FileResult.failed(Failure.UNREADABLE, "a file name that cannot be used: "
                            + e.getReason()), 0);
                }
            }
            if (toExtract.size() == 1 && fitsInProcess(inputs.get(toExtract.get(0)))) {
                Warmup.inBackground();
                InProcessRunner.run(jobs, options.timeout(), progress);
            } else if (!toExtract.isEmpty()) {
                new WorkerPool(WorkerCommand.of(options.workerMemory()), options.jobs(), options.timeout())
                        .run(jobs, progress);
            }
            if (!files) {
                progress.copyToStdout(jobs);
            }
        } catch (IOException e) {
            listener.failedToWrite(stdoutDir == null ? jsonDir : Path.of(System.getProperty("java.io.tmpdir")),
                    e.getMessage());
        } finally {
            deleteQuietly(stdoutDir);
        }
        progress.notRun();
        RunReport report = RunReport.of(progress.entries());
        if (files) {
            writeRunFiles(report, progress, options, jsonDir, listener);
        }
        if (!jsonDir.equals(options.outputDir())) {
            deleteQuietly(jsonDir);
        }
        return report;
    }

    /** An input refused before it is opened: found by a folder scan it is skipped; named, it fails. */
    private static void refuse(Progress progress, int index, InputFile input) {
        if (input.refusal().failed()) {
            progress.finished(index, FileResult.failed(Failure.UNREADABLE, input.refusal().reason()), 0);
        } else {
            progress.skipped(index, RunReport.Entry.skipped(input, input.refusal().reason()), null);
        }
    }

    /**
     * The job of one input: its JSON goes where {@link #outputOf} says (or, when JSON is not kept, in the same
     * place under the run's temporary folder), with its tables beside it; for {@code --stdout}, to a temporary
     * file (copied out once it is whole), without tables.
     */
    private static FileJob job(InputFile input, int index, Options options, int threads, Path stdoutDir,
                               Path jsonDir) {
        Path output = stdoutDir == null ? jsonOf(jsonDir, input.relative().toString())
                : stdoutDir.resolve(index + ".json");
        Path folder = stdoutDir == null ? options.outputDir() : stdoutDir;
        return new FileJob(FileNames.uri(input.path()), output.toString(), folder.toString(), options.includeText(),
                options.password(), options.excel(), stdoutDir == null, threads);
    }

    private static boolean fitsInProcess(InputFile input) {
        try {
            return Files.size(input.path()) <= IN_PROCESS_BYTES;
        } catch (IOException e) {
            return true; // the extraction reports why it cannot be read
        }
    }

    static Path outputOf(Options options, InputFile input) {
        return jsonOf(options.outputDir(), input.relative().toString());
    }

    private static Path jsonOf(Path folder, String input) {
        return folder.resolve(input + ".json").normalize();
    }

    /** A file the previous run extracted, unchanged since, with its output still there, is skipped. */
    private static RunReport.Entry unchanged(InputFile input, RunReport.Entry before, Options options) {
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

    /** The rows of a pack extracted before, read back from its JSON; none if it cannot be read. */
    private static Map<String, List<List<String>>> reread(Path json) {
        Pack pack = PackFiles.readBack(json);
        return pack == null ? null : CsvExports.rowsOf(pack);
    }

    /**
     * {@code run.json}, the CSV files and the files built from whole packs: this run's entries in input order,
     * then those of earlier runs into the folder that this run did not touch (an extracted one only while its JSON
     * is still there). They are read, merged and written under the folder's lock, so a run ending at the same time
     * merges with this one's result.
     */
    private static void writeRunFiles(RunReport report, Progress progress, Options options, Path jsonDir,
                                      Listener listener) {
        OutputFolder folder = OutputFolder.of(options.outputDir());
        Path file = options.outputDir().resolve(RunReport.FILE);
        try (RunFilesLock lock = RunFilesLock.acquire(folder)) {
            writeRunFiles(report, RunJournal.earlierEntries(options.outputDir()), folder, progress, options,
                    jsonDir, listener);
        } catch (IOException e) {
            listener.failedToWrite(file, e.getMessage());
        }
    }

    private static void writeRunFiles(RunReport report, Map<String, RunReport.Entry> earlier, OutputFolder folder,
                                      Progress progress, Options options, Path jsonDir, Listener listener) {
        Map<String, RunReport.Entry> merged = new LinkedHashMap<>();
        report.entries().forEach(entry -> merged.put(entry.input(), entry));
        List<RunReport.Entry> kept = earlier.values().stream().filter(entry -> !merged.containsKey(entry.input()))
                .filter(entry -> !entry.hasOutput()
                        || folder.isRegularFile(options.outputDir().resolve(entry.output())))
                .toList();
        CsvExports exports = new CsvExports(report.entries().size() + kept.size());
        for (int i = 0; i < report.entries().size(); i++) {
            exports.put(i, progress.rows(i));
        }
        for (int i = 0; i < kept.size(); i++) {
            merged.put(kept.get(i).input(), kept.get(i));
            if (kept.get(i).hasOutput()) {
                exports.put(report.entries().size() + i, reread(options.outputDir().resolve(kept.get(i).output())));
            }
        }
        RunReport all = RunReport.of(new ArrayList<>(merged.values()));
        Path file = options.outputDir().resolve(RunReport.FILE);
        try {
            AtomicFiles.write(folder, file, JsonOutput.toBytes(all));
            progress.journalDone();
        } catch (IOException e) {
            listener.failedToWrite(file, e.getMessage());
        }
        if (all.entries().stream().anyMatch(entry -> entry.hasOutput() || extractedNow(entry))) {
            for (Map.Entry<String, byte[]> csv : exports.files(options.writes(OutputFormat.CSV)).entrySet()) {
                Path path = options.outputDir().resolve(csv.getKey());
                try {
                    AtomicFiles.write(folder, path, CsvExports.withBom(csv.getValue(), options.excel()));
                } catch (IOException e) {
                    listener.failedToWrite(path, e.getMessage());
                }
            }
            PackFiles.write(packJsons(report, kept, options, jsonDir), folder, options, listener);
        }
    }

    private static boolean extractedNow(RunReport.Entry entry) {
        return entry.status() == RunReport.Status.OK || entry.status() == RunReport.Status.PARTIAL;
    }

    /**
     * The JSON of every pack the run files cover, in their order: this run's extractions (in the temporary folder
     * when JSON is not kept), the unchanged ones it skipped, then the earlier runs' it kept.
     */
    private static List<Path> packJsons(RunReport report, List<RunReport.Entry> kept, Options options,
                                        Path jsonDir) {
        List<Path> packs = new ArrayList<>();
        for (RunReport.Entry entry : report.entries()) {
            if (extractedNow(entry)) {
                packs.add(jsonOf(jsonDir, entry.input()));
            } else if (entry.hasOutput()) {
                packs.add(options.outputDir().resolve(entry.output()));
            }
        }
        kept.stream().filter(RunReport.Entry::hasOutput)
                .forEach(entry -> packs.add(options.outputDir().resolve(entry.output())));
        return packs;
    }

    /** Temporary files and folders an interrupted run left behind; complete outputs are kept. */
    private static void removeLeftovers(Path outputDir) {
        if (!Files.isDirectory(outputDir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(outputDir)) {
            for (Path path : walk.filter(AtomicFiles::isLeftover).toList()) {
                deleteQuietly(path);
            }
        } catch (IOException e) {
            // leftovers are harmless: they never have an output's name
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder: the system clears it in time
        }
    }
}
