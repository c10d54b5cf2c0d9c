package org.agendapack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.agendapack.model.Warning;
import org.agendapack.output.AtomicFiles;
import org.agendapack.output.CsvExports;
import org.agendapack.output.CsvOutput;
import org.agendapack.output.JsonOutput;
import org.agendapack.source.SourceException;

/**
 * Extracts one file and writes its outputs, all or none: its table CSV files first, its JSON last, and the
 * tables written are taken back when a later file cannot be written. Every way it can end is a
 * {@link FileResult}; an exception of Agendapack's own code is an internal error, never a damaged input.
 */
public final class FileExtraction {

    private FileExtraction() {
    }

    /** Never throws: whatever goes wrong is the result. */
    public static FileResult run(FileJob job) {
        try {
            return extract(job);
        } catch (OutOfMemoryError e) {
            return FileResult.failed(Failure.OUT_OF_MEMORY, "out of memory");
        } catch (RuntimeException | Error e) {
            return FileResult.failed(Failure.INTERNAL_ERROR, internalError(e));
        }
    }

    private static FileResult extract(FileJob job) {
        Path input = Path.of(job.path());
        Pack pack;
        try {
            pack = PackExtractor.extract(input, job.password(), job.threads());
        } catch (SourceException e) {
            return FileResult.failed(Failure.ofSourceKind(e.kind()), e.getMessage());
        }
        Path output = Path.of(job.output());
        try {
            write(pack, input, output, job);
        } catch (IOException e) {
            return FileResult.failed(Failure.CANNOT_WRITE, "cannot write " + output + ": " + e.getMessage());
        }
        List<String> codes = pack.warnings().stream().map(Warning::code).distinct().toList();
        return new FileResult(null, null, pack.source().sha256(), pack.kind(), pack.source().pageCount(),
                pack.tables().size(), pack.warnings().size(), codes, CsvExports.rowsOf(pack));
    }

    /** A fault of Agendapack's own code, said plainly: the input is not to blame. */
    static String internalError(Throwable e) {
        StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        return "internal error in Agendapack (not a fault of the file): " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                + (where == null ? "" : " at " + where.getClassName() + "." + where.getMethodName() + ":"
                + where.getLineNumber());
    }

    private static void write(Pack pack, Path input, Path output, FileJob job) throws IOException {
        List<Path> written = new ArrayList<>();
        try {
            if (job.tables()) {
                for (Table table : pack.tables()) {
                    Path file = tableFile(output, input, table);
                    AtomicFiles.write(file, CsvExports.withBom(CsvOutput.tableBytes(table), job.excel()));
                    written.add(file);
                }
            }
            AtomicFiles.write(output, JsonOutput.toBytes(job.includeText() ? pack : pack.withoutPageText()));
        } catch (IOException | RuntimeException e) {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    /** {@code tables/<input file name>-<table id>.csv} beside the input's JSON. */
    static Path tableFile(Path json, Path input, Table table) {
        return json.resolveSibling("tables").resolve(input.getFileName() + "-" + table.id() + ".csv");
    }
}
