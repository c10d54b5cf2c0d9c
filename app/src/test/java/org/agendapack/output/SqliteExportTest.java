package org.agendapack.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendapack.Samples;
import org.agendapack.batch.PackExtractor;
import org.agendapack.model.Pack;
import org.agendapack.source.SourceException;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteExportTest {

    private static final List<String> CSV_TABLES = List.of("agenda_items", "documents", "minutes_items",
            "resolutions", "attendance", "cover_sheets", "metrics");

    private static List<Pack> samples;

    @TempDir
    Path dir;

    @BeforeAll
    static void extractSamples() throws SourceException {
        samples = new ArrayList<>();
        for (Path file : Samples.files("")) {
            if (!file.getFileName().toString().equals("README.md")) {
                samples.add(PackExtractor.extract(file));
            }
        }
    }

    @Test
    void everySamplePackHasTheRowsOfItsCsvFiles() throws Exception {
        Path database = dir.resolve("run.db");

        SqliteExport.update(database, samples);

        Map<String, Integer> csvRows = csvRowCounts(samples);
        assertThat(csvRows.get("metrics")).isPositive();
        assertThat(csvRows.get("agenda_items")).isPositive();
        assertThat(rowCounts(database)).containsAllEntriesOf(csvRows)
                .containsEntry("packs", samples.size())
                .containsEntry("tables", samples.stream().mapToInt(pack -> pack.tables().size()).sum());
    }

    @Test
    void theRowsHoldWhatTheCsvFilesHoldWithTheirTypes() throws Exception {
        Path database = dir.resolve("run.db");

        SqliteExport.update(database, samples);

        for (String table : CSV_TABLES) {
            List<List<Object>> expected = new ArrayList<>();
            samples.forEach(pack -> CsvExports.valuesOf(pack).get(table + ".csv")
                    .forEach(row -> expected.add(row.stream().map(SqliteExportTest::stored).toList())));
            assertThat(query(database, "SELECT * FROM " + table + " ORDER BY rowid", 1))
                    .as(table).isEqualTo(expected);
        }
    }

    @Test
    void numbersAreStoredAsNumbersAndFlagsAsZeroOrOne() throws Exception {
        Path database = dir.resolve("run.db");

        SqliteExport.update(database, samples);

        assertThat(query(database, "SELECT DISTINCT typeof(numeric_value) FROM metrics"
                + " WHERE numeric_value IS NOT NULL", 0)).containsExactly(List.of("real"));
        assertThat(query(database, "SELECT DISTINCT typeof(page) FROM metrics WHERE page IS NOT NULL", 0))
                .containsExactly(List.of("integer"));
        assertThat(query(database, "SELECT DISTINCT typeof(page_count) FROM packs", 0))
                .containsExactly(List.of("integer"));
        assertThat(query(database, "SELECT DISTINCT verbal FROM agenda_items ORDER BY verbal", 0))
                .isSubsetOf(List.of(0L), List.of(1L)).isNotEmpty();
        assertThat(query(database, "SELECT DISTINCT typeof(page_start) FROM documents"
                + " WHERE page_start IS NOT NULL", 0)).containsExactly(List.of("integer"));
        assertThat(query(database, "SELECT meeting_date FROM packs WHERE meeting_date IS NOT NULL", 0))
                .isNotEmpty().allSatisfy(row -> assertThat((String) row.get(0)).matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void everyRecordBelongsToItsPackAndItsDocumentOrTable() throws Exception {
        Path database = dir.resolve("run.db");

        SqliteExport.update(database, samples);

        assertThat(query(database, "PRAGMA foreign_key_check", 0)).isEmpty();
        assertThat(query(database, "SELECT count(*) FROM metrics m JOIN tables t"
                + " ON t.pack_id = m.pack_id AND t.id = m.table_id", 0))
                .containsExactly(List.of((long) csvRowCounts(samples).get("metrics")));
    }

    @Test
    void runningAgainReplacesThePacksRowsAndAddsNone() throws Exception {
        Path database = dir.resolve("run.db");
        SqliteExport.update(database, samples);
        Map<String, Integer> first = rowCounts(database);

        SqliteExport.update(database, samples);
        SqliteExport.update(database, samples.subList(0, 2));

        assertThat(rowCounts(database)).isEqualTo(first);
    }

    @Test
    void aChangedPackReplacesItsOwnRowsOnly() throws Exception {
        Path database = dir.resolve("run.db");
        SqliteExport.update(database, samples);
        Pack changed = samples.stream().filter(pack -> pack.agendaItems().size() > 1).findFirst().orElseThrow();
        String file = changed.source().file();
        Map<String, Integer> others = rowCountsOtherThan(database, file);
        Pack fewerItems = new Pack(changed.schema(), changed.source(), changed.kind(), changed.packKind(),
                changed.classification(), changed.meeting(), changed.agendaItems().subList(0, 1), List.of(),
                List.of(), List.of(), List.of(), changed.pages(), changed.warnings());

        SqliteExport.update(database, List.of(fewerItems));

        assertThat(query(database, "SELECT a.number FROM agenda_items a JOIN packs p ON p.id = a.pack_id"
                + " WHERE p.file = '" + file + "'", 0))
                .containsExactly(List.of(changed.agendaItems().get(0).number()));
        assertThat(query(database, "SELECT count(*) FROM metrics WHERE pack = '" + file + "'", 0))
                .containsExactly(List.of(0L));
        assertThat(rowCountsOtherThan(database, file)).isEqualTo(others);
        assertThat(query(database, "PRAGMA foreign_key_check", 0)).isEmpty();
    }

    @Test
    void aDatabaseThatCouldNotBeFilledIsNotLeftBehind() {
        Path database = dir.resolve("run.db");
        Pack withTables = samples.stream().filter(pack -> !pack.tables().isEmpty()).findFirst().orElseThrow();
        Pack tablesOfNoDocument = new Pack(withTables.schema(), withTables.source(), withTables.kind(),
                withTables.packKind(), withTables.classification(), withTables.meeting(), List.of(), List.of(),
                List.of(), List.of(), withTables.tables(), withTables.pages(), withTables.warnings());

        assertThatThrownBy(() -> SqliteExport.update(database, List.of(samples.get(0), tablesOfNoDocument)))
                .isInstanceOf(DatabaseFailure.class)
                .hasMessageStartingWith(database.toAbsolutePath() + " cannot be updated")
                .hasMessageContaining("FOREIGN KEY");
        assertThat(database).doesNotExist();
    }

    @Test
    void aFileThatIsNotSqliteIsLeftAloneWithAOneLineReason() throws Exception {
        Path notes = dir.resolve("notes.db");
        String content = "Borsetshire Council: minutes of the Felpersham committee, not a database.\n".repeat(20);
        Files.writeString(notes, content);

        assertThatThrownBy(() -> SqliteExport.update(notes, samples.subList(0, 1)))
                .isInstanceOf(IOException.class)
                .hasMessage(notes.toAbsolutePath() + " is not an SQLite database");
        assertThat(Files.readString(notes)).isEqualTo(content);
    }

    @Test
    void aFolderInThePlaceOfTheDatabaseIsNamed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("run.db"));

        assertThatThrownBy(() -> SqliteExport.update(folder, samples.subList(0, 1)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(folder.toAbsolutePath() + " cannot be opened")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDatabaseOfAnotherLayoutIsNotWrittenInto() throws Exception {
        Path database = dir.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE packs (name TEXT)");
            statement.execute("PRAGMA user_version = 7");
        }

        assertThatThrownBy(() -> SqliteExport.update(database, samples.subList(0, 1)))
                .isInstanceOf(DatabaseFailure.class)
                .hasMessageContaining(database.toAbsolutePath().toString())
                .hasMessageContaining("another layout");
        assertThat(query(database, "SELECT count(*) FROM packs", 0)).containsExactly(List.of(0L));
    }

    /** The rows each CSV file of a run on the packs holds, by table, header left out. */
    private static Map<String, Integer> csvRowCounts(List<Pack> packs) throws IOException {
        CsvExports exports = new CsvExports(packs.size());
        for (int i = 0; i < packs.size(); i++) {
            exports.add(i, packs.get(i));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : exports.files(true).entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            int records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords().size();
            counts.put(CsvExports.tableOf(file.getKey()), records - 1);
        }
        return counts;
    }

    private static Map<String, Integer> rowCounts(Path database) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("packs", count(database, "SELECT count(*) FROM packs"));
        counts.put("tables", count(database, "SELECT count(*) FROM tables"));
        for (String table : CSV_TABLES) {
            counts.put(table, count(database, "SELECT count(*) FROM " + table));
        }
        return counts;
    }

    private static Map<String, Integer> rowCountsOtherThan(Path database, String file) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : CSV_TABLES) {
            counts.put(table, count(database, "SELECT count(*) FROM " + table + " WHERE pack <> '" + file + "'"));
        }
        return counts;
    }

    private static int count(Path database, String sql) throws SQLException {
        return ((Number) query(database, sql, 0).get(0).get(0)).intValue();
    }

    /** The rows a query gives, from the given column on (0-based), as SQLite typed them. */
    private static List<List<Object>> query(Path database, String sql, int firstColumn) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = firstColumn + 1; c <= columns; c++) {
                    row.add(stored(result.getObject(c)));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** A value as SQLite keeps it: whole numbers and flags as a long, other numbers as a double. */
    private static Object stored(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1L : 0L;
        }
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        return value;
    }
}
