package org.agendapack.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs over the same inputs into the same output: a re-run replaces each input's rows, never adding a second
 * copy, also when its meeting moves to another year or it now fails; an incremental run skips what this version
 * already extracted from the same bytes, and tries failed inputs again.
 */
class RerunTest {

    @TempDir
    Path work;

    @Test
    void reRunsReplaceAndIncrementalRunsSkip() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Path a = in.resolve("a.txt");
        Path b = in.resolve("b.txt");
        Path c = in.resolve("c.pdf");
        Files.copy(sample("000_", ".txt"), a);
        Files.copy(sample("002_", ".txt"), b);
        Files.copy(sample("002_", ".pdf"), c);
        Path d = in.resolve("d.txt");
        Files.writeString(d, "Notes on the village hall roof\n\nThe slates on the north side have slipped.\n"
                + "A builder will be asked for a price.\n"); // no meeting, so no year
        String[] plain = {"--input", in.toUri().toString(), "--output", work.resolve("out").toUri().toString()};
        String[] incremental = {plain[0], plain[1], plain[2], plain[3], "--incremental"};

        ExtractJob.Summary first = ExtractJobTest.run(plain);
        assertThat(first.extracted()).isEqualTo(4);
        assertThat(rows("packs")).filteredOn(row -> row.getString(row.fieldIndex("file")).equals("d.txt"))
                .singleElement().satisfies(row -> assertThat(row.get(row.fieldIndex(TableLayout.YEAR))).isNull());
        List<Row> agendaItems = rows("agenda_items");
        long metrics = rows("metrics").size();
        assertThat(agendaItems).isNotEmpty();

        ExtractJob.Summary again = ExtractJobTest.run(plain);
        assertThat(again.extracted()).isEqualTo(4);
        assertThat(rows("packs")).hasSize(4);
        assertThat(rows("agenda_items")).containsExactlyInAnyOrderElementsOf(agendaItems);
        assertThat(rows("metrics")).hasSize((int) metrics);

        ExtractJob.Summary unchanged = ExtractJobTest.run(incremental);
        assertThat(unchanged.skipped()).isEqualTo(4);
        assertThat(unchanged.extracted()).isZero();
        assertThat(rows("agenda_items")).containsExactlyInAnyOrderElementsOf(agendaItems);

        // a.txt now holds a meeting of another year; c.pdf is broken
        Files.copy(sample("004_", ".txt"), a, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(c, "%PDF-1.7\nbroken");
        ExtractJob.Summary changed = ExtractJobTest.run(incremental);
        assertThat(changed.extracted()).isEqualTo(1);
        assertThat(changed.failed()).isEqualTo(1);
        assertThat(changed.skipped()).isEqualTo(2);
        List<Row> packs = rows("packs");
        assertThat(packs).extracting(row -> row.getString(row.fieldIndex("file")))
                .containsExactlyInAnyOrder("a.txt", "b.txt", "d.txt");
        Row newA = packs.stream().filter(row -> row.getString(row.fieldIndex("file")).equals("a.txt")).findFirst()
                .orElseThrow();
        String date = newA.getString(newA.fieldIndex("meeting_date"));
        assertThat(date).startsWith("2017");
        List<Row> itemsOfA = ExtractJobTest.table(work.resolve("out"), "agenda_items")
                .filter(col("input").endsWith("/a.txt")).collectAsList();
        assertThat(itemsOfA).isNotEmpty().allSatisfy(row -> {
            assertThat(row.getString(row.fieldIndex("meeting_date"))).isEqualTo(date);
            assertThat(row.getInt(row.fieldIndex(TableLayout.YEAR))).isEqualTo(2017);
        });
        assertThat(ExtractJobTest.table(work.resolve("out"), "agenda_items")
                .filter(col("input").endsWith("/c.pdf")).count()).isZero();
        assertThat(rows("failures")).singleElement()
                .satisfies(row -> assertThat(row.getString(row.fieldIndex("failure"))).isEqualTo("damaged"));
        assertThat(jsonLines()).hasSize(3);

        Files.copy(sample("002_", ".pdf"), c, StandardCopyOption.REPLACE_EXISTING);
        ExtractJob.Summary mended = ExtractJobTest.run(incremental);
        assertThat(mended.extracted()).as("a failed input is tried again").isEqualTo(1);
        assertThat(mended.skipped()).isEqualTo(3);
        assertThat(rows("failures")).isEmpty();
        assertThat(rows("packs")).hasSize(4);
        assertThat(jsonLines()).hasSize(4);
    }

    @Test
    void aRunStoppedHalfWayIsMendedByTheNext() throws Exception {
        Path in = work.resolve("in");
        Files.createDirectories(in);
        Files.copy(sample("000_", ".txt"), in.resolve("a.txt"));
        Files.copy(sample("002_", ".txt"), in.resolve("b.txt"));
        Path out = work.resolve("out");
        String[] incremental = {"--input", in.toUri().toString(), "--output", out.toUri().toString(),
                "--incremental"};
        assertThat(ExtractJobTest.run(incremental).extracted()).isEqualTo(2);
        List<Row> packs = rows("packs");
        List<Row> agendaItems = rows("agenda_items");

        // stopped while moving folders: a year of packs moved aside, not yet replaced
        Path aside = out.resolve(OutputStore.STAGING).resolve("1-stopped").resolve("_replaced").resolve("packs");
        Files.createDirectories(aside);
        Files.move(out.resolve("packs").resolve("meeting_year=2018"), aside.resolve("meeting_year=2018"));
        ExtractJob.Summary next = ExtractJobTest.run(incremental);
        assertThat(next.skipped()).as("the year put back names both inputs").isEqualTo(2);
        assertThat(rows("packs")).containsExactlyInAnyOrderElementsOf(packs);
        assertThat(out.resolve(OutputStore.STAGING)).doesNotExist();

        // stopped before packs was written: every input is read again, and its rows replaced, not added
        Files.walk(out.resolve("packs")).sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile()
                .delete());
        ExtractJob.Summary again = ExtractJobTest.run(incremental);
        assertThat(again.extracted()).isEqualTo(2);
        assertThat(rows("agenda_items")).containsExactlyInAnyOrderElementsOf(agendaItems);
        assertThat(rows("packs")).containsExactlyInAnyOrderElementsOf(packs);
    }

    @Test
    void aFileOverItsTimeLimitIsAFailureRow() throws Exception {
        Path in = work.resolve("slow");
        Files.createDirectories(in);
        Files.copy(sample("001_", ".pdf"), in.resolve("long.pdf"));
        Files.copy(sample("002_", ".txt"), in.resolve("short.txt"));
        ExtractJob.Summary summary = ExtractJobTest.run("--input", in.resolve("long.pdf").toUri().toString(),
                "--input", in.resolve("short.txt").toUri().toString(), "--output",
                work.resolve("out").toUri().toString(), "--timeout", "1ms");
        assertThat(summary.failed()).isGreaterThanOrEqualTo(1);
        assertThat(rows("failures")).anySatisfy(row -> {
            assertThat(row.getString(row.fieldIndex("input"))).endsWith("/long.pdf");
            assertThat(row.getString(row.fieldIndex("failure"))).isEqualTo("time_limit");
            assertThat(row.getString(row.fieldIndex("reason")))
                    .isEqualTo("time limit: still running after 0.001s (--timeout)");
        });
    }

    @Test
    void anOutputThatCannotBeMadeStopsTheRunWithItsReason() throws Exception {
        Path file = work.resolve("a-file");
        Files.writeString(file, "not a folder");
        String input = sample("002_", ".txt").toUri().toString();
        assertThatThrownBy(() -> ExtractJobTest.run("--input", input, "--output", file.toUri().toString()))
                .isInstanceOf(JobException.class).hasMessage(file.toUri() + ": the output is a file, not a folder");
        assertThatThrownBy(() -> ExtractJobTest.run("--input", input, "--output",
                file.resolve("out").toUri().toString())).isInstanceOf(JobException.class)
                .hasMessageStartingWith(file.resolve("out").toUri() + ": cannot open the output: ")
                .hasMessageNotContaining("\n");
    }

    private List<Row> rows(String table) {
        return ExtractJobTest.table(work.resolve("out"), table).collectAsList();
    }

    private List<String> jsonLines() throws IOException {
        try (var files = Files.walk(work.resolve("out").resolve(OutputStore.JSON_LINES))) {
            return files.filter(path -> path.toString().endsWith(".jsonl")).flatMap(path -> {
                try {
                    return Files.readAllLines(path).stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static Path sample(String prefix, String extension) {
        return SparkTests.samples(extension).stream()
                .filter(path -> path.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
}
