package org.agendapack.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.Samples;
import org.agendapack.source.PdfSource;
import org.agendapack.source.SourcePage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the furniture found on every page of the PDF samples against what PDFBox's own plain-text extraction
 * of the same page shows, an independent reading of the PDF.
 */
class SamplePackFurnitureTest {

    private static final Pattern FOOTER = Pattern.compile("(?m)^\\s*Page (\\d+)\\s*$");
    private static final Pattern STAMP = Pattern.compile("(?m)Agenda Item (\\d+)\\s*$");

    static List<Path> pdfs() {
        return Samples.files(".pdf");
    }

    private record Expected(Integer footer, String stamp, boolean blank) {
    }

    private static List<Expected> plainReading(Path pdf) throws Exception {
        List<Expected> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                Matcher footer = FOOTER.matcher(text);
                Integer number = null;
                while (footer.find()) {
                    number = Integer.valueOf(footer.group(1));
                }
                Matcher stamp = STAMP.matcher(text);
                pages.add(new Expected(number, stamp.find() ? stamp.group(1) : null,
                        text.contains("This page is intentionally left blank")));
            }
        }
        return pages;
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void everyFooterStampAndBlankFillerIsFoundAndTakenOutOfTheText(Path pdf) throws Exception {
        List<Expected> expected = plainReading(pdf);
        List<SourcePage> source = PdfSource.read(pdf);
        assertThat(source).hasSameSizeAs(expected);

        for (int i = 0; i < source.size(); i++) {
            PackPage page = FurnitureDetector.detect(source.get(i), true);
            Expected want = expected.get(i);
            assertThat(page.stampedPrinted()).as("footer of page %d", i + 1).isEqualTo(want.footer());
            assertThat(page.agendaItemStamp()).as("stamp of page %d", i + 1).isEqualTo(want.stamp());
            assertThat(page.blank()).as("blank page %d", i + 1).isEqualTo(want.blank());
            assertThat(page.text()).as("text of page %d", i + 1)
                    .doesNotContainPattern("(?m)^Page \\d+$").doesNotContainPattern("Agenda Item \\d+$");
        }
    }

    @Test
    void theStampsAndFillersOfTheMay2017PackAreWhereItsPagesShowThem() throws Exception {
        // read by eye from the rendered pages of the Cheshire East pack of 30 May 2017
        List<PackPage> pages = PdfSource.read(Samples.file("004", ".pdf")).stream()
                .map(page -> FurnitureDetector.detect(page, true)).toList();

        Map<Integer, String> stamps = new TreeMap<>();
        pages.stream().filter(page -> page.agendaItemStamp() != null)
                .forEach(page -> stamps.put(page.index(), page.agendaItemStamp()));
        assertThat(stamps).containsExactly(entry(5, "5"), entry(11, "7"), entry(71, "8"), entry(125, "9"),
                entry(133, "10"), entry(143, "12"));
        assertThat(pages).filteredOn(PackPage::blank).extracting(PackPage::index)
                .containsExactly(3, 4, 70, 90, 114, 148);
        assertThat(pages.get(0).banner()).isTrue();
        assertThat(pages.get(4).banner()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("pdfs")
    void printedNumbersFollowThePhysicalPagesOnceNumberingStarts(Path pdf) throws Exception {
        List<PackPage> pages = PdfSource.read(pdf).stream().map(page -> FurnitureDetector.detect(page, true)).toList();
        PrintedPageNumbering.Result result = PrintedPageNumbering.resolve(
                pages.stream().map(PackPage::stampedPrinted).toList(),
                pages.stream().map(PackPage::index).toList(), true);

        int first = pages.stream().filter(page -> page.stampedPrinted() != null).mapToInt(PackPage::index)
                .min().orElse(Integer.MAX_VALUE);
        for (PackPage page : pages) {
            Integer printed = result.pages().get(page.index() - 1).number();
            // the sample packs count their front matter, so the offset is 0
            assertThat(printed).as("printed number of page %d", page.index())
                    .isEqualTo(page.index() >= first ? page.index() : null);
        }
        assertThat(result.warnings()).isEmpty();
    }
}
