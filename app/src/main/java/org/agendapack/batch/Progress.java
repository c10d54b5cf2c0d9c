package org.agendapack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendapack.output.JsonOutput;
import org.agendapack.output.OutputFolder;

/**
 * The run as it goes: each input's entry and CSV rows as its file ends, told to the listener and appended to
 * the journal, and whether the run stops at the first failure. Runners report here from one thread.
 */
final class Progress implements FileSink {

    private final List<InputFile> inputs;
    private final ExtractRun.Options options;
    private final ExtractRun.Listener listener;
    private final RunJournal journal;
    private final RunReport.Entry[] entries;
    private final List<Map<String, List<List<String>>>> rows;
    private int done;
    private boolean stopping;

    Progress(List<InputFile> inputs, ExtractRun.Options options, ExtractRun.Listener listener, RunJournal journal) {
        this.inputs = inputs;
        this.options = options;
        this.listener = listener;
        this.journal = journal;
        this.entries = new RunReport.Entry[inputs.size()];
        this.rows = new ArrayList<>(java.util.Collections.nCopies(inputs.size(), null));
    }

    /** An input left as it was, unchanged since an earlier run, with the rows its JSON gives. */
    void skipped(int index, RunReport.Entry entry, Map<String, List<List<String>>> packRows) {
        rows.set(index, packRows);
        record(index, entry);
    }

    @Override
    public void started(int index) {
        listener.started(inputs.get(index));
    }

    @Override
    public void finished(int index, FileResult result, double seconds) {
        InputFile input = inputs.get(index);
        RunReport.Entry entry;
        if (result.extracted()) {
            rows.set(index, result.rows());
            boolean kept = options.stdout() == null && options.writes(OutputFormat.JSON);
            entry = RunReport.Entry.extracted(input, kept ? input.relative() + ".json" : null, result, seconds);
        } else {
            entry = RunReport.Entry.failed(input, result, seconds);
            removeOutputs(input);
        }
        record(index, entry);
        stopping |= options.failFast() && entry.status() == RunReport.Status.FAILED;
    }

    private void removeOutputs(InputFile input) {
        if (options.stdout() != null) {
            return;
        }
        Path json = ExtractRun.outputOf(options, input);
        try {
            FileExtraction.removeOutputs(OutputFolder.of(options.outputDir()), json, input.path());
        } catch (IOException e) {
            listener.failedToWrite(json, "cannot remove the output of a file that failed: " + e.getMessage());
        }
    }

    @Override
    public boolean stopping() {
        return stopping;
    }

    /** Inputs that never ran, because the run stopped at a failure, are skipped with that reason. */
    void notRun() {
        for (int i = 0; i < entries.length; i++) {
            if (entries[i] == null) {
                record(i, RunReport.Entry.skipped(inputs.get(i),
                        "not run: an earlier file failed and the run stops at the first failure"));
            }
        }
    }

    /**
     * Copies each extracted input's JSON, written whole to a temporary file, to standard output: one input's as
     * it is, several as JSON Lines (one compact pack a line, in input order; a failed input has no line).
     */
    void copyToStdout(List<FileJob> jobs) {
        boolean lines = jobs.size() > 1;
        for (int i = 0; i < jobs.size(); i++) {
            FileJob job = jobs.get(i);
            if (job == null || entries[i] == null || entries[i].status() == RunReport.Status.FAILED) {
                continue;
            }
            try {
                if (lines) {
                    JsonOutput.copyAsLine(Path.of(job.output()), options.stdout());
                } else {
                    Files.copy(Path.of(job.output()), options.stdout());
                }
                options.stdout().flush();
            } catch (IOException e) {
                entries[i] = RunReport.Entry.failed(inputs.get(i), FileResult.failed(Failure.CANNOT_WRITE,
                        "cannot write standard output: " + e.getMessage()), entries[i].seconds());
            }
        }
    }

    List<RunReport.Entry> entries() {
        return List.of(entries);
    }

    Map<String, List<List<String>>> rows(int index) {
        return rows.get(index);
    }

    /** {@code run.json} now holds every entry: the journal has served. */
    void journalDone() throws IOException {
        if (journal != null) {
            journal.remove();
        }
    }

    private void record(int index, RunReport.Entry entry) {
        entries[index] = entry;
        if (journal != null) {
            try {
                journal.append(entry);
            } catch (IOException e) {
                listener.failedToWrite(Path.of(options.outputDir().toString(), RunJournal.FILE), e.getMessage());
            }
        }
        listener.finished(entry, ++done, entries.length);
    }
}
