package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agendapack.Samples;
import org.agendapack.model.Meeting;
import org.agendapack.model.Pack;
import org.agendapack.model.PageRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PackExtractorTest {

    @TempDir
    Path dir;

    /** Pages {@code from}..{@code to} of a sample PDF as a PDF of their own, as councils publish parts. */
    private Path pagesOf(String sample, int from, int to, String name) throws Exception {
        Path part = dir.resolve(name);
        try (PDDocument source = Loader.loadPDF(Samples.file(sample, ".pdf").toFile());
             PDDocument target = new PDDocument()) {
            for (int page = from; page <= to; page++) {
                target.importPage(source.getPage(page - 1));
            }
            target.save(part.toFile());
        }
        return part;
    }

    @ParameterizedTest
    @CsvSource({
            "000,.pdf,2018-09-25,14:00", "000,.txt,2018-09-25,14:00",
            "001,.pdf,2017-11-28,14:00", "001,.txt,2017-11-28,14:00",
            "003,.pdf,2014-09-11,14:00", "003,.txt,2014-09-11,14:00",
            "004,.pdf,2017-05-30,14:00", "004,.txt,2017-05-30,14:00"})
    void packsAreAgendaPacksWithTheirMeeting(String sample, String extension, String date, String time)
            throws Exception {
        Pack pack = PackExtractor.extract(Samples.file(sample, extension));

        assertThat(pack.kind()).isEqualTo("agenda_pack");
        assertThat(pack.meeting().date()).isEqualTo(date);
        assertThat(pack.meeting().time()).isEqualTo(time);
        assertThat(pack.meeting().body()).endsWith("Health and Wellbeing Board");
        assertThat(pack.meeting().venue()).isNotBlank();
        assertThat(pack.schema()).isEqualTo("agendapack/1");
        assertThat(pack.source().format()).isEqualTo(extension.equals(".pdf") ? "pdf" : "text");
    }

    @ParameterizedTest
    @CsvSource({"000", "001", "003", "004"})
    void aPackAndItsTextConversionAgreeOnTheMeeting(String sample) throws Exception {
        Meeting pdf = PackExtractor.extract(Samples.file(sample, ".pdf")).meeting();
        Meeting text = PackExtractor.extract(Samples.file(sample, ".txt")).meeting();

        assertThat(text.body()).isEqualTo(pdf.body());
        assertThat(text.council()).isEqualTo(pdf.council());
        assertThat(text.venue()).isEqualTo(pdf.venue());
    }

    @ParameterizedTest
    @CsvSource({"002,.pdf", "002,.txt"})
    void aStandAlonePlanIsADocumentWithNoMeeting(String sample, String extension) throws Exception {
        Pack pack = PackExtractor.extract(Samples.file(sample, extension));

        assertThat(pack.kind()).isEqualTo("document");
        assertThat(pack.meeting()).isNull();
        assertThat(pack.pages()).isNotEmpty();
    }

    @Test
    void pdfPagesCarryTheirProvenanceAndTheirTextWithoutFurniture() throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("001", ".pdf"));

        assertThat(pack.source().pageCount()).isEqualTo(111).isEqualTo(pack.pages().size());
        PageRecord minutes = pack.pages().get(2);
        assertThat(minutes.page()).isEqualTo(3);
        assertThat(minutes.printedPage()).isEqualTo(3);
        assertThat(minutes.printedPageOrigin()).isEqualTo("footer");
        assertThat(minutes.agendaItemStamp()).isEqualTo("3");
        assertThat(minutes.kind()).isEqualTo("content");
        assertThat(minutes.text()).startsWith("CHESHIRE EAST COUNCIL\nMinutes of a meeting of the")
                .doesNotContain("Agenda Item 3").doesNotContain("Page 3");
        assertThat(pack.pages().get(89).kind()).isEqualTo("blank");
        assertThat(pack.pages().get(0).printedPage()).isNull();
        assertThat(pack.pages().get(0).width()).isEqualTo(594.96);
    }

    @Test
    void textPagesWithoutBreaksHaveNoPhysicalNumber() throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("002", ".txt"));

        assertThat(pack.pages()).singleElement().satisfies(page -> {
            assertThat(page.page()).isNull();
            assertThat(page.width()).isNull();
            assertThat(page.rotation()).isNull();
            assertThat(page.text()).startsWith("Cheshire East Council\n\n\n\nFamily Focus Outcomes Plan");
        });
    }

    @Test
    void aFrontSheetPublishedAloneIsAnAgendaPack() throws Exception {
        Pack pack = PackExtractor.extract(pagesOf("003", 1, 4, "front-sheet.pdf"));

        assertThat(pack.kind()).isEqualTo("agenda_pack");
        assertThat(pack.meeting().date()).isEqualTo("2014-09-11");
        assertThat(pack.meeting().council()).isEqualTo("Thurrock Council");
    }

    @Test
    void printedMinutesPublishedAloneAreMinutesOfTheirOwnMeeting() throws Exception {
        Pack pack = PackExtractor.extract(pagesOf("000", 3, 8, "minutes.pdf"));

        assertThat(pack.kind()).isEqualTo("minutes");
        assertThat(pack.meeting().date()).isEqualTo("2018-07-24");
        assertThat(pack.meeting().body()).isEqualTo("Cheshire East Health and Wellbeing Board");
        assertThat(pack.meeting().venue())
                .isEqualTo("Committee Suite 1,2 & 3, Westfields, Middlewich Road, Sandbach CW11 1HZ");
        assertThat(pack.meeting().pageStart()).isEqualTo(1);
        assertThat(pack.meeting().printedPageStart()).isEqualTo(3);
    }

    @Test
    void minutesAsTextAreMinutesToo() throws Exception {
        String seed = Files.readString(Samples.file("003", ".txt"));
        String minutes = seed.substring(seed.indexOf("MINUTES of the meeting"), seed.indexOf("Page 9"));
        Path file = Files.writeString(dir.resolve("minutes.md"), minutes);

        Pack pack = PackExtractor.extract(file);

        assertThat(pack.kind()).isEqualTo("minutes");
        assertThat(pack.meeting().body()).isEqualTo("Thurrock Health and Wellbeing Board");
        assertThat(pack.meeting().date()).isEqualTo("2014-07-17");
        assertThat(pack.meeting().time()).isEqualTo("11:00");
    }

    @Test
    void aFrontSheetWithAnUnlabelledDateAndItemsWithoutPagesIsAnAgendaPack() throws Exception {
        Path file = Files.writeString(dir.resolve("cabinet.txt"), String.join("\n", "Cabinet",
                "Tuesday, 10 March 2020 at 10.00 am", "Council Chamber, Town Hall, Felpersham FE1 2AB", "Agenda",
                "1. Apologies for absence", "2. Declarations of interest", "3. Leader's announcements"));

        Pack pack = PackExtractor.extract(file);

        assertThat(pack.kind()).isEqualTo("agenda_pack");
        assertThat(pack.meeting().date()).isEqualTo("2020-03-10");
        assertThat(pack.agendaItems()).hasSize(3);
    }

    @Test
    void aSupplementWithAnAgendaHeadingAndItemsIsAnAgendaPack() throws Exception {
        Path file = Files.writeString(dir.resolve("supplement.txt"), String.join("\n",
                "Cabinet", "", "Supplementary Agenda", "", "7. Budget Monitoring Report (Pages 1 - 12)",
                "", "Page 1", "Budget Monitoring Report"));

        Pack pack = PackExtractor.extract(file);

        assertThat(pack.kind()).isEqualTo("agenda_pack");
        assertThat(pack.warnings()).extracting(warning -> warning.code()).contains("MEETING_DATE_MISSING");
    }
}
