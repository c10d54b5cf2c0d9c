package org.agendapack.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendapack.output.JsonOutput;

/**
 * The run's journal, {@code run.journal.jsonl} in the output folder: each file's {@code run.json} entry is
 * appended as a line the moment the file is done, so the cost per file does not grow with the run, and an
 * interrupted run (Ctrl-C, kill, power cut) loses nothing it finished. The summary {@code run.json} is written
 * once at the end and the journal removed; a journal found at the start is an interrupted run's, and its entries
 * count as that run's results.
 */
final class RunJournal implements AutoCloseable {

    static final String FILE = "run.journal.jsonl";

    private final Path file;
    private BufferedWriter writer;

    private RunJournal(Path file) {
        this.file = file;
    }

    static RunJournal in(Path outputDir) {
        return new RunJournal(outputDir.resolve(FILE));
    }

    /**
     * The entries earlier runs left in the folder, by input: {@code run.json}'s, then an interrupted run's
     * journal over them (a torn last line, cut by the interruption, is ignored).
     */
    static Map<String, RunReport.Entry> earlierEntries(Path outputDir) {
        Map<String, RunReport.Entry> entries = new LinkedHashMap<>(RunReport.read(outputDir).byInput());
        for (RunReport.Entry entry : journalEntries(outputDir.resolve(FILE))) {
            entries.remove(entry.input());
            entries.put(entry.input(), entry);
        }
        return entries;
    }

    private static List<RunReport.Entry> journalEntries(Path journal) {
        List<RunReport.Entry> entries = new ArrayList<>();
        if (!Files.isRegularFile(journal)) {
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

    void append(RunReport.Entry entry) throws IOException {
        if (writer == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        writer.write(JsonOutput.line(entry));
        writer.newLine();
        writer.flush();
    }

    /** Once {@code run.json} holds every entry, the journal has served. */
    void remove() throws IOException {
        close();
        Files.deleteIfExists(file);
    }

    @Override
    public void close() throws IOException {
        if (writer != null) {
            writer.close();
            writer = null;
        }
    }
}
