package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agendapack.model.Classification;
import org.agendapack.model.Pack;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wordings each signal of the classifier knows (in {@code segment.Wording}), one row each: a council that
 * words a heading or a phrase another way is one more row here and one more entry there. Each opening is
 * followed by a line of text that is evidence of nothing, so the wording alone is tested.
 */
class ClassificationWordingTest {

    @TempDir
    Path dir;

    private Pack classify(String opening) throws Exception {
        Path file = dir.resolve("input.txt");
        Files.writeString(file, opening.replace("|", "\n") + "\nThe weather was fine.\n", StandardCharsets.UTF_8);
        return PackExtractor.extract(file);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Agenda|1. Apologies for absence (Pages 1 - 2);agenda_heading",
            "A G E N D A|1. Apologies for absence (Pages 1 - 2);agenda_heading",
            "Supplementary Agenda|4. Budget update (Pages 1 - 8);agenda_heading",
            "Agenda Supplement|4. Budget update (Pages 1 - 8);supplement_heading",
            "Summons to and Agenda for a Meeting on Monday, 3rd March, 2025 at 7.00 pm;summons",
            "You are hereby summoned to attend a meeting of Ambridge Parish Council;summons",
            "A meeting of the Wessex Combined Authority will take place on 3 March 2025 at 10am;meeting_sentence",
            "The Licensing Sub-Committee is to be held on Friday 7 March 2025 at 2.30pm;meeting_sentence",
            "Date: Tuesday 4 March 2025|Time: 7.00 pm;meeting_label",
            "Meeting date: 4 March 2025|Place: Village Hall, Ambridge;meeting_label",
            "Dear Councillor|Please find enclosed the report for item 5;dispatch_letter",
            "Dear Member|I am now able to enclose the following document;dispatch_letter",
            "Dear Members|Agenda Item No|5 Budget update (Pages 1 - 4);dispatch_letter"})
    void packWordings(String opening, String signal) throws Exception {
        Pack pack = classify(opening);

        assertThat(pack.kind()).isEqualTo("agenda_pack");
        assertThat(pack.classification().evidence()).extracting(Classification.Evidence::signal).contains(signal);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Minutes of a meeting of the Borsetshire Licensing Committee held on 4 March 2025",
            "MINUTES|Present: Councillors A Aldridge and B Archer",
            "Ambridge Parish Council Minutes|Present: Cllr Pargetter (Chair)",
            "Record of Decisions|Present: Councillors Grundy and Snell",
            "Decision Notice|RESOLVED: that the scheme be approved"})
    void minutesWordings(String opening) throws Exception {
        Pack pack = classify(opening);

        assertThat(pack.kind()).isEqualTo("minutes");
        assertThat(pack.classification().evidence()).extracting(Classification.Evidence::signal)
                .contains("minutes_title");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Felpersham Local Plan 2025-2040|Chapter 1: Introduction",
            "Annual Report of the Director of Public Health|Foreword"})
    void documentsWithoutEvidenceAreDocumentsWithoutWarnings(String opening) throws Exception {
        Pack pack = classify(opening);

        assertThat(pack.kind()).isEqualTo("document");
        assertThat(pack.classification().evidence()).isEmpty();
        assertThat(pack.warnings()).isEmpty();
    }
}
