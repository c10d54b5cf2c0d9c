package org.agendapack.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.TestLines;
import org.agendapack.source.Line;
import org.junit.jupiter.api.Test;

class AgendaParserTest {

    private static final PackPage PAGE = new PackPage(1, true, null, null, 0, null, null, false, false, List.of(), List.of());

    /** Front-sheet lines; a line starting with "**" is bold (the markers are dropped). */
    private static List<AgendaEntry> parse(String... texts) {
        List<PageLine> lines = new ArrayList<>();
        for (String text : texts) {
            Line line = text.startsWith("**") ? TestLines.bold(text.substring(2)) : TestLines.line(text);
            lines.add(new PageLine(line, PAGE, null));
        }
        return AgendaParser.parse(lines);
    }

    @Test
    void numberedItemsWithRangesDescriptionsAndAContactBlock() {
        List<AgendaEntry> items = parse(
                "Borsetshire Health and Wellbeing Board", "Agenda", "Date: Tuesday, 5th May, 2020", "Time: 2.00 pm",
                "The agenda is divided into 2 parts. Part 1 is taken in the presence of the public and press.",
                "PART 1 - MATTERS TO BE CONSIDERED WITH THE PUBLIC AND PRESS PRESENT",
                "1. Apologies for Absence",
                "2. Declarations of Interest",
                "To provide an opportunity for Members to declare any interests.",
                "3. Minutes of Previous meeting (Pages 3 - 8)",
                "To approve the minutes of the meeting held on 4 March 2020.",
                "Contact: Jo Bloggs, Democratic Services Officer", "Tel: 01234 567890",
                "E-Mail: jo.bloggs@borsetshire.gov.uk",
                "4. Report on the Public Consultation on the Redesign of Adults and Older People's",
                "Specialist Mental Health Services (Pages 9 - 12)",
                "To receive the report.",
                "5. Partnership Transformation Update",
                "To receive a verbal update (Jane Smith).",
                "THERE ARE NO PART 2 ITEMS");

        assertThat(items).extracting(AgendaEntry::number, AgendaEntry::title, AgendaEntry::pageStart,
                AgendaEntry::pageEnd, AgendaEntry::verbal).containsExactly(
                tuple("1", "Apologies for Absence", null, null, false),
                tuple("2", "Declarations of Interest", null, null, false),
                tuple("3", "Minutes of Previous meeting", 3, 8, false),
                tuple("4", "Report on the Public Consultation on the Redesign of Adults and Older People's "
                        + "Specialist Mental Health Services", 9, 12, false),
                tuple("5", "Partnership Transformation Update", null, null, true));
        assertThat(items).allMatch(item -> item.part() == 1 && item.numberPrinted());
        assertThat(items.get(2).description()).isEqualTo("To approve the minutes of the meeting held on 4 March 2020.");
        assertThat(items.get(2).contact()).isEqualTo(new AgendaEntry.Contact("Jo Bloggs, Democratic Services Officer",
                "01234 567890", "jo.bloggs@borsetshire.gov.uk"));
        assertThat(items.get(4).description()).isEqualTo("To receive a verbal update (Jane Smith).");
        assertThat(items.get(0).agendaPage()).isEqualTo(1);
    }

    @Test
    void boldTitlesMarkdownListsAndAnItemRunOntoItsPartHeading() {
        List<AgendaEntry> items = parse(
                "Agenda",
                "PART 1 – MATTERS TO BE CONSIDERED WITH THE PUBLIC AND PRESS PRESENT 1. Appointment of Chairman",
                "- 2. Appointment of Vice-chairman",
                "**3. Children's Improvement Plan, Improvement Plan Progress Report and",
                "**Improvement Plan Scorecard",
                "To inform the Board of the new plan.",
                "4. Membership Review (Pages 143 - 148)");

        assertThat(items).extracting(AgendaEntry::number, AgendaEntry::title, AgendaEntry::pageStart).containsExactly(
                tuple("1", "Appointment of Chairman", null),
                tuple("2", "Appointment of Vice-chairman", null),
                tuple("3", "Children's Improvement Plan, Improvement Plan Progress Report and Improvement Plan "
                        + "Scorecard", null),
                tuple("4", "Membership Review", 143));
        assertThat(items.get(2).description()).isEqualTo("To inform the Board of the new plan.");
    }

    @Test
    void aTableWithAPageColumnUnnumberedLeadingItemsAndARangeOnItsOwnLine() {
        List<AgendaEntry> items = parse(
                "Membership:", "Councillors Ann Able (Chair), Bob Baker", "Agenda", "Open to Public and Press", "Page",
                "Apologies for Absence",
                "Minutes",
                "5 - 12",
                "To approve as a correct record the minutes of the meeting held on 17",
                "July 2014",
                "3 Urgent Items",
                "To receive additional items that the Chair is of the opinion should be considered.",
                "4\tDeclaration of Interests",
                "5\tCare Act Implementation Report\t13 - 46",
                "6\tUpdate on the development of the Pooled Fund and Section 75\t47 - 58",
                "Agreement",
                "7\tForward Plan\t207 - 208",
                "Queries regarding this Agenda or notification of apologies:",
                "Information for members of the public and councillors",
                "1. Access to Information and Meetings");

        assertThat(items).extracting(AgendaEntry::number, AgendaEntry::numberPrinted, AgendaEntry::title,
                AgendaEntry::pageStart, AgendaEntry::pageEnd).containsExactly(
                tuple("1", false, "Apologies for Absence", null, null),
                tuple("2", false, "Minutes", 5, 12),
                tuple("3", true, "Urgent Items", null, null),
                tuple("4", true, "Declaration of Interests", null, null),
                tuple("5", true, "Care Act Implementation Report", 13, 46),
                tuple("6", true, "Update on the development of the Pooled Fund and Section 75 Agreement", 47, 58),
                tuple("7", true, "Forward Plan", 207, 208));
        assertThat(items.get(1).description())
                .isEqualTo("To approve as a correct record the minutes of the meeting held on 17 July 2014");
    }

    @Test
    void rangesInEveryFormAndNotesThatAreNotTitles() {
        List<AgendaEntry> items = parse(
                "Agenda",
                "1. Welcome",
                "2. Budget Monitoring (Page 5)",
                "3. Housing Strategy 2019-2024 14-20",
                "4. Local Plan Review (Pages",
                "21 - 40)",
                "5. Highways Report",
                "- To follow",
                "6. Planning Appeals",
                "See supplement",
                "7. Waste Contract (Pages 41 - 50)",
                "Withdrawn");

        assertThat(items).extracting(AgendaEntry::number, AgendaEntry::title, AgendaEntry::pageStart,
                AgendaEntry::pageEnd).containsExactly(
                tuple("1", "Welcome", null, null),
                tuple("2", "Budget Monitoring", 5, 5),
                tuple("3", "Housing Strategy 2019-2024", 14, 20),
                tuple("4", "Local Plan Review", 21, 40),
                tuple("5", "Highways Report", null, null),
                tuple("6", "Planning Appeals", null, null),
                tuple("7", "Waste Contract", 41, 50));
        assertThat(items.get(4).toFollow()).isTrue();
        assertThat(items.get(4).notes()).containsExactly("To follow");
        assertThat(items.get(5).notes()).containsExactly("See supplement");
        assertThat(items.get(6).withdrawn()).isTrue();
        assertThat(items.get(6).expectsPapers()).isFalse();
        assertThat(items).allMatch(item -> item.description() == null);
    }

    @Test
    void aNumberOnALineOfItsOwnBelongsToTheTitleBelowIt() {
        List<AgendaEntry> items = parse("Agenda", "1.", "Apologies for Absence", "2.", "Budget Report (Pages 3 - 9)",
                "To consider the budget.", "3", "Forward Plan");

        assertThat(items).extracting(AgendaEntry::number, AgendaEntry::title, AgendaEntry::pageStart).containsExactly(
                tuple("1", "Apologies for Absence", null), tuple("2", "Budget Report", 3),
                tuple("3", "Forward Plan", null));
    }

    @Test
    void aPartTwoSectionWithSubItems() {
        List<AgendaEntry> items = parse(
                "Agenda",
                "1. Minutes (Pages 1 - 4)",
                "2. Capital Programme (Pages 5 - 20)",
                "PART 2 - MATTERS TO BE CONSIDERED WITHOUT THE PUBLIC AND PRESS PRESENT",
                "3. Land Disposal (Pages 21 - 30)",
                "3a. Land Disposal - Valuation (Pages 31 - 32)",
                "3b. Land Disposal - Legal Advice",
                "To receive an oral report.");

        assertThat(items).extracting(AgendaEntry::number, AgendaEntry::part, AgendaEntry::verbal).containsExactly(
                tuple("1", 1, false), tuple("2", 1, false), tuple("3", 2, false), tuple("3a", 2, false),
                tuple("3b", 2, true));
    }

    @Test
    void anExemptItemsHeadingStartsPartTwo() {
        List<AgendaEntry> items = parse("Agenda", "1. Budget (Pages 1 - 10)", "EXEMPT ITEMS",
                "2. Staffing Matter (Pages 11 - 14)");

        assertThat(items).extracting(AgendaEntry::part).containsExactly(1, 2);
    }

    @Test
    void numberedParagraphsOutOfSequenceAreNotItems() {
        List<AgendaEntry> items = parse("Agenda", "1. Apologies", "2. Minutes (Pages 3 - 6)",
                "To approve the minutes.", "2018 Annual Report of the Director", "3. Budget (Pages 7 - 9)");

        assertThat(items).extracting(AgendaEntry::number).containsExactly("1", "2", "3");
    }

    @Test
    void aFrontSheetWithoutAnAgendaHasNoItems() {
        assertThat(parse("Family Focus Outcomes Plan", "2015 - 2020", "Introduction and Purpose of the plan"))
                .isEmpty();
    }
}
