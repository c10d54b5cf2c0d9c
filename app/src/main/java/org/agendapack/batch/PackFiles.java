package org.agendapack.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.agendapack.model.Pack;
import org.agendapack.output.AtomicFiles;
import org.agendapack.output.JsonOutput;
import org.agendapack.output.OutputFolder;
import org.agendapack.output.PackWorkbook;
import org.agendapack.output.SqliteExport;

/**
 * The run's files built from whole packs, the workbook ({@code -f xlsx}) and the database ({@code -f sqlite}):
 * each pack is read back from its JSON one at a time, so memory holds one pack, whatever the run's size.
 */
final class PackFiles {

    static final String DATABASE = "agendapack.sqlite";

    private PackFiles() {
    }

    /** Writes the files the options ask for from the packs whose JSON files are given, in their order. */
    static void write(List<Path> packs, OutputFolder folder, ExtractRun.Options options,
                      ExtractRun.Listener listener) {
        if (options.writes(OutputFormat.XLSX)) {
            writeWorkbook(packs, folder, options.outputDir().resolve(PackWorkbook.FILE), listener);
        }
        if (options.writes(OutputFormat.SQLITE)) {
            updateDatabase(packs, folder, options.outputDir().resolve(DATABASE), listener);
        }
    }

    private static void writeWorkbook(List<Path> packs, OutputFolder folder, Path file,
                                      ExtractRun.Listener listener) {
        try {
            AtomicFiles.write(folder, file, out -> {
                try (PackWorkbook workbook = new PackWorkbook()) {
                    for (Path json : packs) {
                        Pack pack = readBack(json);
                        if (pack != null) {
                            workbook.add(pack);
                        }
                    }
                    workbook.write(out);
                }
            });
        } catch (IOException | RuntimeException e) {
            // POI reports what it cannot write as unchecked exceptions: the run still ends with its report
            listener.failedToWrite(file, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static void updateDatabase(List<Path> packs, OutputFolder folder, Path file,
                                       ExtractRun.Listener listener) {
        try {
            folder.checkFile(file);
            for (Path json : packs) {
                Pack pack = readBack(json);
                if (pack != null) {
                    SqliteExport.update(file, List.of(pack));
                }
            }
        } catch (IOException e) {
            listener.failedToWrite(file, e.getMessage());
        }
    }

    /** A pack read back from its JSON; null if it cannot be read (removed or damaged since it was written). */
    static Pack readBack(Path json) {
        try {
            return JsonOutput.read(json);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
