package org.agendapack.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agendapack.batch.Failure;
import org.agendapack.batch.FileExtraction;
import org.agendapack.batch.FileResult;
import org.agendapack.batch.TimedRead;
import org.agendapack.source.UnreadableInputException;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * What an executor does with one input: copies it from its file system, skips it when its hash is already in the
 * output (incremental runs), else extracts it within the time limit, and gives its rows. Whatever goes wrong with
 * the file is its {@code failures} row; the task itself never fails because of a file.
 */
final class FileTask implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table of one row per input this run looked at, which the summary counts: never written out. */
    static final String FILES = "_files";
    static final StructType FILES_SCHEMA = DataTypes.createStructType(List.of(
            DataTypes.createStructField(TableLayout.INPUT, DataTypes.StringType, false),
            DataTypes.createStructField("status", DataTypes.StringType, false),
            DataTypes.createStructField("pages", DataTypes.IntegerType, false),
            DataTypes.createStructField("failure", DataTypes.StringType, true)));

    static final String EXTRACTED = "extracted";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";

    private final HadoopConf configuration;
    private final Duration timeout;
    private final Broadcast<Map<String, String>> known;
    private final boolean includeText;

    /**
     * @param known the hash each input already in the output was extracted from by this version (empty unless the
     *              run is incremental), sent to each executor once
     * @param includeText whether the packs' JSON keeps the pages' text
     */
    FileTask(HadoopConf configuration, Duration timeout, Broadcast<Map<String, String>> known,
             boolean includeText) {
        this.configuration = configuration;
        this.timeout = timeout;
        this.known = known;
        this.includeText = includeText;
    }

    List<Tuple2<String, Row>> run(String input) throws InterruptedException {
        String file = new org.apache.hadoop.fs.Path(input).getName();
        InputCopy copy;
        try {
            copy = InputCopy.of(input, configuration.get());
        } catch (UncheckedIOException e) {
            return failed(input, file, null, FileResult.failed(Failure.CANNOT_WRITE,
                    "cannot copy it to the executor's disk: " + oneLine(e.getCause())));
        } catch (UnreadableInputException e) {
            return failed(input, file, null, FileResult.failed(Failure.UNREADABLE, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return failed(input, file, null, FileResult.failed(Failure.UNREADABLE,
                    "cannot read: " + oneLine(e)));
        }
        try (copy) {
            if (copy.sha256().equals(known.value().get(input))) {
                return List.of(summary(input, SKIPPED, 0, null));
            }
            FileExtraction.Read read = TimedRead.within(timeout,
                    () -> FileExtraction.read(copy.file(), null, 1));
            if (read.failure() != null) {
                return failed(input, file, copy.sha256(), read.failure());
            }
            List<Tuple2<String, Row>> rows;
            try {
                rows = new ArrayList<>(PackRows.of(input, read.pack(), includeText));
            } catch (RuntimeException | OutOfMemoryError e) {
                return failed(input, file, copy.sha256(), FileExtraction.thrown(e));
            }
            rows.add(summary(input, EXTRACTED, read.pack().source().pageCount(), null));
            return rows;
        }
    }

    private static List<Tuple2<String, Row>> failed(String input, String file, String sha256, FileResult failure) {
        return List.of(PackRows.failure(input, file, sha256, failure),
                summary(input, FAILED, 0, failure.failure().json()));
    }

    private static Tuple2<String, Row> summary(String input, String status, int pages, String failure) {
        return new Tuple2<>(FILES, RowFactory.create(input, status, pages, failure));
    }

    /** What went wrong in one line: the message's first, or the exception's name when it has none. */
    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
