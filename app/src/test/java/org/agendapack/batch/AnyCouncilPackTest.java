package org.agendapack.batch;

import static org.agendapack.PublishedJson.evidenceSignals;
import static org.agendapack.PublishedJson.integer;
import static org.agendapack.PublishedJson.list;
import static org.agendapack.PublishedJson.strings;
import static org.agendapack.PublishedJson.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agendapack.MadeUpCouncils;
import org.agendapack.MadeUpCouncils.Fixture;
import org.agendapack.PublishedJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Packs of councils that do not exist, laid out as real ones are: each is read from its PDF and from its text
 * conversion, and checked in the JSON a user gets.
 */
class AnyCouncilPackTest {

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- helpers

    /** The published JSON of the fixture, read from the given format ({@code pdf} or {@code txt}). */
    private JsonNode json(Fixture fixture, String format) throws Exception {
        return PublishedJson.of(fixture, dir, format);
    }




    private static List<String> warningCodes(JsonNode pack) {
        return list(pack, "warnings").stream().map(warning -> text(warning, "code")).toList();
    }

    private static List<String> itemNumbers(JsonNode pack) {
        return list(pack, "agenda_items").stream().map(item -> text(item, "number")).toList();
    }

    private static JsonNode item(JsonNode pack, String number) {
        return list(pack, "agenda_items").stream().filter(item -> number.equals(text(item, "number")))
                .findFirst().orElseThrow(() -> new AssertionError("no agenda item " + number + " in "
                        + itemNumbers(pack)));
    }

    private static String pages(JsonNode item) {
        return integer(item, "page_start") + "-" + integer(item, "page_end");
    }

    /**
     * Each document as {@code "3-5 paper 5"}: its physical pages (PDF only: a text conversion's pages are only
     * as good as the breaks it kept), its kind where the front matter and blank pages pin it ({@code paper}
     * for any other), and its agenda item ({@code -} for none).
     */
    private static List<String> documents(JsonNode pack, String format) {
        return list(pack, "documents").stream().map(document -> {
            String kind = text(document, "kind");
            String shown = List.of("front_sheet", "letter", "blank").contains(kind) ? kind : "paper";
            String item = text(document, "agenda_item");
            String where = format.equals("pdf")
                    ? integer(document, "page_start") + "-" + integer(document, "page_end") + " " : "";
            return where + shown + " " + (item == null ? "-" : item);
        }).toList();
    }

    /** The printed pages of the documents that are neither front matter nor blank, as {@code "1-3"}. */
    private static List<String> printedPagesOfPapers(JsonNode pack) {
        return list(pack, "documents").stream()
                .filter(document -> !List.of("front_sheet", "letter", "blank").contains(text(document, "kind")))
                .map(document -> integer(document, "printed_page_start") + "-"
                        + integer(document, "printed_page_end"))
                .toList();
    }


    /** The physical pages expected of a document, in the PDF only. */
    private static String pagesIn(String format, String pdfPages) {
        return format.equals("pdf") ? pdfPages + " " : "";
    }

    // ---------------------------------------------------------------- a committee front sheet

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aCommitteeFrontSheetGivesItsMeetingFromTheLeftColumnOfItsHeader(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.policyAndResourcesFrontSheet(), format);

        assertThat(text(pack, "kind")).isEqualTo("agenda_pack");
        assertThat(text(pack, "pack_kind")).isEqualTo("front_sheet");
        JsonNode meeting = pack.get("meeting");
        assertThat(text(meeting, "date")).isEqualTo("2025-03-04");
        assertThat(text(meeting, "time")).isEqualTo("14:30");
        assertThat(text(meeting, "time_note")).isNull();
        assertThat(text(meeting, "body")).containsIgnoringCase("Policy and Resources Committee");
        assertThat(text(meeting, "venue")).contains("Committee Room 2")
                .doesNotContain("Ask for").doesNotContain("Telephone").doesNotContain("Jo Bloggs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aFrontSheetIsPublishedOnTheDateAtItsFootNotOnTheMeetingDate(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.policyAndResourcesFrontSheet(), format);

        assertThat(text(pack.get("meeting"), "published")).isEqualTo("2025-02-24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aCommitteeFrontSheetListsEveryItemWhereverItsPageRangeWraps(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.policyAndResourcesFrontSheet(), format);

        assertThat(itemNumbers(pack)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(list(pack, "agenda_items")).allSatisfy(item -> assertThat(integer(item, "part")).isEqualTo(1));
        // the range on the line after the title
        assertThat(text(item(pack, "4"), "title")).startsWith("25/00012 - Revenue");
        assertThat(pages(item(pack, "4"))).isEqualTo("11-40");
        // the range broken inside its brackets
        assertThat(text(item(pack, "5"), "title"))
                .isEqualTo("25/00015 - Parking Strategy for the Market Towns 2025-2030").doesNotContain("(Pages");
        assertThat(pages(item(pack, "5"))).isEqualTo("41-66");
        assertThat(text(item(pack, "6"), "title")).isEqualTo("Draft Housing Allocations Scheme and Tenancy Strategy");
        assertThat(pages(item(pack, "6"))).isEqualTo("67-90");
        // the title going on after its range
        assertThat(text(item(pack, "7"), "title")).isEqualTo(
                "Minutes of the Felpersham Joint Board held on 12 December 2024 and 9 January 2025");
        assertThat(pages(item(pack, "7"))).isEqualTo("91-98");
        assertThat(pages(item(pack, "3"))).isEqualTo("1-10");
        assertThat(pages(item(pack, "1"))).isEqualTo("null-null");
        assertThat(pages(item(pack, "2"))).isEqualTo("null-null");
        assertThat(pages(item(pack, "8"))).isEqualTo("null-null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aFrontSheetAloneIsOneFrontSheetDocumentAndNeedsNoWarning(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.policyAndResourcesFrontSheet(), format);

        assertThat(documents(pack, format)).containsExactly(pagesIn(format, "1-1") + "front_sheet -");
        assertThat(warningCodes(pack)).doesNotContain("NO_AGENDA_ITEMS", "MEETING_DATE_MISSING", "NOT_UNDERSTOOD");
        assertThat(evidenceSignals(pack)).anySatisfy(signal -> assertThat(signal).containsIgnoringCase("agenda"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aTimeQualifiedByAnotherMeetingKeepsTheQualifierAsANote(String format) throws Exception {
        JsonNode meeting = json(MadeUpCouncils.policyAndResourcesFrontSheetAfterAnotherMeeting(), format)
                .get("meeting");

        assertThat(text(meeting, "date")).isEqualTo("2025-03-13");
        assertThat(text(meeting, "time")).isEqualTo("15:00");
        assertThat(text(meeting, "time_note")).contains("rising of the Policy Committee")
                .doesNotContain("(").doesNotContain(")").doesNotContain("Telephone");
        assertThat(text(meeting, "venue")).contains("Committee Room 2").doesNotContain("rising");
        assertThat(text(meeting, "published")).isEqualTo("2025-03-05");
    }

    // ---------------------------------------------------------------- a council summons

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aSummonsGivesTheMeetingFromTheSentenceOfItsLetter(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.countyCouncilSummons(), format);

        assertThat(text(pack, "kind")).isEqualTo("agenda_pack");
        assertThat(text(pack, "pack_kind")).isEqualTo("front_sheet");
        JsonNode meeting = pack.get("meeting");
        assertThat(text(meeting, "date")).isEqualTo("2025-03-13");
        assertThat(text(meeting, "time")).isEqualTo("10:00");
        assertThat(text(meeting, "body")).contains("County Council");
        assertThat(text(meeting, "venue")).contains("Council Chamber");
        assertThat(text(meeting, "published")).isEqualTo("2025-03-05");
        assertThat(evidenceSignals(pack)).isNotEmpty();
        assertThat(warningCodes(pack)).doesNotContain("NO_AGENDA_ITEMS", "MEETING_DATE_MISSING", "NOT_UNDERSTOOD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aSummonsAgendaTakesRangesFromTheRightHandColumnAndKeepsNotesOutOfTitles(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.countyCouncilSummons(), format);

        assertThat(itemNumbers(pack)).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(text(item(pack, "2"), "title")).isEqualTo(
                "Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record");
        assertThat(pages(item(pack, "2"))).isEqualTo("1-14");
        assertThat(text(item(pack, "4"), "title")).isEqualTo("Borsetshire Minerals Local Plan 2024-39");
        assertThat(list(item(pack, "4"), "notes")).extracting(JsonNode::asText)
                .anySatisfy(note -> assertThat(note).contains("See supplement pack published alongside the main agenda"));
        assertThat(pages(item(pack, "4"))).isEqualTo("null-null");
        assertThat(text(item(pack, "5"), "title")).isEqualTo("Treasury Management - Mid-Year Update 2024-25");
        assertThat(pages(item(pack, "5"))).isEqualTo("15-36");
        assertThat(text(item(pack, "6"), "title")).isEqualTo("Motion for Time Limited Debate");
        assertThat(pages(item(pack, "6"))).isEqualTo("37-38");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aDateWrittenOutAsTheNthDayOfAMonthAndATimeOfNoonAreRead(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.parishNoticeAtNoon(), format);

        assertThat(text(pack, "kind")).isEqualTo("agenda_pack");
        assertThat(text(pack.get("meeting"), "date")).isEqualTo("2025-03-05");
        assertThat(text(pack.get("meeting"), "time")).isEqualTo("12:00");
    }

    // ---------------------------------------------------------------- supplements

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aSupplementIsKnownByItsDispatchLetterAndTakesTheMeetingFromIt(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.parkingStrategySupplement(), format);

        assertThat(text(pack, "kind")).isEqualTo("agenda_pack");
        assertThat(text(pack, "pack_kind")).isEqualTo("supplement");
        JsonNode meeting = pack.get("meeting");
        assertThat(text(meeting, "date")).isEqualTo("2025-03-04");
        assertThat(text(meeting, "time")).isNull();
        assertThat(text(meeting, "body")).containsIgnoringCase("Policy and Resources Committee");
        assertThat(text(meeting, "published")).isEqualTo("2025-03-03");
        assertThat(evidenceSignals(pack)).anySatisfy(signal -> assertThat(signal).containsIgnoringCase("letter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aSupplementTakesItsItemsFromTheListInItsLetter(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.parkingStrategySupplement(), format);

        assertThat(itemNumbers(pack)).containsExactly("5");
        assertThat(text(item(pack, "5"), "title")).startsWith("25/00015 - Parking Strategy").doesNotContain("(Pages");
        assertThat(pages(item(pack, "5"))).isEqualTo("1-5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aSupplementSplitsAtItsLetterTheStampASkippedPageNumberAndEveryBlankPage(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.parkingStrategySupplement(), format);

        assertThat(documents(pack, format)).containsExactly(
                pagesIn(format, "1-1") + "letter -",
                pagesIn(format, "2-2") + "blank -",
                pagesIn(format, "3-5") + "paper 5",
                pagesIn(format, "6-6") + "blank 5",
                pagesIn(format, "7-7") + "paper 5",
                pagesIn(format, "8-8") + "blank 5");
        assertThat(printedPagesOfPapers(pack)).containsExactly("1-3", "5-5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aSupplementWhoseLetterListsNoItemsTakesTheItemOfItsPapersFromTheirStamp(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.budgetAmendmentsSupplementWithoutItemList(), format);

        assertThat(text(pack, "kind")).isEqualTo("agenda_pack");
        assertThat(text(pack, "pack_kind")).isEqualTo("supplement");
        assertThat(text(pack.get("meeting"), "date")).isEqualTo("2025-03-13");
        assertThat(text(pack.get("meeting"), "published")).isEqualTo("2025-03-10");
        assertThat(itemNumbers(pack)).isEmpty();
        assertThat(documents(pack, format)).containsExactly(
                pagesIn(format, "1-1") + "letter -",
                pagesIn(format, "2-2") + "blank -",
                pagesIn(format, "3-4") + "paper 6");
    }

    // ---------------------------------------------------------------- papers alone

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void stampedPapersWithoutFrontSheetOrLetterAreAPackOfPapersSplitAtEachStamp(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.stampedPapersForTwoItems(), format);

        assertThat(text(pack, "kind")).isEqualTo("agenda_pack");
        assertThat(text(pack, "pack_kind")).isEqualTo("papers");
        assertThat(documents(pack, format)).containsExactly(
                pagesIn(format, "1-3") + "paper 3",
                pagesIn(format, "4-5") + "paper 4");
        assertThat(printedPagesOfPapers(pack)).containsExactly("41-43", "44-45");
        assertThat(evidenceSignals(pack)).anySatisfy(signal -> assertThat(signal).containsIgnoringCase("stamp"));
    }

    @Test
    void pageFootersRunningFromThreeMakeAPackOfPapersThoughTheTextSpeaksOfNoMeeting() throws Exception {
        JsonNode pack = json(MadeUpCouncils.lettingsPolicyWithPackFooters(), "pdf");

        assertThat(text(pack, "kind")).isEqualTo("agenda_pack");
        assertThat(text(pack, "pack_kind")).isEqualTo("papers");
        assertThat(printedPagesOfPapers(pack)).containsExactly("3-4");
    }

    /** A text page may hold several printed pages, so footers from 3 prove nothing there: it must say so. */
    @Test
    void inTextFootersAloneAreTooLittleAndTheInputSaysItWasNotUnderstood() throws Exception {
        JsonNode pack = json(MadeUpCouncils.lettingsPolicyWithPackFooters(), "txt");

        assertThat(text(pack, "kind")).isEqualTo("document");
        assertThat(warningCodes(pack)).contains("NOT_UNDERSTOOD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aRunningAppendixHeadingDoesNotStartADocumentOnEveryPage(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.capitalProgrammeWithRunningAppendixHeadings(), format);

        assertThat(documents(pack, format)).containsExactly(
                pagesIn(format, "1-2") + "paper 9",
                pagesIn(format, "3-7") + "paper 9");
        assertThat(printedPagesOfPapers(pack)).containsExactly("21-22", "23-27");
    }

    // ---------------------------------------------------------------- paper sizes (PDF only)

    @Test
    void aChangeOfPaperSizeStartsADocumentOfTheSameItem() throws Exception {
        JsonNode pack = json(MadeUpCouncils.supplementWhosePaperSizeChanges(), "pdf");

        assertThat(documents(pack, "pdf")).containsExactly(
                "1-1 letter -",
                "2-2 blank -",
                "3-4 paper 6",
                "5-6 paper 6");
        assertThat(printedPagesOfPapers(pack)).containsExactly("1-2", "3-4");
    }

    @Test
    void anA4PageMerelyTurnedToLandscapeDoesNotStartADocument() throws Exception {
        JsonNode pack = json(MadeUpCouncils.supplementWithALandscapeTable(), "pdf");

        assertThat(documents(pack, "pdf")).containsExactly(
                "1-1 letter -",
                "2-2 blank -",
                "3-5 paper 6");
    }

    // ---------------------------------------------------------------- what is not understood

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aMinutesTitleOverAnAttendanceListIsEvidenceOfMinutes(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.allotmentWalkNotes(), format);

        // a minutes title and an attendance list are evidence enough, though there are no minute items
        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(evidenceSignals(pack)).contains("minutes_title", "attendance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aPlainDocumentWithATraceOfMinutesSaysItWasNotUnderstood(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.siteVisitNotesWithAnAttendanceList(), format);

        assertThat(text(pack, "kind")).isEqualTo("document");
        assertThat(text(pack, "pack_kind")).isNull();
        assertThat(warningCodes(pack)).contains("NOT_UNDERSTOOD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void anAgendaThatListsNoItemsIsWarnedAbout(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.parishAgendaWithoutItems(), format);

        assertThat(text(pack, "kind")).isEqualTo("agenda_pack");
        assertThat(text(pack.get("meeting"), "date")).isEqualTo("2025-03-10");
        assertThat(text(pack.get("meeting"), "time")).isEqualTo("19:30");
        assertThat(itemNumbers(pack)).isEmpty();
        assertThat(warningCodes(pack)).contains("NO_AGENDA_ITEMS").doesNotContain("MEETING_DATE_MISSING");
    }

    // ---------------------------------------------------------------- every fixture

    static Stream<Arguments> everyFixtureInBothFormats() {
        return PublishedJson.everyFixtureInBothFormats(MadeUpCouncils.class);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyFixtureInBothFormats")
    void everyInputSaysWhyItWasClassedAsItWas(String fixture, String format) throws Exception {
        JsonNode pack = json(PublishedJson.fixture(MadeUpCouncils.class, fixture), format);

        JsonNode classification = pack.get("classification");
        assertThat(classification).as("classification").isNotNull();
        assertThat(text(classification, "kind")).isEqualTo(text(pack, "kind"));
        assertThat(classification.get("evidence")).as("evidence").isNotNull().isNotEmpty();
        classification.get("evidence").forEach(evidence -> {
            assertThat(text(evidence, "signal")).isNotBlank();
            assertThat(evidence.has("kind")).isTrue();
            assertThat(evidence.has("page")).isTrue();
            assertThat(evidence.has("line")).isTrue();
        });
        if (text(pack, "kind").equals("agenda_pack")) {
            assertThat(text(pack, "pack_kind")).isIn("full", "front_sheet", "supplement", "papers");
        } else {
            assertThat(pack.has("pack_kind")).isTrue();
            assertThat(text(pack, "pack_kind")).isNull();
        }
    }

    // ---------------------------------------------------------------- a batch run

    @Test
    void aRunCountsTheInputsItDidNotUnderstand() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        MadeUpCouncils.siteVisitNotesWithAnAttendanceList().text(input, "site-visit-notes");
        MadeUpCouncils.policyAndResourcesFrontSheet().pdf(input, "policy-and-resources");
        Path output = dir.resolve("out");

        ExtractRun.run(InputCollector.collect(List.of(input.toString()), false), ExtractRun.Options.defaults(output),
                new SilentListener());

        JsonNode report = new ObjectMapper().readTree(output.resolve("run.json").toFile());
        assertThat(report.get("not_understood")).as("not_understood").isNotNull();
        assertThat(report.get("not_understood").isInt()).isTrue();
        assertThat(report.get("not_understood").asInt()).isEqualTo(1);
    }
    // ---------------------------------------------------------------- layouts of other councils

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aNoticeOfMeetingGivesItsMeetingFromATableOfLabelsWithoutColons(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.noticeOfMeetingWithATableOfLabels(), format);
        JsonNode meeting = pack.get("meeting");

        assertThat(text(meeting, "date")).isEqualTo("2025-10-14");
        assertThat(text(meeting, "time")).isEqualTo("19:00");
        assertThat(text(meeting, "body")).isEqualTo("Licensing Committee");
        assertThat(text(meeting, "council")).isEqualTo("ROYAL BOROUGH OF WYVERN");
        assertThat(text(meeting, "venue")).isEqualTo("Committee Room 3, Civic Centre, Wyvern");
        assertThat(pack.get("agenda_items")).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aBilingualNoticeIsReadPastItsOtherLanguage(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.bilingualNotice(), format);
        JsonNode meeting = pack.get("meeting");

        assertThat(text(meeting, "date")).isEqualTo("2025-12-11");
        assertThat(text(meeting, "time")).isEqualTo("10:00");
        assertThat(text(meeting, "venue")).contains("Council Chamber");
        List<JsonNode> items = new ArrayList<>();
        pack.get("agenda_items").forEach(items::add);
        assertThat(items).extracting(item -> item.get("number").asText(), item -> item.get("page_start").asInt(),
                item -> item.get("part").asInt()).containsExactly(tuple("1", 0, 1), tuple("2", 3, 1),
                tuple("3", 9, 1), tuple("4", 21, 2));
        assertThat(items.get(1).get("title").asText()).isEqualTo("Cofnodion / Minutes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aSupplementaryAgendaListsItsLateItemsWhereverTheirNumbersStart(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.supplementaryAgendaOfLateItems(), format);

        assertThat(text(pack, "pack_kind")).isEqualTo("supplement");
        List<String> numbers = new ArrayList<>();
        pack.get("agenda_items").forEach(item -> numbers.add(item.get("number").asText()));
        assertThat(numbers).containsExactly("7", "10");
        assertThat(text(pack.get("documents").get(0), "kind")).as("a front sheet, not a letter")
                .isEqualTo("front_sheet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aClerksDateIsNeitherTheMeetingNorAnItemAndAnAuthorIsNoPartOfATitle(String format) throws Exception {
        JsonNode pack = json(MadeUpCouncils.fireAuthoritySummons(), format);
        JsonNode meeting = pack.get("meeting");

        assertThat(text(meeting, "date")).isEqualTo("2025-12-10");
        assertThat(text(meeting, "published")).isEqualTo("2025-12-01");
        List<String> titles = new ArrayList<>();
        pack.get("agenda_items").forEach(item -> titles.add(item.get("number").asText() + " "
                + item.get("title").asText()));
        assertThat(titles).containsExactly("1 Chair's Announcements", "2 Revenue Budget Monitoring 2025/26",
                "3 Community Risk Management Plan");
        assertThat(text(pack.get("agenda_items").get(1), "description")).isEqualTo("Report of the Treasurer");
    }
}
