package org.agendapack.batch;

import static org.agendapack.PublishedJson.evidenceSignals;
import static org.agendapack.PublishedJson.integer;
import static org.agendapack.PublishedJson.list;
import static org.agendapack.PublishedJson.strings;
import static org.agendapack.PublishedJson.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.agendapack.MadeUpCouncils.Fixture;
import org.agendapack.PublishedJson;
import org.agendapack.MadeUpMinutes;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Printed minutes and records of decisions of bodies that do not exist, published on their own, each opening,
 * numbering, listing people, deciding and voting its own way: each is read from its PDF and from its text
 * conversion, and checked in the JSON a user gets.
 *
 * <p>Minute numbers are compared as printed, but loosely: a trailing full stop, a leading {@code Min} and white
 * space do not count ({@code 84.} is {@code 84}, {@code Min 123/24} is {@code 123/24}).
 */
class AnyCouncilMinutesTest {

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- helpers

    /** The published JSON of the fixture, read from the given format ({@code pdf} or {@code txt}). */
    private JsonNode json(Fixture fixture, String format) throws Exception {
        return PublishedJson.of(fixture, dir, format);
    }






    /** The one set of minutes a minutes file gives. */
    private static JsonNode minutes(JsonNode pack) {
        List<JsonNode> all = list(pack, "minutes");
        assertThat(all).as("minutes of a file of kind %s", text(pack, "kind")).hasSize(1);
        return all.get(0);
    }

    private static List<JsonNode> items(JsonNode pack) {
        return list(minutes(pack), "items");
    }

    /** A minute number as printed, without what does not count: a trailing full stop, {@code Min}, spaces. */
    private static String loosely(String number) {
        return number == null ? null
                : number.strip().replaceFirst("(?i)^min(?:ute)?s?\\.?\\s*(?:no\\.?\\s*)?(?=\\d)", "")
                        .replaceAll("\\s+", "").replaceFirst("\\.$", "");
    }

    private static List<String> numbers(JsonNode pack) {
        return items(pack).stream().map(item -> loosely(text(item, "number"))).toList();
    }

    private static List<String> titles(JsonNode pack) {
        return items(pack).stream().map(item -> text(item, "title")).toList();
    }

    /** The minute numbered {@code number} (loosely). */
    private static JsonNode item(JsonNode pack, String number) {
        return items(pack).stream().filter(item -> loosely(number).equals(loosely(text(item, "number"))))
                .findFirst().orElseThrow(() -> new AssertionError("no minute " + number + " in " + numbers(pack)));
    }

    private static List<String> resolutions(JsonNode item) {
        return strings(item, "resolutions");
    }

    private static List<JsonNode> attendance(JsonNode pack) {
        return list(minutes(pack), "attendance");
    }

    private static List<String> attendeeNames(JsonNode pack) {
        return attendance(pack).stream().map(person -> text(person, "name")).toList();
    }

    /** The one attendee whose name contains {@code part}. */
    private static JsonNode attendee(JsonNode pack, String part) {
        List<JsonNode> found = attendance(pack).stream()
                .filter(person -> text(person, "name") != null && text(person, "name").contains(part)).toList();
        assertThat(found).as("attendees named like %s among %s", part, attendeeNames(pack)).hasSize(1);
        return found.get(0);
    }

    private static List<String> apologyNames(JsonNode pack) {
        return list(minutes(pack), "apologies").stream().map(person -> text(person, "name")).toList();
    }

    /**
     * The votes recorded in a minute, in order: {@code votes} is one vote (or null) today; should it become a
     * list of votes, the list.
     */
    private static List<JsonNode> votes(JsonNode item) {
        JsonNode votes = item.get("votes");
        List<JsonNode> out = new ArrayList<>();
        if (votes == null || votes.isNull()) {
            return out;
        }
        if (votes.isArray()) {
            votes.forEach(out::add);
        } else {
            out.add(votes);
        }
        return out;
    }

    /** A vote as {@code "7-2-0"}: for, against, abstain ({@code null} where not given). */
    private static String counts(JsonNode vote) {
        return integer(vote, "for_count") + "-" + integer(vote, "against") + "-" + integer(vote, "abstain");
    }

    private static JsonNode lastVote(JsonNode item) {
        List<JsonNode> votes = votes(item);
        assertThat(votes).as("votes of minute %s", text(item, "number")).isNotEmpty();
        return votes.get(votes.size() - 1);
    }

    // ---------------------------------------------------------------- a unitary council's policy committee

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void committeeMinutesUnderTheCouncilsNameAreClassedAsMinutesByTheirEvidence(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamPolicyAndResourcesMinutes(), format);

        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(text(pack.get("classification"), "kind")).isEqualTo("minutes");
        assertThat(text(pack, "pack_kind")).isNull();
        assertThat(evidenceSignals(pack)).contains("minutes_title", "attendance", "resolution");
        assertThat(list(pack, "agenda_items")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void theHeldOnLineGivesTheMeetingAndTheDateOfTheNextMeetingDoesNot(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamPolicyAndResourcesMinutes(), format);
        JsonNode minutes = minutes(pack);

        assertThat(text(minutes, "meeting_date")).isEqualTo("2024-10-07");
        assertThat(text(minutes, "body")).containsIgnoringCase("Policy and Resources Committee")
                .doesNotContain("held on");
        assertThat(text(minutes, "venue")).contains("Council Chamber").doesNotContain("7.30");
        assertThat(text(minutes, "start_time")).isEqualTo("19:30");
        assertThat(text(minutes, "end_time")).isEqualTo("21:05");
        JsonNode meeting = pack.get("meeting");
        assertThat(text(meeting, "date")).isEqualTo("2024-10-07");
        assertThat(text(meeting, "time")).isEqualTo("19:30");
        assertThat(text(meeting, "body")).containsIgnoringCase("Policy and Resources Committee");
        assertThat(text(meeting, "council")).isEqualToIgnoringCase("Felpersham Borough Council");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void councillorsInAPresentParagraphKeepTheirChairAndViceChairMarkers(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamPolicyAndResourcesMinutes(), format);

        List<String> members = List.of("Archer", "Grundy", "Snell", "Franks");
        assertThat(attendeeNames(pack).stream().filter(name -> members.stream().anyMatch(name::contains)))
                .as("members in %s", attendeeNames(pack)).hasSize(4);
        assertThat(text(attendee(pack, "Archer"), "role")).isEqualTo("Chair");
        assertThat(text(attendee(pack, "Grundy"), "role")).isEqualTo("Vice-Chair");
        assertThat(text(attendee(pack, "Snell"), "role")).isNull();
        assertThat(attendeeNames(pack)).noneMatch(name -> name.contains("(") || name.startsWith("Councillors"))
                .noneMatch(name -> name.contains(" and "));
        assertThat(text(minutes(pack), "chair")).contains("Archer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void officersAlsoPresentAreAttendanceUnderTheirOwnHeading(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamPolicyAndResourcesMinutes(), format);

        assertThat(attendance(pack)).hasSize(6);
        JsonNode officer = attendee(pack, "Aldridge");
        assertThat(text(officer, "group")).isNotNull().isNotEqualTo(text(attendee(pack, "Archer"), "group"));
        assertThat(text(officer, "name")).doesNotContain("Chief Executive");
        assertThat(text(attendee(pack, "Carter"), "name")).doesNotContain("Legal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void anApologiesMinuteGivesTheApologies(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamPolicyAndResourcesMinutes(), format);

        assertThat(apologyNames(pack)).hasSize(2);
        assertThat(apologyNames(pack).get(0)).contains("Pargetter");
        assertThat(apologyNames(pack).get(1)).contains("Horrobin");
        // the plural of "Councillors A Pargetter and K Horrobin" is no one's title
        assertThat(apologyNames(pack)).noneMatch(name -> name.startsWith("Councillors"));
        assertThat(attendeeNames(pack)).noneMatch(name -> name.contains("Pargetter") || name.contains("Horrobin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void numberedParagraphsInsideAMinuteAreNotMinutes(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamPolicyAndResourcesMinutes(), format);

        assertThat(numbers(pack)).containsExactly("84", "85", "86");
        assertThat(titles(pack).get(0)).isEqualToIgnoringCase("Apologies for absence");
        assertThat(titles(pack).get(1)).isEqualTo("Revenue Budget Monitoring 2024/25");
        assertThat(text(item(pack, "85"), "text")).contains("forecast overspend had fallen")
                .contains("nightly-paid placements").contains("average stay had lengthened");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aMinuteTitleMayOpenWithAPlanningReference(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamPolicyAndResourcesMinutes(), format);

        JsonNode depot = items(pack).get(items(pack).size() - 1);
        assertThat(loosely(text(depot, "number"))).isEqualTo("86");
        assertThat(text(depot, "title")).startsWith("24/00311/FUL").contains("Former Depot, Mill Lane");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void resolvedItWasResolvedAndAgreedAreEachKeptAsResolutions(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamPolicyAndResourcesMinutes(), format);

        assertThat(resolutions(item(pack, "84"))).isEmpty();
        assertThat(text(item(pack, "84"), "decision")).isNull();
        JsonNode budget = item(pack, "85");
        assertThat(text(budget, "decision")).isEqualTo("resolved");
        assertThat(resolutions(budget)).hasSize(2);
        assertThat(resolutions(budget).get(0)).contains("the report be noted");
        assertThat(resolutions(budget).get(1)).contains("report further on temporary accommodation")
                .contains("December");
        JsonNode depot = item(pack, "86");
        assertThat(text(depot, "decision")).isEqualTo("agreed");
        assertThat(resolutions(depot)).singleElement().asString().contains("offered for sale on the open market")
                .contains("Head of Property");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void theEndOfTheMinutesIsNotAMinute(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamPolicyAndResourcesMinutes(), format);

        JsonNode depot = item(pack, "86");
        assertThat(text(depot, "title")).doesNotContain("meeting ended");
        assertThat(titles(pack)).noneMatch(title -> title != null && title.contains("Date of next meeting"));
        assertThat(text(minutes(pack), "chair")).isNotEqualTo("Chair").contains("Archer");
    }

    // ---------------------------------------------------------------- a combined authority

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aCombinedAuthoritysMinutesGiveTheTimesCommencedAndConcluded(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.wessexCombinedAuthorityMinutes(), format);
        JsonNode minutes = minutes(pack);

        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(evidenceSignals(pack)).contains("minutes_title");
        assertThat(text(minutes, "meeting_date")).isEqualTo("2024-11-22");
        assertThat(text(minutes, "start_time")).isEqualTo("10:00");
        assertThat(text(minutes, "end_time")).isEqualTo("11:45");
        assertThat(text(minutes, "venue")).isEqualTo("The Assembly Rooms, Borchester");
        assertThat(text(minutes, "body")).contains("Combined Authority Board");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void membersPresentInATableOfNameAndOrganisationKeepTheirHonours(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.wessexCombinedAuthorityMinutes(), format);

        List<JsonNode> members = attendance(pack).stream()
                .filter(person -> "members present".equalsIgnoreCase(text(person, "group"))).toList();
        assertThat(members).extracting(person -> text(person, "name"), person -> text(person, "organisation"))
                .containsExactly(
                        tuple("Mayor Adam Macy", "Wessex Combined Authority"),
                        tuple("Councillor Ruth Archer", "Borsetshire County Council"),
                        tuple("Councillor Tom Forrest", "Felpersham Borough Council"),
                        tuple("Councillor Usha Franks", "Borchester City Council"),
                        tuple("Councillor Jolene Rogers", "Loxley District Council"),
                        tuple("Councillor Eddie Grundy", "Hollerton District Council"),
                        tuple("Councillor Lynda Snell", "Heydon Valley District Council"),
                        tuple("Mr R C Pargetter, OBE", "Wessex Business Board"));
        assertThat(text(attendee(pack, "Ruth Archer"), "role")).isEqualTo("Chair");
        assertThat(text(minutes(pack), "chair")).contains("Ruth Archer");
        assertThat(attendeeNames(pack)).doesNotContain("Name", "Organisation");
        assertThat(attendeeNames(pack)).anyMatch(name -> name.contains("Shula Hebden"))
                .anyMatch(name -> name.contains("Alistair Lloyd"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void apologiesWithTheirOrganisationInBrackets(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.wessexCombinedAuthorityMinutes(), format);

        assertThat(list(minutes(pack), "apologies"))
                .extracting(person -> text(person, "name"), person -> text(person, "organisation"))
                .containsExactly(tuple("Councillor Kirsty Miller", "Loxley District Council"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void minutesNumberedMinSlashYearWithALetteredSubMinute(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.wessexCombinedAuthorityMinutes(), format);

        assertThat(numbers(pack)).containsExactly("123/24", "124/24", "124/24(a)", "125/24");
        assertThat(titles(pack)).containsExactly("Apologies for Absence", "Local Transport Plan 2025-2040",
                "Bus Franchising Assessment", "Adult Skills Fund Allocations 2025/26");
        assertThat(resolutions(item(pack, "124/24"))).singleElement().asString()
                .contains("Local Transport Plan 2025-2040 be adopted");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aVoteWrittenForAgainstAbstentionsOnOneLineGivesItsCountsAndTheMotionCarried(String format)
            throws Exception {
        JsonNode pack = json(MadeUpMinutes.wessexCombinedAuthorityMinutes(), format);

        JsonNode franchising = item(pack, "124/24(a)");
        assertThat(votes(franchising)).extracting(AnyCouncilMinutesTest::counts).containsExactly("5-2-1");
        assertThat(resolutions(franchising)).anyMatch(resolution -> resolution.contains("carried"));
        assertThat(text(franchising, "decision")).isNotNull().isNotEqualTo("noted");
        assertThat(votes(item(pack, "124/24"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void anApprovedDecisionIsKeptAsAResolution(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.wessexCombinedAuthorityMinutes(), format);

        JsonNode skills = item(pack, "125/24");
        assertThat(resolutions(skills)).singleElement().asString().contains("allocations to colleges");
        assertThat(text(skills, "decision")).isNotNull().isNotEqualTo("noted");
        assertThat(text(skills, "text")).doesNotContain("meeting closed");
    }

    // ---------------------------------------------------------------- parish councils

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aParishCouncilsAnnualMeetingMinutesGiveTheirMeetingFromAWrappedSentence(String format)
            throws Exception {
        JsonNode pack = json(MadeUpMinutes.ambridgeParishAnnualMeetingMinutes(), format);
        JsonNode minutes = minutes(pack);

        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(evidenceSignals(pack)).contains("minutes_title");
        assertThat(text(minutes, "meeting_date")).isEqualTo("2024-05-14");
        assertThat(text(minutes, "start_time")).isEqualTo("19:30");
        assertThat(text(minutes, "end_time")).isEqualTo("21:10");
        assertThat(text(minutes, "venue")).contains("Village Hall").doesNotContain("7.30");
        assertThat(text(minutes, "body")).contains("Ambridge Parish Council");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void councillorsListedOnePerLineUnderPresentAreEachAnAttendee(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.ambridgeParishAnnualMeetingMinutes(), format);

        List<String> names = attendeeNames(pack);
        assertThat(names).hasSize(6);
        assertThat(names.subList(0, 5)).satisfiesExactly(
                name -> assertThat(name).endsWith("Jim Lloyd"),
                name -> assertThat(name).endsWith("Jill Archer"),
                name -> assertThat(name).endsWith("Neil Carter"),
                name -> assertThat(name).endsWith("Susan Carter"),
                name -> assertThat(name).endsWith("Brian Aldridge"));
        assertThat(names).noneMatch(name -> name.startsWith("Cllrs") || name.contains("("));
        assertThat(names.get(5)).contains("Hannah Riley");
        assertThat(text(attendee(pack, "Jim Lloyd"), "role")).isEqualTo("Chair");
        assertThat(text(minutes(pack), "chair")).contains("Jim Lloyd");
        assertThat(apologyNames(pack)).satisfiesExactly(
                name -> assertThat(name).endsWith("Kenton Archer"),
                name -> assertThat(name).endsWith("Fallon Rogers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void parishMinutesNumberedWithTheYear(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.ambridgeParishAnnualMeetingMinutes(), format);

        assertThat(numbers(pack)).containsExactly("101/24", "102/24", "103/24", "104/24", "105/24");
        assertThat(titles(pack)).containsExactly("Election of Chair", "Apologies",
                "Minutes of the meeting held on 9 April 2024", "Clerk's Report", "Village Green Maintenance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void resolvedUnanimouslyAndItWasAgreedAreResolutionsAndNotedIsADecisionOfItsOwn(String format)
            throws Exception {
        JsonNode pack = json(MadeUpMinutes.ambridgeParishAnnualMeetingMinutes(), format);

        JsonNode election = item(pack, "101/24");
        assertThat(text(election, "decision")).isEqualTo("resolved");
        assertThat(resolutions(election)).singleElement().asString()
                .contains("Cllr Jim Lloyd be elected Chair of the Council for 2024/25")
                .doesNotContain("declaration of acceptance");
        JsonNode previous = item(pack, "103/24");
        assertThat(text(previous, "decision")).isEqualTo("agreed");
        assertThat(resolutions(previous)).singleElement().asString().contains("approve the minutes");
        JsonNode report = item(pack, "104/24");
        assertThat(text(report, "decision")).isEqualTo("noted");
        assertThat(resolutions(report)).isEmpty();
        JsonNode green = item(pack, "105/24");
        assertThat(text(green, "decision")).isEqualTo("agreed");
        assertThat(resolutions(green)).singleElement().asString().contains("accept the quotation")
                .doesNotContain("Two quotations");
        assertThat(text(item(pack, "102/24"), "decision")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void unnumberedHeadingsAreMinutesWithoutNumbers(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.pennyHassettUnnumberedMinutes(), format);

        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(text(minutes(pack), "meeting_date")).isEqualTo("2024-09-04");
        assertThat(text(minutes(pack), "start_time")).isEqualTo("19:00");
        assertThat(text(minutes(pack), "end_time")).isEqualTo("19:45");
        assertThat(items(pack)).extracting(item -> text(item, "number"), item -> text(item, "title"),
                item -> text(item, "decision")).containsExactly(
                tuple(null, "Election of Chair", "resolved"),
                tuple(null, "Apologies for Absence", null),
                tuple(null, "Defibrillator for the Church Room", "agreed"));
        assertThat(resolutions(items(pack).get(0))).singleElement().asString().contains("Joe Grundy be Chair");
        assertThat(attendeeNames(pack)).hasSize(4);
    }

    // ---------------------------------------------------------------- recorded votes

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void votesRecordedAsHeadingsOverNamesGiveCountsNamesAndOutcome(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.borsetshireCouncilRecordedVotes(), format);

        JsonNode motion = item(pack, "45");
        JsonNode vote = lastVote(motion);
        assertThat(counts(vote)).isEqualTo("7-2-0");
        assertThat(strings(vote, "for_names"))
                .containsExactly("Archer", "Carter", "Forrest", "Franks", "Grundy", "Snell", "Tucker");
        assertThat(strings(vote, "against_names")).containsExactly("Horrobin", "Pargetter");
        assertThat(strings(vote, "abstain_names")).isEmpty();
        assertThat(text(vote, "outcome")).containsIgnoringCase("carried");
        assertThat(text(motion, "decision")).isEqualTo("resolved");
        assertThat(resolutions(motion)).anyMatch(resolution -> resolution.contains("restore the Sunday service"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void twoVotesInOneMinuteAreKeptInOrder(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.borsetshireCouncilRecordedVotes(), format);

        JsonNode motion = item(pack, "45");
        List<JsonNode> votes = votes(motion);
        if (votes.size() > 1) {
            // votes as a list: the amendment's first, then the motion's
            assertThat(votes).extracting(AnyCouncilMinutesTest::counts).containsExactly("3-6-0", "7-2-0");
            assertThat(text(votes.get(0), "outcome")).containsIgnoringCase("lost");
            assertThat(strings(votes.get(0), "for_names")).containsExactly("Grundy", "Horrobin", "Pargetter");
        } else {
            // one vote per minute: the substantive one, the last, not the amendment's
            assertThat(votes).extracting(AnyCouncilMinutesTest::counts).containsExactly("7-2-0");
        }
        assertThat(text(motion, "text")).contains("Amendment lost");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aVoteInBracketsInTheResolutionGivesItsCounts(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.borsetshireCouncilRecordedVotes(), format);

        JsonNode treasury = item(pack, "46");
        assertThat(votes(treasury)).extracting(AnyCouncilMinutesTest::counts).containsExactly("6-2-1");
        assertThat(text(treasury, "decision")).isEqualTo("resolved");
        assertThat(resolutions(treasury)).singleElement().asString().contains("mid-year review be approved")
                .doesNotContain("6 for");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void councilMinutesWithVotesGiveTheirMeetingAndTheChairmanMarked(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.borsetshireCouncilRecordedVotes(), format);
        JsonNode minutes = minutes(pack);

        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(text(minutes, "meeting_date")).isEqualTo("2024-09-19");
        assertThat(text(minutes, "start_time")).isEqualTo("10:00");
        assertThat(text(minutes, "end_time")).isEqualTo("12:20");
        assertThat(text(minutes, "venue")).contains("Shire Hall");
        assertThat(numbers(pack)).containsExactly("45", "46");
        assertThat(attendance(pack)).hasSize(9);
        assertThat(text(attendee(pack, "Archer"), "role")).isEqualTo("Chairman");
        assertThat(text(attendee(pack, "Forrest"), "role")).isEqualTo("Vice-Chairman");
        assertThat(text(minutes, "chair")).contains("Ruth Archer");
    }

    // ---------------------------------------------------------------- a record of decisions

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aRecordOfDecisionsIsMinutesWithItsDecisionsAsItems(String format) throws Exception {
        JsonNode pack = json(MadeUpMinutes.borsetshireCabinetRecordOfDecisions(), format);

        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(evidenceSignals(pack)).contains("minutes_title");
        JsonNode minutes = minutes(pack);
        assertThat(text(minutes, "meeting_date")).isEqualTo("2025-03-12");
        assertThat(text(minutes, "body")).contains("Cabinet");
        assertThat(text(pack.get("meeting"), "date")).isEqualTo("2025-03-12");
        assertThat(numbers(pack)).containsExactly("1", "2", "3");
        assertThat(titles(pack)).containsExactly("Highways Capital Programme 2025/26",
                "Felpersham Library Relocation", "Fees and Charges 2025/26");
        assertThat(items(pack)).allSatisfy(item -> {
            assertThat(text(item, "decision")).isNotNull();
            assertThat(resolutions(item)).isNotEmpty()
                    .noneMatch(resolution -> resolution.contains("Reason for decision"));
        });
        assertThat(resolutions(item(pack, "1"))).singleElement().asString().contains("programme be approved");
        assertThat(String.join(" ", resolutions(item(pack, "2")))).contains("Corn Exchange")
                .contains("25 years").contains("\u00a3850,000");
    }

    // ---------------------------------------------------------------- minutes that open differently

    static Stream<Arguments> licensingMinutesInBothFormats() {
        List<Arguments> arguments = new ArrayList<>();
        for (String format : List.of("pdf", "txt")) {
            arguments.add(Arguments.of("titled MINUTES alone",
                    (Supplier<Fixture>) MadeUpMinutes::licensingSubCommitteeMinutesTitledAlone, format));
            arguments.add(Arguments.of("dated on a line alone",
                    (Supplier<Fixture>) MadeUpMinutes::licensingSubCommitteeMinutesDatedOnALineAlone, format));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("licensingMinutesInBothFormats")
    void minutesTitledMinutesAloneTakeTheirMeetingFromTheLinesAround(String name, Supplier<Fixture> fixture,
                                                                     String format) throws Exception {
        JsonNode pack = json(fixture.get(), format);
        JsonNode minutes = minutes(pack);

        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(list(pack.get("classification"), "evidence"))
                .anyMatch(evidence -> "minutes_title".equals(text(evidence, "signal"))
                        && "MINUTES".equals(text(evidence, "line")));
        assertThat(text(minutes, "body")).isEqualToIgnoringCase("Licensing Sub-Committee");
        assertThat(text(minutes, "meeting_date")).isEqualTo("2024-03-21");
        assertThat(text(minutes, "start_time")).isEqualTo("18:00");
        assertThat(text(minutes, "end_time")).isEqualTo("18:10");
        assertThat(text(minutes, "venue")).isEqualTo("Committee Room 1, Town Hall, Felpersham");
        assertThat(numbers(pack)).containsExactly("1", "2", "3");
        assertThat(titles(pack).get(2)).isEqualTo("Application for a Premises Licence - The Bull, Ambridge");
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("licensingMinutesInBothFormats")
    void councillorsSubstitutesAndOfficersListsAreAllAttendance(String name, Supplier<Fixture> fixture,
                                                               String format) throws Exception {
        JsonNode pack = json(fixture.get(), format);

        assertThat(attendance(pack)).hasSize(6);
        assertThat(text(attendee(pack, "Horrobin"), "role")).isEqualTo("Chair");
        assertThat(text(minutes(pack), "chair")).contains("Horrobin");
        JsonNode substitute = attendee(pack, "Tregorran");
        assertThat(text(substitute, "role") + " " + text(substitute, "group")).containsIgnoringCase("substitute");
        assertThat(text(attendee(pack, "Carter"), "group")).isEqualToIgnoringCase("Officers");
        assertThat(text(attendee(pack, "Bellamy"), "group")).isEqualToIgnoringCase("Officers");
        assertThat(apologyNames(pack)).isEmpty();
    }

    // ---------------------------------------------------------------- numbering schemes

    static Stream<Arguments> numberingSchemesInBothFormats() {
        List<Arguments> arguments = new ArrayList<>();
        List<List<String>> schemes = List.of(
                List.of("24/25.01", "24/25.02", "24/25.03"),
                List.of("C/45", "C/46", "C/47"),
                List.of("CAB 12", "CAB 13", "CAB 14"),
                List.of("Minute 7", "Minute 8", "Minute 9"));
        for (List<String> scheme : schemes) {
            for (String format : List.of("pdf", "txt")) {
                arguments.add(Arguments.of(scheme, format));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("numberingSchemesInBothFormats")
    void minutesNumberedInAnySchemeKeepTheirNumbersAndWholeTitles(List<String> scheme, String format)
            throws Exception {
        JsonNode pack = json(MadeUpMinutes.felpershamCabinetMinutesNumbered(scheme.get(0), scheme.get(1),
                scheme.get(2)), format);

        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(text(minutes(pack), "meeting_date")).isEqualTo("2024-11-06");
        assertThat(numbers(pack)).containsExactlyElementsOf(scheme.stream().map(AnyCouncilMinutesTest::loosely)
                .toList());
        assertThat(titles(pack)).containsExactly("Declarations of Interest",
                "Felpersham Town Centre Regeneration: Appointment of a Development Partner for the Station Quarter",
                "Forward Plan");
        JsonNode regeneration = items(pack).get(1);
        assertThat(text(regeneration, "text")).contains("Three bids had been received")
                .contains("the largest share of affordable housing");
        assertThat(resolutions(regeneration)).singleElement().asString().contains("Wessex Urban Partnerships");
        assertThat(text(items(pack).get(2), "decision")).isEqualTo("noted");
        assertThat(text(minutes(pack), "end_time")).isEqualTo("19:40");
    }

    // ---------------------------------------------------------------- every fixture

    static Stream<Arguments> everyFixtureInBothFormats() {
        return PublishedJson.everyFixtureInBothFormats(MadeUpMinutes.class);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyFixtureInBothFormats")
    void everySetOfMinutesIsClassedAsMinutesByItsTitleAndReadTheSameFromPdfAndText(String fixture, String format)
            throws Exception {
        Fixture minutes = PublishedJson.fixture(MadeUpMinutes.class, fixture);
        JsonNode pack = json(minutes, format);

        assertThat(text(pack, "kind")).isEqualTo("minutes");
        assertThat(text(pack.get("classification"), "kind")).isEqualTo("minutes");
        assertThat(evidenceSignals(pack)).first().isEqualTo("minutes_title");
        assertThat(text(pack, "pack_kind")).isNull();
        assertThat(list(pack, "warnings")).extracting(warning -> text(warning, "code"))
                .doesNotContain("NOT_UNDERSTOOD");
        assertThat(items(pack)).isNotEmpty();
        assertThat(text(minutes(pack), "meeting_date")).isNotNull();

        // the other format gives the same minutes
        String other = format.equals("pdf") ? "txt" : "pdf";
        JsonNode twin = json(minutes, other);
        assertThat(numbers(twin)).isEqualTo(numbers(pack));
        assertThat(titles(twin)).isEqualTo(titles(pack));
        assertThat(attendeeNames(twin)).isEqualTo(attendeeNames(pack));
        assertThat(text(minutes(twin), "meeting_date")).isEqualTo(text(minutes(pack), "meeting_date"));
        assertThat(text(minutes(twin), "end_time")).isEqualTo(text(minutes(pack), "end_time"));
    }
}
