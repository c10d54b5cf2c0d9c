package org.agendapack.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.agendapack.output.ToolVersion;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The output folder: one Parquet table per kind of record, each in a folder of its name, partitioned by
 * {@code meeting_year} (but {@code failures}), and the packs' JSON Lines. A run replaces the rows of the inputs
 * it read, never adding a second copy: each table is rewritten, into a staging folder, only in the year
 * partitions those inputs had or now have ({@link Plan}), whose folders are then swapped in; the others are not
 * touched.
 */
final class OutputStore {

    static final String JSON_LINES = "packs_jsonl";
    static final String STAGING = "_staging";
    /** Where a run's staging folder keeps what it replaced until the run has ended. */
    private static final String REPLACED = "_replaced";
    /** The name Hive and Spark give the partition of rows without a year. */
    private static final String NO_YEAR = "__HIVE_DEFAULT_PARTITION__";
    /** Packs whose rows fill one Parquet file of a year, about: their JSON, with the pages' text, is larger. */
    private static final long PACKS_PER_FILE = 2_000;
    private static final long JSON_PER_FILE = 1_000;

    private final SparkSession spark;
    private final Path root;
    private final FileSystem fileSystem;
    private final Path staging;

    OutputStore(SparkSession spark, String uri, String runId) throws JobException {
        this.spark = spark;
        this.root = new Path(uri);
        try {
            this.fileSystem = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (fileSystem.exists(root) && !fileSystem.getFileStatus(root).isDirectory()) {
                throw new JobException(uri + ": the output is a file, not a folder");
            }
            if (!fileSystem.mkdirs(root)) {
                throw new JobException(uri + ": cannot make the output folder");
            }
        } catch (IOException e) {
            throw new JobException(uri + ": cannot open the output: " + e.getMessage(), e);
        }
        this.staging = new Path(new Path(root, STAGING), runId);
        recover();
    }

    /**
     * Puts back what a run stopped half way (its driver killed while it moved folders) had moved aside and not yet
     * replaced, then removes that run's staging folder: the output is then as the stopped run left its tables,
     * each partition either old or new, and {@code packs}, written last, names only inputs whose rows are all in.
     */
    private void recover() throws JobException {
        Path all = new Path(root, STAGING);
        try {
            if (!fileSystem.exists(all)) {
                return;
            }
            for (FileStatus run : fileSystem.listStatus(all)) {
                Path replaced = new Path(run.getPath(), REPLACED);
                if (fileSystem.exists(replaced)) {
                    for (FileStatus table : fileSystem.listStatus(replaced)) {
                        putBack(table.getPath(), new Path(root, table.getPath().getName()));
                    }
                }
                fileSystem.delete(run.getPath(), true);
            }
        } catch (IOException e) {
            throw new JobException(all + ": cannot put back what a stopped run moved aside: " + e.getMessage(), e);
        }
    }

    /** A table, or the year partitions of one, moved aside: each put back where nothing has taken its place. */
    private void putBack(Path aside, Path table) throws IOException {
        if (!fileSystem.exists(table)) {
            rename(aside, table);
            return;
        }
        for (FileStatus partition : fileSystem.listStatus(aside)) {
            Path place = new Path(table, partition.getPath().getName());
            if (partition.isDirectory() && !fileSystem.exists(place)) {
                rename(partition.getPath(), place);
            }
        }
    }

    /** Where this run keeps the extracted rows once made, so that nothing is extracted twice. */
    Path checkpoints() {
        return new Path(staging, "_checkpoints");
    }

    /** The hash of each input this tool version extracted into the output, by input: what an incremental run skips. */
    Map<String, String> extractedByThisVersion() throws JobException {
        Map<String, String> known = new HashMap<>();
        TableLayout packs = TableLayout.named(TableLayout.PACKS);
        if (!exists(packs.name())) {
            return known;
        }
        for (Row row : read(packs).filter(col("tool_version").equalTo(ToolVersion.NAME))
                .select(TableLayout.INPUT, "sha256").collectAsList()) {
            known.put(row.getString(0), row.getString(1));
        }
        return known;
    }

    /**
     * What a run rewrites: the years its inputs had (by the {@code packs} table) or now have, and about how many
     * packs the rewritten partitions hold, which sizes the files written.
     */
    record Plan(List<Integer> years, long packs) {

        /** Files for the rows of this many packs a file. */
        int files(long packsPerFile) {
            return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (packs + packsPerFile - 1) / packsPerFile));
        }
    }

    /**
     * The plan of a run.
     *
     * @param fresh the run's {@code packs} rows
     * @param read  the inputs the run read (one column, {@code input}), extracted or failed
     */
    Plan plan(Dataset<Row> fresh, Dataset<Row> read) throws JobException {
        List<Integer> years = years(fresh);
        long packs = fresh.count();
        TableLayout table = TableLayout.named(TableLayout.PACKS);
        if (exists(table.name())) {
            Dataset<Row> old = read(table);
            years = union(years, years(old.join(read, TableLayout.INPUT, "left_semi")));
            packs += old.filter(inYears(years)).join(read, TableLayout.INPUT, "left_anti").count();
        }
        return new Plan(years, packs);
    }

    /**
     * Puts the run's rows of a table in place of what the inputs it read had there: the plan's year partitions
     * are rewritten (a table without years, whole), or the whole table written when it is new.
     *
     * @param fresh the run's rows, in the table's schema
     * @param read  the inputs the run read (one column, {@code input}), extracted or failed
     */
    void replace(TableLayout table, Dataset<Row> fresh, Dataset<Row> read, Plan plan) throws JobException {
        Path target = new Path(root, table.name());
        boolean existed = exists(table.name());
        Dataset<Row> result = fresh;
        if (existed) {
            Dataset<Row> old = read(table);
            if (table.byYear()) {
                old = old.filter(inYears(plan.years()));
            }
            result = old.join(read, TableLayout.INPUT, "left_anti").unionByName(fresh);
        }
        Path written = new Path(staging, table.name());
        int files = plan.files(table.name().equals(TableLayout.PACK_JSON) ? JSON_PER_FILE : PACKS_PER_FILE);
        if (table.byYear()) {
            inYearOrder(result, files).write().mode(SaveMode.Overwrite).partitionBy(TableLayout.YEAR)
                    .parquet(written.toString());
        } else {
            result.repartitionByRange(files, col(TableLayout.INPUT)).sortWithinPartitions(TableLayout.INPUT)
                    .write().mode(SaveMode.Overwrite).parquet(written.toString());
        }
        try {
            swap(written, target, existed && table.byYear() ? plan.years() : null);
        } catch (IOException e) {
            throw new JobException(target + ": cannot put the new rows in place: " + e.getMessage(), e);
        }
    }

    /** Rewrites the JSON Lines of the plan's years (of every year when there are none yet) from {@code pack_json}. */
    void writeJsonLines(Plan plan) throws JobException {
        Path target = new Path(root, JSON_LINES);
        boolean existed = exists(JSON_LINES);
        Dataset<Row> lines = read(TableLayout.named(TableLayout.PACK_JSON));
        if (existed) {
            lines = lines.filter(inYears(plan.years()));
        }
        Path written = new Path(staging, JSON_LINES);
        inYearOrder(lines, plan.files(JSON_PER_FILE)).select("json", TableLayout.YEAR).write()
                .mode(SaveMode.Overwrite).partitionBy(TableLayout.YEAR).text(written.toString());
        try {
            renameTextToJsonLines(written);
            swap(written, target, existed ? plan.years() : null);
        } catch (IOException e) {
            throw new JobException(target + ": cannot put the new lines in place: " + e.getMessage(), e);
        }
    }

    /**
     * Removes this run's staging folder (and the staging folder itself once no run's is left) once it has ended
     * well; a run that failed leaves what it moved aside, which the next run puts back where it is missing.
     */
    void cleanUp(boolean ended) {
        if (!ended) {
            return;
        }
        try {
            fileSystem.delete(staging, true);
            Path all = staging.getParent();
            if (fileSystem.exists(all) && fileSystem.listStatus(all).length == 0) {
                fileSystem.delete(all, false);
            }
        } catch (IOException e) {
            // a leftover staging folder is ignored by readers (its name starts with _) and by later runs
        }
    }

    /** Whether the output has this table; a file system that cannot tell stops the run, never a guess. */
    private boolean exists(String table) throws JobException {
        Path path = new Path(root, table);
        try {
            return fileSystem.exists(path);
        } catch (IOException e) {
            throw new JobException(path + ": cannot tell whether it exists: " + e.getMessage(), e);
        }
    }

    private Dataset<Row> read(TableLayout table) {
        return spark.read().schema(table.schema()).parquet(new Path(root, table.name()).toString());
    }

    /**
     * Moves what was written into the table's place: the whole folder when the table is new or has no years,
     * else the partition folder of each year touched (one emptied of rows is removed). What is replaced is moved
     * aside first and deleted with the staging folder.
     */
    private void swap(Path written, Path target, List<Integer> years) throws IOException {
        Path aside = new Path(new Path(staging, REPLACED), target.getName());
        if (years == null) {
            fileSystem.mkdirs(aside.getParent());
            replace(written, target, aside);
            return;
        }
        fileSystem.mkdirs(aside);
        for (Integer year : years) {
            String partition = TableLayout.YEAR + "=" + (year == null ? NO_YEAR : year);
            replace(new Path(written, partition), new Path(target, partition), new Path(aside, partition));
        }
    }

    /**
     * Moves a folder written into its place, what was there aside first; if the move in fails, what was there is
     * moved back, so a failure leaves the old folder, never none.
     */
    private void replace(Path written, Path place, Path aside) throws IOException {
        boolean movedAside = fileSystem.exists(place);
        if (movedAside) {
            rename(place, aside);
        }
        if (!fileSystem.exists(written)) {
            return; // every row of this year went: the partition is no more
        }
        try {
            fileSystem.mkdirs(place.getParent());
            rename(written, place);
        } catch (IOException e) {
            if (movedAside && !fileSystem.exists(place)) {
                rename(aside, place);
            }
            throw e;
        }
    }

    private void rename(Path from, Path to) throws IOException {
        if (!fileSystem.rename(from, to)) {
            throw new IOException("cannot move " + from + " to " + to);
        }
    }

    /** Spark names the text files it writes {@code .txt}: these are JSON Lines. */
    private void renameTextToJsonLines(Path folder) throws IOException {
        for (FileStatus status : fileSystem.listStatus(folder)) {
            Path path = status.getPath();
            if (status.isDirectory()) {
                renameTextToJsonLines(path);
            } else if (path.getName().endsWith(".txt")) {
                String name = path.getName();
                rename(path, new Path(folder, name.substring(0, name.length() - ".txt".length()) + ".jsonl"));
            }
        }
    }

    /**
     * The rows dealt into this many tasks by ranges of year and input, each sorted so: a task writes one or two
     * years' folders, and a file holds whole inputs in order.
     */
    private static Dataset<Row> inYearOrder(Dataset<Row> rows, int files) {
        return rows.repartitionByRange(files, col(TableLayout.YEAR), col(TableLayout.INPUT))
                .sortWithinPartitions(TableLayout.YEAR, TableLayout.INPUT);
    }

    private static List<Integer> years(Dataset<Row> rows) {
        List<Integer> years = new ArrayList<>();
        for (Row row : rows.select(TableLayout.YEAR).distinct().collectAsList()) {
            years.add(row.isNullAt(0) ? null : row.getInt(0));
        }
        return years;
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        List<Integer> all = new ArrayList<>(a);
        b.stream().filter(year -> all.stream().noneMatch(known -> Objects.equals(known, year))).forEach(all::add);
        return all;
    }

    /** Rows of the given years, the year-less partition included when null is one of them. */
    private static Column inYears(List<Integer> years) {
        Column any = lit(false);
        for (Integer year : years) {
            any = any.or(col(TableLayout.YEAR).eqNullSafe(lit(year)));
        }
        return any;
    }
}
