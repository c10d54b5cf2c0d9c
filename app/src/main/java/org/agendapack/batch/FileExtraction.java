package org.agendapack.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.agendapack.output.AtomicFiles;
import org.agendapack.output.CannotWrite;
import org.agendapack.output.CsvExports;
import org.agendapack.output.CsvOutput;
import org.agendapack.output.JsonOutput;
import org.agendapack.output.OutputFolder;
import org.agendapack.source.FileNames;
import org.agendapack.source.SourceException;

/**
 * Extracts one file and writes its outputs, all or none: its table CSV files first, its JSON last, and the
 * tables written are taken back when a later file cannot be written. Every way it can end is a
 * {@link FileResult}; an exception of Agendapack's own code is an internal error, never a damaged input.
 */
public final class FileExtraction {

    private FileExtraction() {
    }

    /** A file read into its pack, or the failure that stopped it (with its reason). */
    public record Read(Pack pack, FileResult failure) {
    }

    /** Reads and writes the file. Never throws: whatever goes wrong is the result. */
    public static FileResult run(FileJob job) {
        Read read = read(job);
        return read.failure() != null ? read.failure() : write(read.pack(), job);
    }

    /** Reads the file into its pack, writing nothing. Never throws. */
    static Read read(FileJob job) {
        return read(job.inputFile(), job.password(), job.threads());
    }

    /**
     * Reads a file into its pack, writing nothing: a failure is the input's fault as the CLI names it in
     * {@code run.json}, running out of memory, or an internal error. Never throws.
     *
     * @param password the password of an encrypted PDF, or null
     * @param threads  how many threads read its pages and papers
     */
    public static Read read(Path input, String password, int threads) {
        try {
            return new Read(PackExtractor.extract(input, password, threads), null);
        } catch (SourceException e) {
            return new Read(null, FileResult.failed(Failure.ofSourceKind(e.kind()), e.getMessage()));
        } catch (RuntimeException | Error e) {
            return new Read(null, thrown(e));
        }
    }

    /** Writes the pack's outputs, all or none, and says what became of the file. Never throws. */
    static FileResult write(Pack pack, FileJob job) {
        Path output = Path.of(job.output());
        try {
            writeOutputs(pack, job.inputFile(), OutputFolder.of(Path.of(job.outputFolder())), output, job);
            List<String> codes = RunReport.warningCodes(pack);
            return new FileResult(null, null, pack.source().sha256(), pack.kind(), pack.source().pageCount(),
                    pack.tables().size(), pack.warnings().size(), codes, CsvExports.rowsOf(pack));
        } catch (IOException e) {
            return FileResult.failed(Failure.CANNOT_WRITE, "cannot write " + output + ": "
                    + CannotWrite.of(e).getMessage());
        } catch (RuntimeException | Error e) {
            return thrown(e);
        }
    }

    /** What an unexpected throw means: the memory ran out, or Agendapack's own code failed. */
    public static FileResult thrown(Throwable e) {
        return e instanceof OutOfMemoryError ? FileResult.failed(Failure.OUT_OF_MEMORY, "out of memory")
                : FileResult.failed(Failure.INTERNAL_ERROR, internalError(e));
    }

    /** A fault of Agendapack's own code, said plainly: the input is not to blame. */
    public static String internalError(Throwable e) {
        StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        return "internal error in Agendapack (not a fault of the file): " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                + (where == null ? "" : " (in " + where.getClassName() + "." + where.getMethodName() + ", line "
                + where.getLineNumber() + ")");
    }

    private static void writeOutputs(Pack pack, Path input, OutputFolder folder, Path output, FileJob job)
            throws IOException {
        List<Path> written = new ArrayList<>();
        try {
            // a link where the JSON goes fails the file before any table replaces an earlier run's
            folder.checkFile(output);
            if (job.tables()) {
                for (Table table : pack.tables()) {
                    Path file = tableFile(output, input, table);
                    AtomicFiles.write(folder, file, CsvExports.withBom(CsvOutput.tableBytes(table), job.excel()));
                    written.add(file);
                }
            }
            Pack json = job.includeText() ? pack : pack.withoutPageText();
            AtomicFiles.write(folder, output, out -> JsonOutput.write(json, out));
        } catch (IOException | RuntimeException e) {
            for (Path file : written) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException notRemoved) {
                    e.addSuppressed(notRemoved); // the failure to tell is the write's; the run removes it later
                }
            }
            throw e;
        }
    }

    /**
     * Takes away what a file that failed may have left: a worker stopped at its time limit, or dead, can have
     * renamed some of its outputs into place before it was stopped. An output of an earlier run goes too, since
     * the file it came from now fails. Only files reached without a link are removed: a link in the output folder
     * is left as it is, and so is whatever it points to.
     */
    static void removeOutputs(OutputFolder folder, Path json, Path input) throws IOException {
        try {
            if (folder.isRegularFile(json)) {
                Files.deleteIfExists(json);
            }
            Path tables = tablesFolder(json);
            if (!folder.isDirectory(tables)) {
                return;
            }
            Pattern ofInput = Pattern.compile(
                    Pattern.quote(FileNames.text(input.getFileName()) + "-") + "t\\d+\\.csv");
            try (Stream<Path> files = Files.list(tables)) {
                for (Path file : files.filter(file -> ofInput.matcher(file.getFileName().toString()).matches())
                        .filter(folder::isRegularFile).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw CannotWrite.of(e);
        }
    }

    private static Path tablesFolder(Path json) {
        return json.resolveSibling("tables");
    }

    /** {@code tables/<input file name>-<table id>.csv} beside the input's JSON. */
    static Path tableFile(Path json, Path input, Table table) {
        return tablesFolder(json).resolve(FileNames.text(input.getFileName()) + "-" + table.id() + ".csv");
    }
}
