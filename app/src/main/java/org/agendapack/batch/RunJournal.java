package org.agendapack.batch;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendapack.output.CannotWrite;
import org.agendapack.output.JsonOutput;
import org.agendapack.output.OutputFolder;

/**
 * The run's journal, {@code run.journal.jsonl} in the output folder: each file's {@code run.json} entry is
 * appended as a line the moment the file is done, so the cost per file does not grow with the run, and an
 * interrupted run (Ctrl-C, kill, power cut) loses nothing it finished. The summary {@code run.json} is written
 * once at the end and the journal removed; a journal found at the start is an interrupted run's, and its entries
 * count as that run's results. Runs into one folder at once share the journal: each line is appended under the
 * folder's {@link RunFilesLock}, and the run that ends first takes every line into {@code run.json}.
 */
final class RunJournal {

    static final String FILE = "run.journal.jsonl";

    private final OutputFolder folder;
    private final Path file;
    private boolean failed;

    private RunJournal(OutputFolder folder) {
        this.folder = folder;
        this.file = folder.root().resolve(FILE);
    }

    static RunJournal in(Path outputDir) {
        return new RunJournal(OutputFolder.of(outputDir));
    }

    /**
     * The entries runs left in the folder, by input: {@code run.json}'s, then the journal's over them (an
     * interrupted run's, or one still running; a torn last line, cut by an interruption, is ignored).
     */
    static Map<String, RunReport.Entry> earlierEntries(Path outputDir) {
        Map<String, RunReport.Entry> entries = new LinkedHashMap<>(RunReport.read(outputDir).byInput());
        for (RunReport.Entry entry : journalEntries(OutputFolder.of(outputDir), outputDir.resolve(FILE))) {
            entries.remove(entry.input());
            entries.put(entry.input(), entry);
        }
        return entries;
    }

    private static List<RunReport.Entry> journalEntries(OutputFolder folder, Path journal) {
        List<RunReport.Entry> entries = new ArrayList<>();
        if (!folder.isRegularFile(journal)) {
            return entries;
        }
        try {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                try {
                    entries.add(JsonOutput.fromLine(line, RunReport.Entry.class));
                } catch (IOException e) {
                    // a line the interruption cut short
                }
            }
        } catch (IOException e) {
            // an unreadable journal gives nothing: those files run again
        }
        return entries;
    }

    /**
     * Appends the entry, opening the journal for that line only: another run that ends meanwhile removes the
     * journal once {@code run.json} holds its lines, and the next line starts a new one. A journal that cannot be
     * written is said once; the run goes on without it.
     */
    void append(RunReport.Entry entry) throws IOException {
        if (failed) {
            return;
        }
        try (RunFilesLock lock = RunFilesLock.acquire(folder)) {
            folder.checkFile(file);
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS)) {
                writer.write(JsonOutput.line(entry) + "\n");
            }
        } catch (IOException e) {
            failed = true;
            throw CannotWrite.of(e);
        }
    }

    /** Once {@code run.json} holds every entry, the journal has served (called under the folder's lock). */
    void remove() throws IOException {
        if (folder.isRegularFile(file)) {
            Files.deleteIfExists(file);
        }
    }
}
