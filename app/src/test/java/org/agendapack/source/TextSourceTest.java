package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.agendapack.Samples;
import org.junit.jupiter.api.Test;

class TextSourceTest {

    /** The text split as if it had been read from valid UTF-8. */
    private static TextSource.Pages split(String text) {
        return TextSource.split(new TextEncoding.Decoded(text, "utf-8", 0, -1, "made up"));
    }

    private static List<SourcePage> pages(String text) {
        return split(text).pages();
    }

    private static List<String> texts(SourcePage page) {
        return page.lines().stream().map(Line::text).toList();
    }

    @Test
    void markdownBoldBecomesTheBoldFlagAndTheMarkersGo() {
        Line line = pages("3. **Minutes of Previous meeting** (Pages 3 - 8)").get(0).lines().get(0);

        assertThat(line.text()).isEqualTo("3. Minutes of Previous meeting (Pages 3 - 8)");
        assertThat(line.words()).extracting(Word::bold)
                .containsExactly(false, true, true, true, true, false, false, false, false);
    }

    @Test
    void boldMayRunOverSeveralLinesOfAParagraph() {
        List<Line> lines = pages("***Eastern Cheshire\nClinical Commissioning Group***\n\nAgenda").get(0).lines();

        assertThat(lines.get(0).bold()).isTrue();
        assertThat(lines.get(1).bold()).isTrue();
        assertThat(lines.get(1).text()).isEqualTo("Clinical Commissioning Group");
        assertThat(lines.get(3).bold()).isFalse();
    }

    @Test
    void tabsSeparateCellsAndEmptyCellsKeepColumnsAligned() {
        Line line = pages("1.1\t\tPublish the findings\tCarmel Littleton\t").get(0).lines().get(0);

        assertThat(line.cells()).extracting(Cell::text)
                .containsExactly("1.1", "", "Publish the findings", "Carmel Littleton");
        assertThat(line.words()).allMatch(word -> word.box() == null && word.fontSize() == null);
    }

    @Test
    void strayHtmlIsReducedToTextAndTickBoxesKeepTheirState() {
        List<SourcePage> pages = pages("Is this report for:\tInformation <input type=\"checkbox\"/>\t"
                + "Discussion <input checked=\"\" type=\"checkbox\"/>\n"
                + "Email: <u>someone@example.gov.uk</u> &amp; <https://example.gov.uk/x>\n"
                + "<p>Rec. 7:</p> <ul style=\"list-style-type: none\"><li>• LSCB Board</li></ul>\n"
                + "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>");

        assertThat(texts(pages.get(0))).containsExactly(
                "Is this report for:\tInformation ☐\tDiscussion ☒",
                "Email: someone@example.gov.uk & https://example.gov.uk/x",
                "Rec. 7: • LSCB Board",
                "a\tb",
                "c\td");
    }

    @Test
    void markdownPipeTablesBecomeCellsAndTheirRulesGo() {
        List<String> lines = texts(pages("| Measure | Q1 |\n|---|:---:|\n| Referrals | 87% |").get(0));

        assertThat(lines).containsExactly("Measure\tQ1", "Referrals\t87%");
    }

    @Test
    void pageFooterClosesAPageAndBlankFillerIsAPageOfItsOwn() {
        TextSource.Pages result = split(
                "first page\n\nPage 3\nsecond page\nThis page is intentionally left blank\nthird page\n");

        assertThat(result.paged()).isTrue();
        assertThat(result.pages()).extracting(TextSourceTest::texts).containsExactly(
                List.of("first page", "", "Page 3"),
                List.of("second page"),
                List.of("This page is intentionally left blank"),
                List.of("third page"));
    }

    @Test
    void aFooterRightAfterABlankFillerIsTheFillersOwn() {
        TextSource.Pages result = split(
                "first page\nThis page is intentionally left blank\n\nPage 6\nAgenda Item 5\nthird page\n");

        assertThat(result.pages()).extracting(TextSourceTest::texts).containsExactly(
                List.of("first page"),
                List.of("This page is intentionally left blank", "", "Page 6"),
                List.of("Agenda Item 5", "third page"));
    }

    @Test
    void aStampReadIntoATableRowClosesThePageAfterThatRow() {
        List<SourcePage> pages = pages("row one\nPage 96\t\t\tPublish the findings\tDecember 2013\nrow three");

        assertThat(pages).hasSize(2);
        assertThat(texts(pages.get(0))).last().isEqualTo("Page 96\t\t\tPublish the findings\tDecember 2013");
        assertThat(texts(pages.get(1))).containsExactly("row three");
    }

    @Test
    void anAgendaItemStampOpensAPageAndAFormFeedBreaksOne() {
        List<SourcePage> pages = pages("agenda\nPublic Document Pack Agenda Item 5\nminutes\fnext page");

        assertThat(pages).extracting(TextSourceTest::texts).containsExactly(
                List.of("agenda"), List.of("Public Document Pack Agenda Item 5", "minutes"), List.of("next page"));
    }

    @Test
    void textWithoutBreaksIsOneUnpagedPage() {
        TextSource.Pages result = split("Borsetshire County Council\n\nFamily Outcomes Plan\n");

        assertThat(result.paged()).isFalse();
        assertThat(result.pages()).hasSize(1);
    }

    @Test
    void theThurrockSeedIsSplitAtItsFooters() throws Exception {
        byte[] bytes = Files.readAllBytes(Samples.file("003", ".txt"));

        TextSource.Pages result = TextSource.read(bytes);

        assertThat(result.paged()).isTrue();
        assertThat(texts(result.pages().get(0))).first().asString().startsWith("Thurrock: A place of opportunity");
        assertThat(texts(result.pages().get(0))).last().isEqualTo("Page 9");
        assertThat(texts(result.pages().get(2))).containsExactly("This page is intentionally left blank");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Agenda Item 10");
        assertThat(result.pages()).last().extracting(page -> texts(page).get(0)).isEqualTo("Agenda Item 10");
    }

    @Test
    void textIsNormalisedAsAPdfsGlyphsAre() throws Exception {
        byte[] bytes = ("Noti\uFB01cation of \uFF11\uFF12 applications\n"
                + "Borsetshire\u00A0County&#160;Council\tPage\u00A0\uFF19\n")
                .getBytes(StandardCharsets.UTF_8);

        List<SourcePage> pages = TextSource.read(bytes).pages();

        assertThat(texts(pages.get(0))).containsExactly(
                "Notification of 12 applications", "Borsetshire County Council\tPage 9");
        assertThat(pages.get(0).lines().get(1).words()).extracting(Word::text)
                .containsExactly("Borsetshire", "County", "Council", "Page", "9");
    }

    @Test
    void letterSpacedCapitalsOnTheirOwnAreOneWordButASplitCapitalIsLeft() {
        List<String> lines = texts(pages("A G E N D A\n**B O R S E T S H I R E**\tPage 1\nA genda Item No\n"
                + "Options A B C D apply").get(0));

        assertThat(lines).containsExactly("AGENDA", "BORSETSHIRE\tPage 1", "A genda Item No",
                "Options A B C D apply");
    }

    @Test
    void linesCutByTheLimitAreCountedInOneWarningPerPage() {
        String longLine = "word ".repeat(4_000) + "\n";
        TextSource.Pages result = split("first page\nPage 1\n" + longLine + "short\n" + longLine + "Page 2\n"
                + "x".repeat(25_000) + "\n");

        assertThat(result.pages()).hasSize(3);
        assertThat(result.pageWarnings()).containsExactly(
                new SourceWarning("LINE_CUT", "2 lines longer than 10000 characters cut at spaces into shorter "
                        + "lines (no text is lost)", 2),
                new SourceWarning("LINE_CUT", "1 line longer than 10000 characters cut at spaces into shorter "
                        + "lines (no text is lost)", 3));
        assertThat(result.fileWarnings()).isEmpty();
    }

    @Test
    void replacedBytesAreCountedInOneWarningOnThePageOfTheFirst() throws Exception {
        byte[] bytes = "\u00a31 page\nPage 1\nsecond page, bad \u0001 byte\fthird page\u2019s \u0001\n"
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 1 ? (byte) 0xFF : bytes[i];
        }

        TextSource.Pages result = TextSource.read(bytes);

        assertThat(result.encoding()).isEqualTo("utf-8");
        assertThat(result.fileWarnings()).containsExactly(new SourceWarning("ENCODING_REPLACED",
                "2 byte sequences not valid in utf-8 replaced by U+FFFD (read as utf-8 for 2 valid multi-byte "
                        + "UTF-8 sequences against 2 invalid)", 2));
        assertThat(texts(result.pages().get(1))).containsExactly("second page, bad \uFFFD byte");
        assertThat(result.pageWarnings()).isEmpty();
    }
}
