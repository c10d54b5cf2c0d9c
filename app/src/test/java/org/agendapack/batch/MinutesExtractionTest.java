package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agendapack.Samples;
import org.agendapack.model.Minutes;
import org.agendapack.model.Minutes.Attendee;
import org.agendapack.model.MinutesItem;
import org.agendapack.model.MinutesRows;
import org.agendapack.model.Pack;
import org.agendapack.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MinutesExtractionTest {

    @TempDir
    Path dir;

    private Pack extract(String... lines) throws Exception {
        return PackExtractor.extract(Files.writeString(dir.resolve("minutes.txt"), String.join("\n", lines)));
    }

    private static final String[] MINUTES = {
        "BORSETSHIRE COUNCIL",
        "Minutes of a meeting of the Borsetshire Health Board",
        "held on Tuesday, 3rd March, 2020 at The Town Hall, Felpersham FE1 2AB",
        "PRESENT",
        "Voting Members",
        "Councillor Ann Able, Borsetshire Council (Chairman)",
        "Bob Baker, Director of People,",
        "Borsetshire Council",
        "Carol Cole, Felpersham CCG Dan Dee, Ambridge CVS",
        "Non-Voting:",
        "Eve Ewe, Borsetshire Council (for minute 76)",
        "75 APOLOGIES FOR ABSENCE",
        "Apologies were received from Fay Fox (Felpersham CCG), Gil Gee (Police) and Councillor Hal Hope "
                + "(Borsetshire Council).",
        "76 HOUSING STRATEGY (Item 5)",
        "The Board considered the strategy.",
        "RESOLVED: That the Board",
        "• approve the strategy; and",
        "• ask officers to report back.",
        "76 BUDGET",
        "The budget was put to the vote. For (5) Against (1): Councillor Dee. Abstain (0)",
        "RESOLVED – That the budget be approved.",
        "77 SCHOOL PLACES PLANNING FOR THE NEXT TEN YEARS ACROSS",
        "THE COUNTY AREA",
        "The plan was noted.",
        "RESOLVED",
        "That the plan be noted.",
        "Consideration was given to a late report on winter pressures.",
        "RESOLVED",
        "That the report be received.",
        "The meeting commenced at 2.05 pm and concluded at 3.50 pm",
        "Councillor Ann Able (Chairman)"};

    @Test
    void minutesPublishedAloneComeOutWhole() throws Exception {
        Pack pack = extract(MINUTES);

        assertThat(pack.kind()).isEqualTo("minutes");
        Minutes minutes = pack.minutes().get(0);
        assertThat(minutes.body()).isEqualTo("Borsetshire Health Board");
        assertThat(minutes.meetingDate()).isEqualTo("2020-03-03");
        assertThat(minutes.venue()).isEqualTo("The Town Hall, Felpersham FE1 2AB");
        assertThat(minutes.startTime()).isEqualTo("14:05");
        assertThat(minutes.endTime()).isEqualTo("15:50");
        assertThat(minutes.chair()).isEqualTo("Councillor Ann Able");
        assertThat(minutes.attendance()).extracting(Attendee::name, Attendee::organisation, Attendee::group)
                .containsExactly(
                        tuple("Councillor Ann Able", "Borsetshire Council", "Voting Members"),
                        tuple("Bob Baker", "Borsetshire Council", "Voting Members"),
                        tuple("Carol Cole", "Felpersham CCG", "Voting Members"),
                        tuple("Dan Dee", "Ambridge CVS", "Voting Members"),
                        tuple("Eve Ewe", "Borsetshire Council", "Non-Voting"));
        assertThat(minutes.attendance().get(1).position()).isEqualTo("Director of People");
        assertThat(minutes.attendance().get(4).forMinutes()).containsExactly("76");
        assertThat(minutes.apologies()).extracting(Minutes.Apology::name, Minutes.Apology::organisation)
                .containsExactly(tuple("Fay Fox", "Felpersham CCG"), tuple("Gil Gee", "Police"),
                        tuple("Councillor Hal Hope", "Borsetshire Council"));
    }

    @Test
    void minutesWithTheirDecisionsVotesAndWarnings() throws Exception {
        Pack pack = extract(MINUTES);
        List<MinutesItem> items = pack.minutes().get(0).items();

        assertThat(items).extracting(MinutesItem::number, MinutesItem::title, MinutesItem::agendaRef,
                MinutesItem::decision).containsExactly(
                tuple("75", "APOLOGIES FOR ABSENCE", null, null),
                tuple("76", "HOUSING STRATEGY", "5", "resolved"),
                tuple("76", "BUDGET", null, "resolved"),
                tuple("77", "SCHOOL PLACES PLANNING FOR THE NEXT TEN YEARS ACROSS THE COUNTY AREA", null, "resolved"),
                tuple(null, null, null, "resolved"));
        assertThat(items.get(1).resolutions()).containsExactly("approve the strategy", "ask officers to report back");
        assertThat(items.get(2).votes().forCount()).isEqualTo(5);
        assertThat(items.get(2).votes().againstNames()).containsExactly("Councillor Dee");
        assertThat(items.get(4).text()).startsWith("Consideration was given to a late report on winter pressures.");
        assertThat(pack.warnings()).extracting(Warning::code)
                .containsExactly("MINUTE_NUMBER_DUPLICATED", "MINUTE_HEADING_MISSING");
    }

    @Test
    void anImplausibleTimeIsKeptAndWarnedAbout() throws Exception {
        Pack pack = extract("Minutes of a meeting of the Borsetshire Cabinet held on 1 May 2020", "PRESENT",
                "Councillor Ann Able (Chairman)", "1 MINUTES", "RESOLVED: That the minutes be approved.",
                "The meeting commenced at 2.00 am and concluded at 3.00 pm");

        assertThat(pack.minutes().get(0).startTime()).isEqualTo("02:00");
        assertThat(pack.warnings()).extracting(Warning::code).containsExactly("MINUTES_TIME_IMPLAUSIBLE");
        assertThat(pack.minutes().get(0).chair()).isEqualTo("Councillor Ann Able");
    }

    @Test
    void tableFormMinutesWithoutKeywords() throws Exception {
        Pack pack = extract("MINUTES of the meeting of Felpersham Board held on 17th July 2014 at 11.00am",
                "Present:", "Board Member\tPosition\tOrganisation",
                "Councillor Ann Able\tChair and Portfolio Holder for\tBorsetshire Council",
                "\tAdult Social Care\t",
                "Bob Baker\tDirector of Housing\t",
                "Apologies:", "Board Member\tPosition\tOrganisation", "Carol Cole\tDirector\tFelpersham CCG",
                "Item\tKey points and actions\tOwner and deadline",
                "Apologies for absence\tApologies as detailed.\t",
                "2. Minutes\tThe minutes were agreed.\t",
                "3.\tBudget\tBob presented the budget.\t",
                "\tThe Board agreed the budget.\tBob",
                "4 Forward Plan\tThe Forward Plan was noted.");

        Minutes minutes = pack.minutes().get(0);
        assertThat(minutes.startTime()).isEqualTo("11:00");
        assertThat(minutes.chair()).isEqualTo("Councillor Ann Able");
        assertThat(minutes.attendance()).extracting(Attendee::name, Attendee::position).containsExactly(
                tuple("Councillor Ann Able", "Chair and Portfolio Holder for Adult Social Care"),
                tuple("Bob Baker", "Director of Housing"));
        assertThat(minutes.apologies()).extracting(Minutes.Apology::name).containsExactly("Carol Cole");
        assertThat(minutes.items()).extracting(MinutesItem::number, MinutesItem::title, MinutesItem::decision)
                .containsExactly(tuple("1", "Apologies for absence", null), tuple("2", "Minutes", "agreed"),
                        tuple("3", "Budget", "agreed"), tuple("4", "Forward Plan", "noted"));
        assertThat(minutes.items().get(2).resolutions()).containsExactly("The Board agreed the budget.");
    }

    @Test
    void mixedCaseHeadingsAreMinutesToo() throws Exception {
        Pack pack = extract("Minutes of the meeting of the Felpersham Committee held on 5 June 2019", "Present:",
                "Councillor Ann Able (Chair)", "76. Apologies", "None.", "77. Minutes of the last meeting",
                "Resolved: That the minutes be approved.", "78. Waste Collection Review",
                "1. The report set out options.", "Resolved: That option 2 be taken forward.");

        assertThat(pack.minutes().get(0).items()).extracting(MinutesItem::number, MinutesItem::title)
                .containsExactly(tuple("76", "Apologies"), tuple("77", "Minutes of the last meeting"),
                        tuple("78", "Waste Collection Review"));
        assertThat(pack.minutes().get(0).items().get(2).resolutions()).containsExactly("option 2 be taken forward");
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void theSeptember2018MinutesAsPrinted(String extension) throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("000", extension));
        Minutes minutes = pack.minutes().get(0);

        assertThat(minutes.agendaItem()).isEqualTo("3");
        assertThat(minutes.meetingDate()).isEqualTo("2018-07-24");
        assertThat(minutes.startTime()).isEqualTo("14:03");
        assertThat(minutes.endTime()).isEqualTo("16:00");
        assertThat(minutes.chair()).isEqualTo("Councillor Rachel Bailey");
        assertThat(minutes.items()).extracting(MinutesItem::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(minutes.items()).filteredOn(item -> !item.resolutions().isEmpty()).extracting(MinutesItem::number)
                .containsExactly("3", "5", "6", "7", "8", "9", "10");
        assertThat(minutes.items().get(5).resolutions()).hasSize(2);
        assertThat(minutes.items().get(8).resolutions()).hasSize(3);
        assertThat(minutes.attendance()).filteredOn(person -> List.of("Voting Members", "Non-Voting Members")
                .contains(person.group())).hasSize(13);
        assertThat(minutes.apologies()).hasSize(6).first()
                .isEqualTo(new Minutes.Apology("Dr Andrew Wilson", "South Cheshire CCG"));
        assertThat(minutes.pageStart()).isEqualTo(extension.equals(".pdf") ? 3 : 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void theThurrockTableMinutesGiveThirteenItems(String extension) throws Exception {
        Minutes minutes = PackExtractor.extract(Samples.file("003", extension)).minutes().get(0);

        assertThat(minutes.items()).hasSize(13);
        assertThat(minutes.items().get(12).title()).isEqualTo("Forward Plan");
        assertThat(minutes.items().get(12).decision()).isEqualTo("noted");
        assertThat(minutes.items()).filteredOn(item -> "agreed".equals(item.decision())).hasSizeGreaterThan(6);
        assertThat(minutes.apologies()).extracting(Minutes.Apology::name).contains("Barbara Brownlee", "Andrew Pike");
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void aDuplicatedNumberAndAHeadlessMinuteAreKeptWithWarnings(String extension) throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("001", extension));
        List<MinutesItem> items = pack.minutes().get(0).items();

        assertThat(items).extracting(MinutesItem::number).containsExactly("22", "23", "24", "25", "26", "27", "28",
                "28", "29", null);
        assertThat(items.get(9).text()).startsWith("Consideration was given to a report");
        assertThat(items.get(9).resolutions()).hasSize(1);
        assertThat(pack.warnings()).extracting(Warning::code)
                .contains("MINUTE_NUMBER_DUPLICATED", "MINUTE_HEADING_MISSING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003", "004"})
    void aPackAndItsTextConversionGiveTheSameMinutes(String sample) throws Exception {
        Minutes pdf = PackExtractor.extract(Samples.file(sample, ".pdf")).minutes().get(0);
        Minutes text = PackExtractor.extract(Samples.file(sample, ".txt")).minutes().get(0);

        assertThat(text.items()).extracting(MinutesItem::number, MinutesItem::decision)
                .containsExactlyElementsOf(pdf.items().stream().map(item -> tuple(item.number(), item.decision()))
                        .toList());
        assertThat(text.attendance()).extracting(Attendee::name).isEqualTo(pdf.attendance().stream()
                .map(Attendee::name).toList());
        assertThat(text.startTime()).isEqualTo(pdf.startTime());
        assertThat(text.endTime()).isEqualTo(pdf.endTime());
    }

    @Test
    void flatRowsForSpreadsheets() throws Exception {
        MinutesRows rows = MinutesRows.of(extract(MINUTES).minutes().get(0));

        assertThat(rows.items()).hasSize(5);
        assertThat(rows.resolutions()).extracting(MinutesRows.ResolutionRow::minute, MinutesRows.ResolutionRow::index)
                .startsWith(tuple("76", 1), tuple("76", 2), tuple("76", 1));
        assertThat(rows.attendance()).filteredOn(row -> row.status().equals("apologies")).hasSize(3);
        assertThat(rows.attendance()).filteredOn(row -> row.name().equals("Eve Ewe"))
                .singleElement().satisfies(row -> assertThat(row.forMinutes()).isEqualTo("76"));
    }
}
