package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agendapack.Samples;
import org.agendapack.model.Pack;
import org.agendapack.model.Table;
import org.agendapack.model.TableKind;
import org.agendapack.output.CsvExports;
import org.agendapack.output.CsvOutput;
import org.agendapack.parse.MetricRows;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SampleTablesTest {

    @TempDir
    Path dir;

    private static Table captioned(Pack pack, String caption) {
        return pack.tables().stream().filter(table -> table.caption() != null && table.caption().startsWith(caption))
                .findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void theNationalMetricsTableAcrossTwoPages(String extension) throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("000", extension));
        Table metrics = captioned(pack, "4. National Metrics");

        assertThat(metrics.kind()).isEqualTo(TableKind.METRIC);
        assertThat(metrics.agendaItem()).isEqualTo("7");
        assertThat(metrics.columns()).containsExactly("Metric", "", "Comments", "RAG rating");
        assertThat(metrics.rows()).hasSize(4).extracting(row -> row.get(3))
                .containsExactly("Red", "Green", "Red", "Green");
        if (extension.equals(".pdf")) {
            assertThat(metrics.pageStart()).isEqualTo(20);
            assertThat(metrics.pageEnd()).isEqualTo(21);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void theStaffOutcomesTableWithItsThreeTimePoints(String extension) throws Exception {
        Table staff = captioned(PackExtractor.extract(Samples.file("004", extension)), "Table 6: Staff outcomes");

        assertThat(staff.kind()).isEqualTo(TableKind.METRIC);
        assertThat(staff.columns()).containsExactly("", "Baseline (n=77)", "Mid-point (n=10)",
                "Post-project (n=10)");
        assertThat(staff.rows()).hasSize(26);
        assertThat(staff.rows().get(1)).containsExactly("Recognition of mental health issues in the vignette", "81",
                "77", "87.5");
    }

    @Test
    void ragRatingsAreMetricsLabelledByTheirNumberedRow() throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("000", ".pdf"));

        assertThat(MetricRows.of(pack)).filteredOn(row -> row.caption() != null
                        && row.caption().equals("4. National Metrics"))
                .extracting(row -> row.rowLabel().substring(0, 6), row -> row.columnLabel(), row -> row.rag())
                .containsExactly(org.assertj.core.api.Assertions.tuple("1. NEA", "RAG rating", "red"),
                        org.assertj.core.api.Assertions.tuple("2. Res", "RAG rating", "green"),
                        org.assertj.core.api.Assertions.tuple("3. Rea", "RAG rating", "red"),
                        org.assertj.core.api.Assertions.tuple("4. Del", "RAG rating", "green"));
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void aTwoRowHeaderAboveNumberedRowsIsMergedAndItsSplitWordRejoined(String extension) throws Exception {
        Table maturity = PackExtractor.extract(Samples.file("000", extension)).tables().stream()
                .filter(table -> table.columns().contains("Maturity assessment Q1 18/19")).findFirst().orElseThrow();

        assertThat(maturity.headerRows()).isEqualTo(2);
        // numbered 1. to 8., over two pages in the PDF
        assertThat(maturity.rows()).extracting(row -> row.get(0)).startsWith("1.", "2.", "3.", "4.").endsWith("8.");
        assertThat(maturity.columns()).contains("Rationale to support assessment if 'Mature'");
    }

    @Test
    void minutesAndProsePagesHaveNoTables() throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("000", ".pdf"));

        assertThat(pack.tables()).noneMatch(table -> table.pageStart() >= 3 && table.pageStart() <= 8);
        assertThat(pack.tables()).noneMatch(table -> table.pageStart() >= 30 && table.pageStart() <= 34);
    }

    @Test
    void theTidyMetricsHoldNormalisedValues() throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("004", ".pdf"));
        CsvExports exports = new CsvExports(1);
        exports.add(0, pack);
        Path file = Files.write(dir.resolve("metrics.csv"), exports.files(false).get("metrics.csv"));

        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(file)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
        assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(CsvOutput.METRIC_COLUMNS);
        CSVRecord recognition = records.stream()
                .filter(record -> record.get("row_label").equals("Recognition of mental health issues in the vignette")
                        && record.get("column_label").equals("Post-project (n=10)")).findFirst().orElseThrow();
        assertThat(recognition.get("numeric_value")).isEqualTo("87.5");
        assertThat(recognition.get("unit")).isEqualTo("number");
        assertThat(recognition.get("pack")).isEqualTo(Samples.file("004", ".pdf").getFileName().toString());
        assertThat(recognition.get("meeting_date")).isEqualTo("2017-05-30");
        assertThat(recognition.get("agenda_item")).isEqualTo("7");
        assertThat(records).anySatisfy(record -> {
            assertThat(record.get("raw_value")).endsWith("%");
            assertThat(record.get("unit")).isEqualTo("percent");
        });
        assertThat(records).allSatisfy(record -> assertThat(record.get("raw_value")).isNotEmpty());
    }
}
