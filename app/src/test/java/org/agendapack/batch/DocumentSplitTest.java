package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.Samples;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.agendapack.model.AgendaItem;
import org.agendapack.model.Document;
import org.agendapack.model.Pack;
import org.agendapack.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSplitTest {

    @TempDir
    Path dir;

    /** A portrait page with body lines at the top, and optionally a stamp and a footer. */
    private static Page page(String stamp, Integer footer, String... body) {
        List<Text> texts = new ArrayList<>(TestPdfs.paragraph(740, body));
        if (stamp != null) {
            texts.add(Text.at("Agenda Item " + stamp, 465, 790));
        }
        if (footer != null) {
            texts.add(Text.at("Page " + footer, 280, 30));
        }
        return Page.portrait(texts.toArray(Text[]::new));
    }

    private Pack pack() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("cabinet.pdf"),
                page(null, null, "Borsetshire Cabinet", "Agenda", "Date: Thursday, 7th May, 2020", "Time: 10.00 am",
                        "1. Apologies for Absence", "2. Minutes (Pages 3 - 4)", "3. Budget Report (Pages 5 - 6)",
                        "4. Housing Update (Pages 7 - 8)"),
                page(null, null, "PART 2 - EXEMPT ITEMS", "5. Land Sale (Pages 9 - 10)",
                        "6. Update from the Leader", "To receive a verbal update."),
                page("2", 3, "Minutes of a meeting of the Borsetshire Cabinet held on Thursday, 2nd April, 2020"),
                page(null, 4, "RESOLVED: That the report be noted."),
                page("3", 5, "REPORT TO: Cabinet", "Date of Meeting: 7 May 2020", "Report Title: Budget Report"),
                page(null, 6, "APPENDIX A", "Budget tables"),
                page(null, 7, "Housing Update", "1. Purpose of the report"),
                page(null, 8, "This page is intentionally left blank"),
                // stamped as item 4, but the agenda gives pages 9-10 to item 5
                page("4", 9, "Further housing figures"),
                page(null, 10, "More figures"));
        return PackExtractor.extract(pdf);
    }

    @Test
    void everySignalPutsEachPageInOneDocumentOfTheRightItem() throws Exception {
        Pack pack = pack();

        assertThat(pack.documents()).extracting(Document::id, Document::kind, Document::agendaItem,
                Document::pageStart, Document::pageEnd, Document::printedPageStart).containsExactly(
                tuple("d1", "front_sheet", null, 1, 2, null),
                tuple("d2", "minutes", "2", 3, 4, 3),
                tuple("d3", "report", "3", 5, 5, 5),
                tuple("d4", "appendix", "3", 6, 6, 6),
                tuple("d5", "report", "4", 7, 7, 7),
                tuple("d6", "blank", "4", 8, 8, 8),
                tuple("d7", "appendix", "4", 9, 10, 9));
        assertThat(pack.documents().get(2).title()).isEqualTo("Budget Report");
        assertThat(pack.agendaItems()).extracting(AgendaItem::number, AgendaItem::part, AgendaItem::documents)
                .containsExactly(tuple("1", 1, List.of()), tuple("2", 1, List.of("d2")),
                        tuple("3", 1, List.of("d3", "d4")), tuple("4", 1, List.of("d5", "d6", "d7")),
                        tuple("5", 2, List.of()), tuple("6", 2, List.of()));
        assertThat(pack.agendaItems().get(5).verbal()).isTrue();
    }

    @Test
    void papersStampedWithAnItemTheAgendaDoesNotListKeepTheStampsNumber() throws Exception {
        Path pdf = TestPdfs.write(dir.resolve("unlisted.pdf"),
                page(null, null, "Borsetshire Cabinet", "Agenda", "Date: Thursday, 7th May, 2020",
                        "1. Apologies for Absence", "2. Budget Report (Pages 1 - 2)"),
                page("2", 1, "REPORT TO: Cabinet", "Report Title: Budget Report"),
                page(null, 2, "Budget tables"),
                page("7", 3, "A late report"));

        Pack pack = PackExtractor.extract(pdf);

        assertThat(pack.documents()).extracting(Document::agendaItem, Document::pageStart, Document::pageEnd)
                .containsExactly(tuple(null, 1, 1), tuple("2", 2, 3), tuple("7", 4, 4));
        assertThat(pack.warnings()).extracting(Warning::code, Warning::page)
                .containsExactly(tuple("UNLISTED_ITEM", 4));
    }

    @Test
    void disagreementsAndMissingPapersAreWarnedAbout() throws Exception {
        List<Warning> warnings = pack().warnings();

        assertThat(warnings).extracting(Warning::code).containsExactlyInAnyOrder(
                "PAGE_RANGE_MISMATCH", "PAGE_RANGE_MISMATCH", "MISSING_PAPERS");
        assertThat(warnings).filteredOn(warning -> warning.code().equals("MISSING_PAPERS"))
                .singleElement().satisfies(warning -> assertThat(warning.message()).contains("item 5"));
        assertThat(warnings).filteredOn(warning -> warning.code().equals("PAGE_RANGE_MISMATCH"))
                .allSatisfy(warning -> assertThat(warning.message()).contains("item 4")).first()
                .satisfies(warning -> assertThat(warning.page()).isEqualTo(9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003", "004"})
    void everyPageAfterTheFrontSheetIsInExactlyOneDocument(String sample) throws Exception {
        Pack pack = PackExtractor.extract(Samples.file(sample, ".pdf"));

        assertThat(pack.documents().get(0)).extracting(Document::kind, Document::agendaItem, Document::pageStart)
                .containsExactly("front_sheet", null, 1);
        // only the front matter (the front sheet and the blank pages that end it) belongs to no item
        List<Document> front = pack.documents().stream().takeWhile(document -> document.agendaItem() == null)
                .toList();
        assertThat(front.subList(1, front.size())).allMatch(document -> document.kind().equals("blank"));
        List<Document> documents = pack.documents().subList(front.size(), pack.documents().size());
        assertThat(documents).isNotEmpty().allMatch(document -> document.agendaItem() != null);
        assertThat(documents.get(0).pageStart()).isEqualTo(front.get(front.size() - 1).pageEnd() + 1);
        for (int i = 1; i < documents.size(); i++) {
            assertThat(documents.get(i).pageStart()).isEqualTo(documents.get(i - 1).pageEnd() + 1);
        }
        assertThat(documents.get(documents.size() - 1).pageEnd()).isEqualTo(pack.source().pageCount());
        int firstPaper = documents.get(0).pageStart();
        assertThat(pack.pages().get(firstPaper - 1).agendaItemStamp()).isNotNull();
        assertThat(pack.warnings()).extracting(Warning::code)
                .doesNotContain("MISSING_PAPERS", "UNEXPECTED_DOCUMENT", "PAGE_RANGE_MISMATCH");
        // every document lies within its item's printed range
        for (Document document : documents) {
            AgendaItem item = pack.agendaItems().stream()
                    .filter(candidate -> candidate.number().equals(document.agendaItem())).findFirst().orElseThrow();
            assertThat(document.printedPageStart()).isBetween(item.pageStart(), item.pageEnd());
            assertThat(document.printedPageEnd()).isBetween(item.pageStart(), item.pageEnd());
        }
    }

    private static List<Object> spans(Pack pack, String item) {
        return pack.documents().stream().filter(document -> item.equals(document.agendaItem()))
                .map(document -> (Object) (document.kind() + " " + document.pageStart() + "-" + document.pageEnd()))
                .toList();
    }

    @Test
    void theThurrockPackSplitsAsItsPagesShow() throws Exception {
        // read by eye from the rendered pack: ITEM: N report headers, an appendix heading, blank fillers, and
        // item 8's appendices printed before its report
        Pack pack = PackExtractor.extract(Samples.file("003", ".pdf"));

        assertThat(spans(pack, "2")).containsExactly("minutes 5-11", "blank 12-12");
        assertThat(spans(pack, "6")).containsExactly("report 47-55", "appendix 56-58");
        assertThat(spans(pack, "8")).containsExactly("appendix 95-122", "blank 123-123", "appendix 124-138",
                "blank 139-139", "report 140-150");
        assertThat(spans(pack, "10")).containsExactly("report 207-208");
        assertThat(spans(pack, "1")).isEmpty();
    }

    @Test
    void theMay2017PackSplitsCoverSheetsFromTheirReports() throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("004", ".pdf"));

        assertThat(spans(pack, "5")).containsExactly("minutes 5-10");
        assertThat(spans(pack, "7")).containsExactly("cover_sheet 11-12", "report 13-69", "blank 70-70");
        assertThat(spans(pack, "9")).containsExactly("cover_sheet 125-126", "report 127-132");
        assertThat(spans(pack, "12")).containsExactly("cover_sheet 143-144", "report 145-147", "blank 148-148");
        assertThat(spans(pack, "11")).isEmpty();
    }

    @Test
    void aTextPackWithoutStampsOrFootersStillGivesItsDocumentsInOrder() throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("001", ".txt"));

        assertThat(pack.documents()).extracting(Document::kind, Document::agendaItem).containsExactly(
                tuple("front_sheet", null), tuple("minutes", "3"), tuple("report", "5"), tuple("appendix", "5"), tuple("appendix", "5"),
                tuple("appendix", "5"), tuple("appendix", "5"), tuple("appendix", "5"), tuple("cover_sheet", "6"),
                tuple("cover_sheet", "7"), tuple("blank", "7"), tuple("cover_sheet", "8"), tuple("blank", "8"),
                tuple("cover_sheet", "9"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "003", "004"})
    void aTextPackGivesTheSameMainDocumentsAsItsPdf(String sample) throws Exception {
        List<String> pdf = mainDocuments(PackExtractor.extract(Samples.file(sample, ".pdf")));
        List<String> text = mainDocuments(PackExtractor.extract(Samples.file(sample, ".txt")));

        assertThat(text).isEqualTo(pdf);
    }

    /**
     * The minutes, cover sheets and reports with their items, in order. A report that follows a cover sheet is
     * left out: only on PDF pages can the end of the sheet's form be seen.
     */
    private static List<String> mainDocuments(Pack pack) {
        List<String> covered = pack.documents().stream().filter(document -> document.kind().equals("cover_sheet"))
                .map(Document::agendaItem).toList();
        return pack.documents().stream()
                .filter(document -> List.of("minutes", "cover_sheet", "report").contains(document.kind()))
                .filter(document -> !document.kind().equals("report") || !covered.contains(document.agendaItem()))
                .map(document -> document.kind() + " " + document.agendaItem()).distinct().toList();
    }
}
