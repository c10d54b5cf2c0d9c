package org.agendapack.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.agendapack.TestLines;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.agendapack.source.PdfSource;
import org.agendapack.source.SourcePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FurnitureDetectorTest {

    @TempDir
    Path dir;

    private PackPage detectPdf(Page page) throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("page.pdf"), page);
        return FurnitureDetector.detect(PdfSource.read(pdf).get(0), true);
    }

    private static PackPage detectText(String... lines) {
        return FurnitureDetector.detect(SourcePage.text(1, TestLines.lines(lines)), true);
    }

    @Test
    void footerAndStampInThePortraitMarginsAreTakenOutOfTheBody() throws Exception {
        PackPage page = detectPdf(Page.portrait(
                Text.at("Agenda Item 5", 465, 790), Text.at("Report title", 72, 700),
                Text.at("Page 5", 280, 420), Text.at("Page 12", 280, 30)));

        assertThat(page.stampedPrinted()).isEqualTo(12);
        assertThat(page.agendaItemStamp()).isEqualTo("5");
        assertThat(page.blank()).isFalse();
        // "Page 5" in the middle of the page is text, not furniture
        assertThat(page.text()).isEqualTo("Report title\nPage 5");
    }

    @Test
    void aFooterSharingItsBaselineWithOtherTextIsSeparatedByPosition() throws Exception {
        PackPage page = detectPdf(Page.portrait(
                Text.at("Body", 72, 700), Text.at("Version 2", 72, 30), Text.at("Page 7", 280, 30)));

        assertThat(page.stampedPrinted()).isEqualTo(7);
        assertThat(page.text()).isEqualTo("Body\nVersion 2");
    }

    @Test
    void rotatedStampsOnALandscapePageAreFoundEvenOverTableCells() throws Exception {
        PackPage page = detectPdf(Page.landscape(
                Text.at("Measure", 20, 400), Text.at("Q1", 300, 400), Text.at("Referrals", 20, 300),
                Text.at("87%", 300, 300),
                Text.rotated("Page 96", 25, 320, 270), Text.rotated("Agenda Item 8", 25, 560, 270)));

        assertThat(page.stampedPrinted()).isEqualTo(96);
        assertThat(page.agendaItemStamp()).isEqualTo("8");
        assertThat(page.text()).isEqualTo("Measure\tQ1\nReferrals\t87%");
    }

    @Test
    void aBlankFillerWithItsFooterIsABlankPage() throws Exception {
        PackPage page = detectPdf(Page.portrait(
                Text.at("This page is intentionally left blank", 200, 420), Text.at("Page 12", 280, 30)));

        assertThat(page.blank()).isTrue();
        assertThat(page.stampedPrinted()).isEqualTo(12);
        assertThat(page.text()).isEmpty();
    }

    @Test
    void textStampAfterTheBannerGivesBothAndTheLineGoes() {
        PackPage page = detectText("Public Document Pack Agenda Item 5", "CHESHIRE EAST COUNCIL");

        assertThat(page.agendaItemStamp()).isEqualTo("5");
        assertThat(page.banner()).isTrue();
        assertThat(page.text()).isEqualTo("CHESHIRE EAST COUNCIL");
    }

    @Test
    void aFooterReadIntoATableRowLeavesAnEmptyCellSoTheColumnsStay() {
        PackPage page = detectText("1.1\tContinue to focus", "Page 96\t\t\tPublish the findings\tDecember 2013");

        assertThat(page.stampedPrinted()).isEqualTo(96);
        assertThat(page.text()).isEqualTo("1.1\tContinue to focus\n\t\t\tPublish the findings\tDecember 2013");
    }

    @Test
    void aWordlessTextPageOfFurnitureOnlyIsEmpty() {
        PackPage page = detectText("This page is intentionally left blank");

        assertThat(page.blank()).isTrue();
        assertThat(page.body()).isEmpty();
        assertThat(page.stampedPrinted()).isNull();
    }

    @Test
    void aCoverSheetSentenceMentioningAnAgendaItemIsLeftAlone() {
        PackPage page = detectText("Strategy Discussions are to be a standing agenda item. We are currently");

        assertThat(page.agendaItemStamp()).isNull();
        assertThat(page.body()).hasSize(1);
    }
}
