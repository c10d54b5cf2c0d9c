package org.agendapack.spark;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import org.agendapack.cli.TimeLimitOption;
import org.agendapack.output.ToolVersion;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * The extraction as a Spark job: every input below the given URIs (any Hadoop file system: local, HDFS, S3A)
 * read on the executors, in partitions balanced by size, each file under the time limit; the rows written as
 * Parquet tables and the packs as JSON Lines below the output URI (see {@link OutputStore}). A file that fails is
 * a row of {@code failures}, never a failed task: the job fails only when its inputs cannot be listed or its
 * output cannot be written.
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true, versionProvider = ExtractJob.Version.class,
        description = "Extracts agenda packs, minutes and papers into Parquet tables and JSON Lines.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read; those that failed are rows of the failures table",
                "1:the inputs could not be listed, or the output could not be written",
                "2:usage error"})
public final class ExtractJob implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "URI", split = ",",
            description = "A folder (searched at any depth for .pdf, .txt and .md files) or a file; repeat it or"
                    + " separate URIs with commas.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "URI",
            description = "The folder the tables and JSON Lines are written in (made if missing).")
    String output;

    @Option(names = "--incremental",
            description = "Skip inputs whose SHA-256 this version already extracted into the output.")
    boolean incremental;

    @Option(names = "--no-text", description = "Leave the page text out of the packs' JSON.")
    boolean noText;

    @Mixin
    TimeLimitOption timeLimit;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the inputs are dealt into by size (default: four per core of the cluster).")
    Integer partitions;

    /** The job's outcome, as its summary line tells it. */
    record Summary(long extracted, long skipped, long failed, long pages) {

        String line(Duration took) {
            long files = extracted + skipped + failed;
            return String.format(Locale.ROOT, "agendapack-spark: %d %s: %d extracted, %d skipped (unchanged),"
                    + " %d failed; %d %s in %.1f s", files, files == 1 ? "file" : "files", extracted, skipped, failed,
                    pages, pages == 1 ? "page" : "pages", took.toMillis() / 1000.0);
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the job as {@code spark-submit} would, and gives its exit code; a usage error is one line. */
    static int execute(String... args) {
        CommandLine command = new CommandLine(new ExtractJob());
        command.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("agendapack-spark: " + e.getMessage() + " (see --help)");
            return 2;
        });
        return command.execute(args);
    }

    @Override
    public Integer call() {
        if (partitions != null && partitions < 1) {
            System.err.println("agendapack-spark: --partitions must be at least 1, not " + partitions);
            return 2;
        }
        SparkSession spark = SparkSession.builder().appName("agendapack extract").getOrCreate();
        try {
            Instant start = Instant.now();
            Summary summary = run(spark, System.err);
            System.err.println(summary.line(Duration.between(start, Instant.now())));
            return 0;
        } catch (JobException e) {
            System.err.println("agendapack-spark: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            // Spark's own failures (the output not writable, the cluster lost), some of them checked exceptions
            // thrown from Scala undeclared: one line, the rest in Spark's log
            System.err.println("agendapack-spark: the job failed: " + FileTask.oneLine(e));
            return 1;
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in the given session; failures of single files are reported on {@code err}, up to 20. */
    Summary run(SparkSession spark, PrintStream err) throws JobException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        HadoopConf configuration = new HadoopConf(context.hadoopConfiguration());
        List<InputListing.Input> found = InputListing.of(inputs, configuration.get());
        OutputStore store = new OutputStore(spark, output, Instant.now().toEpochMilli() + "-" + UUID.randomUUID());
        boolean ended = false;
        Broadcast<Map<String, String>> known = context.broadcast(
                incremental ? store.extractedByThisVersion() : Map.of());
        JavaRDD<Tuple2<String, Row>> rows = null;
        Dataset<Row> read = null;
        try {
            FileTask task = new FileTask(configuration, timeLimit.limit(), known, !noText);
            int count = partitions != null ? partitions : 4 * context.defaultParallelism();
            List<List<String>> bins = SizeBalance.of(found, count);
            // kept in the output's staging folder once made: an executor lost later must not read files again,
            // which could end otherwise (a time limit) and give two tables two stories of one file
            context.setCheckpointDir(store.checkpoints().toString());
            rows = context.parallelize(bins, Math.max(1, bins.size()))
                    .flatMap(bin -> extractAll(task, bin))
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            rows.checkpoint();
            rows.count(); // extracts every file once, then writes the rows to the checkpoint from memory
            Dataset<Row> files = table(spark, rows, FileTask.FILES, FileTask.FILES_SCHEMA);
            Summary summary = summarise(files);
            if (summary.extracted() + summary.failed() > 0) {
                read = files.filter(files.col("status").notEqual(FileTask.SKIPPED)).select(TableLayout.INPUT)
                        .cache();
                TableLayout packs = TableLayout.named(TableLayout.PACKS);
                OutputStore.Plan plan = store.plan(table(spark, rows, packs.name(), packs.schema()), read);
                for (TableLayout table : TableLayout.ALL) {
                    store.replace(table, table(spark, rows, table.name(), table.schema()), read, plan);
                    if (table.name().equals(TableLayout.PACK_JSON)) {
                        store.writeJsonLines(plan);
                    }
                }
            }
            reportFailures(spark, rows, err);
            ended = true;
            return summary;
        } finally {
            if (read != null) {
                read.unpersist();
            }
            if (rows != null) {
                rows.unpersist();
            }
            known.destroy();
            store.cleanUp(ended);
        }
    }

    /**
     * The rows of a partition's inputs, each input read when its rows are reached, so a partition holds one
     * input's rows at a time; an input is never the cause of the task's failure.
     */
    private static Iterator<Tuple2<String, Row>> extractAll(FileTask task, List<String> uris) {
        return uris.stream().flatMap(uri -> {
            try {
                return task.run(uri).stream();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("the task was stopped"); // Spark killed it: the job is ending
            }
        }).iterator();
    }

    private static Dataset<Row> table(SparkSession spark, JavaRDD<Tuple2<String, Row>> rows, String name,
                                      org.apache.spark.sql.types.StructType schema) {
        return spark.createDataFrame(rows.filter(row -> row._1().equals(name)).map(Tuple2::_2), schema);
    }

    private static Summary summarise(Dataset<Row> files) {
        long extracted = 0;
        long skipped = 0;
        long failed = 0;
        long pages = 0;
        for (Row row : files.groupBy("status").agg(org.apache.spark.sql.functions.count("*"),
                org.apache.spark.sql.functions.sum("pages")).collectAsList()) {
            long n = row.getLong(1);
            switch (row.getString(0)) {
                case FileTask.EXTRACTED -> extracted = n;
                case FileTask.SKIPPED -> skipped = n;
                default -> failed = n;
            }
            pages += row.isNullAt(2) ? 0 : row.getLong(2);
        }
        return new Summary(extracted, skipped, failed, pages);
    }

    private static final int FAILURES_SHOWN = 20;

    private static void reportFailures(SparkSession spark, JavaRDD<Tuple2<String, Row>> rows, PrintStream err) {
        TableLayout failures = TableLayout.named(TableLayout.FAILURES);
        List<Row> shown = table(spark, rows, failures.name(), failures.schema()).orderBy(TableLayout.INPUT)
                .limit(FAILURES_SHOWN + 1).collectAsList();
        for (Row row : shown.subList(0, Math.min(FAILURES_SHOWN, shown.size()))) {
            err.println("agendapack-spark: " + row.getString(0) + ": " + row.getString(row.fieldIndex("failure"))
                    + ": " + row.getString(row.fieldIndex("reason")));
        }
        if (shown.size() > FAILURES_SHOWN) {
            err.println("agendapack-spark: more failures are in the failures table");
        }
    }

    /** This build's version, as the command line's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ToolVersion.NAME};
        }
    }
}
