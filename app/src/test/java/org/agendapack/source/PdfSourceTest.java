package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.Samples;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSourceTest {

    @TempDir
    Path dir;

    @Test
    void linesCarryWordPositionsFontSizeAndBoldInReadingOrder() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("a.pdf"), Page.portrait(
                Text.at("second line", 72, 700), Text.bold("Heading", 72, 760), Text.at("first line", 72, 730)));

        SourcePage page = PdfSource.read(pdf).get(0);

        assertThat(page.lines()).extracting(Line::text).containsExactly("Heading", "first line", "second line");
        Line heading = page.lines().get(0);
        assertThat(heading.bold()).isTrue();
        assertThat(page.lines().get(1).bold()).isFalse();
        Word first = page.lines().get(1).words().get(0);
        assertThat(first.text()).isEqualTo("first");
        assertThat(first.fontSize()).isCloseTo(10.0, within(0.01));
        assertThat(first.box().x()).isCloseTo(72.0, within(0.5));
        // the baseline is 730 up from the bottom of an 841.89-point page, so about 112 down from the top
        assertThat(first.box().bottom()).isCloseTo(841.89 - 730, within(1.0));
        assertThat(page.width()).isCloseTo(595.28, within(0.01));
        assertThat(page.height()).isCloseTo(841.89, within(0.01));
    }

    @Test
    void wideGapsSplitALineIntoCells() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("a.pdf"), Page.portrait(
                Text.at("Care Act Implementation Report", 100, 700), Text.at("13 - 46", 480, 700),
                Text.at("5", 60, 700)));

        Line line = PdfSource.read(pdf).get(0).lines().get(0);

        assertThat(line.text()).isEqualTo("5\tCare Act Implementation Report\t13 - 46");
        assertThat(line.cells()).hasSize(3);
    }

    @Test
    void rotatedTextIsKeptAsItsOwnLineWithItsDirectionAndPagePosition() throws Exception {
        // a stamp running down the left edge of a landscape page, level with a table row
        Path pdf = TestPdfs.write(dir.resolve("a.pdf"), Page.landscape(
                Text.rotated("Page 12", 30, 320, 270), Text.at("Row label", 20, 300), Text.at("87%", 300, 300)));

        SourcePage page = PdfSource.read(pdf).get(0);

        assertThat(page.lines()).extracting(Line::text).containsExactly("Row label\t87%", "Page 12");
        Line stamp = page.lines().get(1);
        assertThat(stamp.direction()).isEqualTo(270);
        Box box = stamp.box();
        assertThat(box.height()).isGreaterThan(box.width() * 3);
        assertThat(box.x()).isCloseTo(30.0, within(1.0));
        assertThat(box.y()).isCloseTo(595.28 - 320, within(1.0));
        assertThat(page.lines().get(0).direction()).isZero();
    }

    @Test
    void onATurnedPageDirectionsAndPositionsAreAsDisplayed() throws Exception {
        // a /Rotate 90 portrait page with upright landscape content and a stamp drawn on the unturned page
        Path pdf = TestPdfs.write(dir.resolve("a.pdf"), Page.turnedPortrait(
                Text.at("Quarterly scorecard", 72, 500), Text.rotated("Agenda Item 8", 30, 300, -90)));

        SourcePage page = PdfSource.read(pdf).get(0);

        assertThat(page.rotation()).isEqualTo(90);
        assertThat(page.width()).isGreaterThan(page.height());
        Line title = page.lines().get(0);
        assertThat(title.text()).isEqualTo("Quarterly scorecard");
        assertThat(title.direction()).isZero();
        assertThat(title.box().x()).isCloseTo(72.0, within(1.0));
        assertThat(title.box().bottom()).isCloseTo(595.28 - 500, within(1.0));
        assertThat(title.box().width()).isGreaterThan(title.box().height());
        Line stamp = page.lines().get(1);
        assertThat(stamp.text()).isEqualTo("Agenda Item 8");
        assertThat(stamp.direction()).isEqualTo(270);
        assertThat(stamp.box().height()).isGreaterThan(stamp.box().width());
    }

    @Test
    void pagesWithoutAnyContentAreStillPages() throws Exception {
        Path pdf = dir.resolve("blank.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf.toFile());
        }
        Path mixed = TestPdfs.write(dir.resolve("mixed.pdf"), Page.portrait(Text.at("First", 72, 700)),
                Page.portrait());

        assertThat(PdfSource.read(pdf)).extracting(SourcePage::index).containsExactly(1, 2);
        assertThat(PdfSource.read(pdf)).allMatch(page -> page.lines().isEmpty() && page.width() > 0);
        assertThat(PdfSource.read(mixed)).extracting(page -> page.lines().size()).containsExactly(1, 0);
    }

    @Test
    void readsEveryPageOfASamplePackWithItsSize() throws Exception {
        List<SourcePage> pages = PdfSource.read(Samples.file("002", ".pdf"));

        assertThat(pages).hasSize(9);
        assertThat(pages).extracting(SourcePage::index).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(pages.get(3).width()).isGreaterThan(pages.get(3).height());
        assertThat(pages.get(0).width()).isLessThan(pages.get(0).height());
        assertThat(pages.get(0).lines().get(0).text()).isEqualTo("Cheshire East Council");
    }

    @Test
    void boldTitlesInASamplePackAreFlagged() throws Exception {
        List<SourcePage> pages = PdfSource.read(Samples.file("000", ".pdf"));
        List<Line> lines = pages.stream().limit(2).flatMap(page -> page.lines().stream()).toList();

        Line item = lines.stream().filter(line -> line.text().contains("Domestic Abuse")).findFirst().orElseThrow();
        assertThat(item.bold()).isTrue();
        Line description = lines.stream().filter(line -> line.text().startsWith("To consider a range of actions"))
                .findFirst().orElseThrow();
        assertThat(description.bold()).isFalse();
        Line date = lines.stream().filter(line -> line.text().startsWith("Date:")).findFirst().orElseThrow();
        assertThat(date.text()).isEqualTo("Date: Tuesday, 25th September, 2018");
    }

    @Test
    void ligatureGlyphsAndUnicodeSpacesAreReadAsAReaderSeesThem() throws Exception {
        // Helvetica in WinAnsiEncoding has no ligature glyph; the Liberation Sans that PDFBox ships has ﬁ
        Path pdf = dir.resolve("ligature.pdf");
        try (PDDocument document = new PDDocument();
             InputStream ttf = PDDocument.class.getResourceAsStream(
                     "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, ttf);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 10);
                content.newLineAtOffset(72, 700);
                content.showText("Noti\uFB01cation to Borsetshire\u00A0District\u2009Council");
                content.endText();
            }
            document.save(pdf.toFile());
        }

        Line line = PdfSource.read(pdf).get(0).lines().get(0);

        assertThat(line.words()).extracting(Word::text)
                .containsExactly("Notification", "to", "Borsetshire", "District", "Council");
    }

    @Test
    void aLetterSpacedHeadingReadsAsItsWords() throws Exception {
        List<Text> texts = new ArrayList<>(spaced(760, 5, 16, "A", "G", "E", "N", "D", "A"));
        // letter spacing of 3 points, and a word space of 3 points more before the next word
        texts.addAll(spaced(720, 3, 10, "B", "O", "R", "S", "E", "T", "S", "H", "I", "R", "E"));
        texts.add(new Text("Council", 72 + width("BORSETSHIRE", 10) + 10 * 3 + 6, 720, 0, 10, false));
        Path pdf = TestPdfs.write(dir.resolve("a.pdf"), new Page(PDRectangle.A4, 0, texts, List.of()));

        List<Line> lines = PdfSource.read(pdf).get(0).lines();

        assertThat(lines).extracting(Line::text).containsExactly("AGENDA", "BORSETSHIRE Council");
        assertThat(lines.get(0).words().get(0).box().x()).isCloseTo(72.0, within(0.5));
    }

    @Test
    void aCapitalSplitFromItsWordIsJoinedButTheArticleIsNot() throws Exception {
        List<Text> texts = new ArrayList<>(spaced(700, 1.95, 10, "A", "genda Item No"));
        texts.addAll(spaced(680, 1.95, 10, "D", "etail"));
        texts.add(Text.at("A meeting of the Council", 72, 660));
        texts.addAll(spaced(640, width(" ", 10), 10, "A", "meeting of Borsetshire County Council"));
        Path pdf = TestPdfs.write(dir.resolve("a.pdf"), new Page(PDRectangle.A4, 0, texts, List.of()));

        assertThat(PdfSource.read(pdf).get(0).lines()).extracting(Line::text).containsExactly(
                "Agenda Item No", "Detail", "A meeting of the Council", "A meeting of Borsetshire County Council");
    }

    @Test
    void singleLetterTableCellsAreNotJoined() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("a.pdf"), Page.portrait(
                Text.at("Ambridge ward", 72, 700), Text.at("x", 250, 700), Text.at("x", 350, 700),
                Text.at("X", 450, 700)));

        Line line = PdfSource.read(pdf).get(0).lines().get(0);

        assertThat(line.text()).isEqualTo("Ambridge ward\tx\tx\tX");
    }

    /** Helvetica runs on one line from x = 72, each set {@code gap} points after the end of the one before. */
    private static List<Text> spaced(double y, double gap, double size, String... runs) throws IOException {
        List<Text> texts = new ArrayList<>();
        double x = 72;
        for (String run : runs) {
            texts.add(new Text(run, x, y, 0, size, false));
            x += width(run, size) + gap;
        }
        return texts;
    }

    private static double width(String text, double size) throws IOException {
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth(text) / 1000 * size;
    }
}
