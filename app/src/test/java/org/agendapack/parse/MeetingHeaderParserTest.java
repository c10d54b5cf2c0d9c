package org.agendapack.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.TestLines;
import org.agendapack.model.Meeting;
import org.agendapack.segment.PageLine;
import org.agendapack.segment.PackPage;
import org.agendapack.source.Line;
import org.junit.jupiter.api.Test;

class MeetingHeaderParserTest {

    /** Lines on physical page 1, a blank line between each as in the text conversions. */
    private static List<PageLine> lines(String... texts) {
        PackPage page = new PackPage(1, true, null, null, 0, null, null, false, false, List.of(), List.of());
        List<PageLine> lines = new ArrayList<>();
        for (String text : texts) {
            lines.add(new PageLine(TestLines.line(text), page, null));
            lines.add(new PageLine(Line.horizontal(List.of()), page, null));
        }
        return lines;
    }

    @Test
    void labelledHouseStyleWithAVenueWrappedOverTwoLines() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines(
                "South Cheshire Clinical Commissioning Group", "Cheshire East Health and Wellbeing Board", "Agenda",
                "Date: Tuesday, 25th September, 2018", "Time: 2.00 pm",
                "Venue: Committee Suite 1, 2 & 3, Westfields, Middlewich Road,", "Sandbach CW11 1HZ",
                "The agenda is divided into 2 parts. Part 1 is taken in the presence of the public and press."));

        assertThat(meeting.body()).isEqualTo("Cheshire East Health and Wellbeing Board");
        assertThat(meeting.date()).isEqualTo("2018-09-25");
        assertThat(meeting.time()).isEqualTo("14:00");
        assertThat(meeting.venue())
                .isEqualTo("Committee Suite 1, 2 & 3, Westfields, Middlewich Road, Sandbach CW11 1HZ");
        assertThat(meeting.council()).isNull();
        assertThat(meeting.pageStart()).isEqualTo(1);
    }

    @Test
    void labelsSeparatedFromTheirValuesByTabs() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines("Cabinet", "Agenda",
                "Date:\tThursday 5 March 2020", "Time:\t10.30 am", "Venue:\tCouncil Chamber, Town Hall, Bootle"));

        assertThat(meeting.body()).isEqualTo("Cabinet");
        assertThat(meeting.date()).isEqualTo("2020-03-05");
        assertThat(meeting.time()).isEqualTo("10:30");
        assertThat(meeting.venue()).isEqualTo("Council Chamber, Town Hall, Bootle");
    }

    @Test
    void sentenceHouseStyleWithTheVenueOnTheNextLineAndTheCouncilFromTheMembership() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines(
                "Thurrock: A place of opportunity, enterprise and excellence, where individuals, communities and "
                        + "businesses flourish",
                "Health and Wellbeing Board", "The meeting will be held at 2.00 pm on 11 September 2014",
                "Committee Room 1, Civic Offices, New Road, Grays, Essex, RM17 6SL.", "Membership:",
                "Barbara Brownlee, (Director of Housing, Thurrock Council)",
                "Roger Harris, (Director of Adults, Health and Commissioning, Thurrock Council)",
                "Agenda", "Open to Public and Press"));

        assertThat(meeting.body()).isEqualTo("Health and Wellbeing Board");
        assertThat(meeting.council()).isEqualTo("Thurrock Council");
        assertThat(meeting.date()).isEqualTo("2014-09-11");
        assertThat(meeting.time()).isEqualTo("14:00");
        assertThat(meeting.venue()).isEqualTo("Committee Room 1, Civic Offices, New Road, Grays, Essex, RM17 6SL");
    }

    @Test
    void aCombinedDateAndTimeLabel() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines("Audit and Governance Committee", "Agenda",
                "Date and Time: Thursday, 5th March, 2020 at 6.30 pm", "Venue: Town Hall, Felpersham FE1 2AB"));

        assertThat(meeting.date()).isEqualTo("2020-03-05");
        assertThat(meeting.time()).isEqualTo("18:30");
        assertThat(meeting.body()).isEqualTo("Audit and Governance Committee");
    }

    @Test
    void aDateOnALineOfItsOwnWithTheVenueBelow() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines("Cabinet",
                "Tuesday, 10 March 2020 at 10.00 am", "Council Chamber, Town Hall, Felpersham FE1 2AB", "Agenda",
                "1. Apologies for absence"));

        assertThat(meeting.body()).isEqualTo("Cabinet");
        assertThat(meeting.date()).isEqualTo("2020-03-10");
        assertThat(meeting.time()).isEqualTo("10:00");
        assertThat(meeting.venue()).isEqualTo("Council Chamber, Town Hall, Felpersham FE1 2AB");
    }

    @Test
    void aCouncilNamedOnALineOfItsOwnIsTaken() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines("Wirral Borough Council", "Planning Committee",
                "Agenda", "Date: 3rd March 2021"));

        assertThat(meeting.council()).isEqualTo("Wirral Borough Council");
        assertThat(meeting.body()).isEqualTo("Planning Committee");
    }

    @Test
    void aFrontSheetWithoutMeetingDetailsGivesNoMeeting() {
        assertThat(MeetingHeaderParser.fromFrontSheet(lines("Family Focus Outcomes Plan", "2015 - 2020"))).isNull();
    }

    @Test
    void aDateAndTimeLineUnderTheHeadingBesideAContactColumn() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines("AGENDA", "LICENSING COMMITTEE",
                "Wednesday, 2nd April, 2025, at 7.30 pm\tAsk for:\tPat Doyle",
                "The Guildhall, Market Square,\tTelephone:\t01632 960000", "Felpersham\tEmail:",
                "1. Apologies", "Tuesday, 25 March 2025"));

        assertThat(meeting.body()).isEqualTo("LICENSING COMMITTEE");
        assertThat(meeting.date()).isEqualTo("2025-04-02");
        assertThat(meeting.time()).isEqualTo("19:30");
        assertThat(meeting.venue()).isEqualTo("The Guildhall, Market Square, Felpersham");
        assertThat(meeting.published()).isEqualTo("2025-03-25");
    }

    @Test
    void aBracketedQualifierOfTheTimeIsKeptAsItsNote() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines("AGENDA", "EXECUTIVE",
                "Monday, 7th April, 2025, at 3.00 pm\tAsk for:\tPat Doyle",
                "(or at the close of the Planning\tTelephone:\t01632 960000",
                "Committee, whichever is the later)", "Town Hall, Felpersham", "1. Apologies"));

        assertThat(meeting.time()).isEqualTo("15:00");
        assertThat(meeting.timeNote()).isEqualTo("or at the close of the Planning Committee, whichever is the later");
        assertThat(meeting.venue()).isEqualTo("Town Hall, Felpersham");
    }

    @Test
    void aSummonsCoverAndTheSentenceOfItsLetterAgree() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines("Summons to and", "Agenda for an",
                "Extraordinary", "Meeting on", "Friday, 4th", "April, 2025", "at 2.00 pm",
                "Civic Centre", "Thursday, 27 March 2025", "To: All Members of the District Council",
                "An extraordinary meeting of the Wyvern District Council will be held in the Council Chamber,",
                "Civic Centre, Wyvern WY1 1AA on Friday, 4th April, 2025 at 2.00 pm to deal with the following",
                "business.", "A G E N D A", "1. Apologies for Absence"));

        assertThat(meeting.date()).isEqualTo("2025-04-04");
        assertThat(meeting.time()).isEqualTo("14:00");
        assertThat(meeting.body()).isEqualTo("Wyvern District Council");
        assertThat(meeting.venue()).isEqualTo("Council Chamber, Civic Centre, Wyvern WY1 1AA");
        assertThat(meeting.published()).isEqualTo("2025-03-27");
    }

    @Test
    void aLettersSubjectLineNamesTheMeetingAndItsDateLabelIsWhenItWasSent() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines("Direct line:\t01632 960001",
                "Ask for:\tPat Doyle", "Date:\t31 March 2025", "Dear Councillor",
                "OVERVIEW AND SCRUTINY PANEL - TUESDAY, 8 APRIL 2025",
                "Please find enclosed the following report, which was not available when the agenda was published."));

        assertThat(meeting.date()).isEqualTo("2025-04-08");
        assertThat(meeting.body()).isEqualTo("OVERVIEW AND SCRUTINY PANEL");
        assertThat(meeting.time()).isNull();
        assertThat(meeting.published()).isEqualTo("2025-03-31");
    }

    @Test
    void aDateAfterTheItemsIsNeverTheMeetingDate() {
        Meeting meeting = MeetingHeaderParser.fromFrontSheet(lines("Agenda", "Planning Committee",
                "1. Apologies", "2. Minutes of the meeting held on 3 March 2025", "Published: 18 March 2025",
                "Tuesday, 18 March 2025"));

        assertThat(meeting == null ? null : meeting.date()).isNull();
    }

    @Test
    void minutesHeaderOnSeveralLines() {
        Meeting meeting = MeetingHeaderParser.fromMinutes(lines("CHESHIRE EAST COUNCIL",
                "Minutes of a meeting of the Cheshire East Health and Wellbeing Board",
                "held on Tuesday, 26th September, 2017 at Committee Suite 1,2 & 3,",
                "Westfields, Middlewich Road, Sandbach CW11 1HZ", "PRESENT", "Voting"));

        assertThat(meeting.body()).isEqualTo("Cheshire East Health and Wellbeing Board");
        assertThat(meeting.council()).isEqualTo("CHESHIRE EAST COUNCIL");
        assertThat(meeting.date()).isEqualTo("2017-09-26");
        assertThat(meeting.time()).isNull();
        assertThat(meeting.venue())
                .isEqualTo("Committee Suite 1,2 & 3, Westfields, Middlewich Road, Sandbach CW11 1HZ");
    }

    @Test
    void minutesHeaderWithATimeInsteadOfAVenue() {
        Meeting meeting = MeetingHeaderParser.fromMinutes(lines(
                "MINUTES of the meeting of Thurrock Health and Wellbeing Board held on 17th July 2014 at 11.00am",
                "Present: Councillor Barbara Rice (Chair)"));

        assertThat(meeting.body()).isEqualTo("Thurrock Health and Wellbeing Board");
        assertThat(meeting.date()).isEqualTo("2014-07-17");
        assertThat(meeting.time()).isEqualTo("11:00");
        assertThat(meeting.venue()).isNull();
    }
}
