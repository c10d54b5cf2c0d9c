package org.agendapack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.agendapack.TestPdfs.Text;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Agenda packs of councils that do not exist (Borsetshire, Felpersham, Ambridge), each written once as the
 * pages it prints and rendered both as a PDF and as a text conversion of that PDF.
 *
 * <p>A page is a list of printed lines, top to bottom; a line is one or more runs on the same baseline, each
 * starting at its own distance across the page (so a header row of three columns is three runs). In the PDF
 * body lines go down from near the top, 14pt apart (more for big type); a stamp {@code Agenda Item N} stands
 * at the top right and a {@code Page N} footer at the bottom centre, where ModernGov prints them. In the text
 * the runs of a line are separated by a TAB, the stamp is the first line of its page, the footer the last,
 * and pages are separated by form feeds.
 */
public final class MadeUpCouncils {

    private static final double LEFT = 72;
    /** Where a wrapped agenda title goes on, under the title rather than under its number. */
    private static final double HANGING = 86;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final PDRectangle A4_TURNED = new PDRectangle(A4.getHeight(), A4.getWidth());
    /** A form printed on its own smaller landscape paper, not A4 turned round. */
    private static final PDRectangle FORM_PAPER = new PDRectangle(720, 540);

    private MadeUpCouncils() {
    }

    // ---------------------------------------------------------------- the fixtures

    /**
     * The one-page front sheet of the Borsetshire Policy and Resources Committee: a three-column header
     * (date, time and venue | labels | contact), open items with page ranges inline that wrap in every way they
     * can, an empty exempt part, and the date the sheet was published at the bottom.
     */
    public static Fixture policyAndResourcesFrontSheet() {
        return new Fixture(List.of(page(
                line("AGENDA").bold().size(14),
                line("POLICY AND RESOURCES COMMITTEE").bold().size(14),
                gap(),
                line("Tuesday, 4th March, 2025, at 2.30 pm").and(300, "Ask for:").and(400, "Jo Bloggs"),
                line("Committee Room 2, Guildhall,").and(300, "Telephone:").and(400, "01234 567890"),
                line("Felpersham").and(300, "Email:").and(400, "jo.bloggs@borsetshire.example"),
                gap(),
                line("OPEN ITEMS").bold(),
                line("(During these items the meeting is likely to be open to the public)"),
                gap(),
                line("1. Apologies"),
                line("2. Declarations of Interest"),
                line("3. Minutes of the Meeting held on 4th February 2025 (Pages 1 - 10)"),
                line("4. 25/00012 - Revenue Budget Monitoring Report \u2013 Quarter 3"),
                line(HANGING, "(Pages 11 - 40)"),
                line("5. 25/00015 - Parking Strategy for the Market Towns 2025-2030 (Pages"),
                line(HANGING, "41 - 66)"),
                line("6. Draft Housing Allocations Scheme and Tenancy Strategy"),
                line(HANGING, "(Pages 67 - 90)"),
                line("7. Minutes of the Felpersham Joint Board held on 12 December 2024 (Pages 91 - 98)"),
                line(HANGING, "and 9 January 2025"),
                line("8. Verbal update from the Leader"),
                gap(),
                line("EXEMPT ITEMS").bold(),
                line("(There are no exempt items at the time of publishing)"),
                gap(),
                gap(),
                line("Clare Grundy"),
                line("Head of Democratic Services"),
                line("Monday, 24 February 2025"))));
    }

    /** The same committee meeting straight after another one: its time carries a qualifier over two rows. */
    public static Fixture policyAndResourcesFrontSheetAfterAnotherMeeting() {
        return new Fixture(List.of(page(
                line("AGENDA").bold().size(14),
                line("POLICY AND RESOURCES COMMITTEE").bold().size(14),
                gap(),
                line("Thursday, 13th March, 2025, at 3.00 pm").and(300, "Ask for:").and(400, "Jo Bloggs"),
                line("(or on the rising of the Policy Committee,").and(300, "Telephone:").and(400, "01234 567890"),
                line("whichever is the later)").and(300, "Email:").and(400, "jo.bloggs@borsetshire.example"),
                line("Committee Room 2, Guildhall, Felpersham"),
                gap(),
                line("OPEN ITEMS").bold(),
                line("(During these items the meeting is likely to be open to the public)"),
                gap(),
                line("1. Apologies"),
                line("2. Declarations of Interest"),
                line("3. Felpersham Town Centre Masterplan (Pages 1 - 24)"),
                gap(),
                line("EXEMPT ITEMS").bold(),
                line("(There are no exempt items at the time of publishing)"),
                gap(),
                line("Clare Grundy"),
                line("Head of Democratic Services"),
                line("Wednesday, 5 March 2025"))));
    }

    /**
     * The County Council's summons: a cover in big type, a page with nothing on it at all, then a letter whose
     * one sentence gives the venue, date and time, and a letter-spaced agenda whose page ranges stand in a
     * column of their own at the right.
     */
    public static Fixture countyCouncilSummons() {
        double cover = 330;
        return new Fixture(List.of(
                page(
                        line(cover, "Summons to and").size(20),
                        line(cover, "Agenda for a").size(20),
                        line(cover, "Meeting on").size(20),
                        line(cover, "Thursday, 13th").size(20),
                        line(cover, "March, 2025").size(20),
                        line(cover, "at 10.00 am").size(20)),
                emptyPage(),
                page(
                        line("DEMOCRATIC SERVICES"),
                        line("THE GUILDHALL"),
                        line("FELPERSHAM"),
                        gap(),
                        line("Wednesday, 5 March 2025"),
                        gap(),
                        line("To: All Members of the County Council"),
                        gap(),
                        line("A meeting of the Borsetshire County Council will be held in the Council Chamber, Guildhall,"),
                        line("Felpersham, BC1 2AB on Thursday, 13th March, 2025 at 10.00 am to deal with the following"),
                        line("business. The meeting is scheduled to end by 4.30 pm."),
                        gap(),
                        line("A G E N D A").bold(),
                        gap(),
                        line("1. Apologies for Absence"),
                        gap(),
                        line("2. Minutes of the meeting held on 13 February 2025 and, if in order,")
                                .and(450, "(Pages 1 - 14)"),
                        line(HANGING, "to be approved as a correct record"),
                        gap(),
                        line("3. Chairman's Announcements"),
                        gap(),
                        line("4. Borsetshire Minerals Local Plan 2024-39"),
                        line(100, "See supplement pack published alongside the main agenda"),
                        gap(),
                        line("5. Treasury Management - Mid-Year Update 2024-25").and(450, "(Pages 15 - 36)"),
                        gap(),
                        line("6. Motion for Time Limited Debate").and(450, "(Pages 37 - 38)"),
                        gap(),
                        gap(),
                        line("Clare Grundy"),
                        line("Head of Democratic Services"))));
    }

    /** A parish notice that writes the date out longhand and meets at noon. */
    public static Fixture parishNoticeAtNoon() {
        return new Fixture(List.of(page(
                line("AMBRIDGE PARISH COUNCIL").bold(),
                line("Notice of Meeting").bold(),
                gap(),
                line("Members of the Council are summoned to a meeting of Ambridge Parish Council."),
                line("The meeting will be held on the 5th day of March 2025 at noon in Ambridge Village Hall."),
                gap(),
                line("AGENDA").bold(),
                line("1. Apologies for absence"),
                line("2. Minutes of the meeting held on 5 February 2025"),
                line("3. Maintenance of the village green"),
                line("4. Correspondence"))));
    }

    /**
     * A supplement to the committee's agenda: the dispatch letter listing the one item it brings, a blank
     * page, then the item's report (stamped, pages 1 to 3), a blank filler without a footer that takes page
     * number 4, the report's appendix (page 5) and a closing blank filler.
     */
    public static Fixture parkingStrategySupplement() {
        return new Fixture(List.of(
                dispatchLetter("3 March 2025", "POLICY AND RESOURCES COMMITTEE - TUESDAY, 4 MARCH 2025",
                        List.of("Please find enclosed the documents for Item 5 \u2013 Parking Strategy, which were not",
                                "available when the main agenda was first published."),
                        line("Agenda Item No").bold(),
                        line("5").and(110, "25/00015 - Parking Strategy for the Market Towns 2025-2030 (Pages 1 - 5)")),
                blankFiller(),
                page(
                        line("REPORT TO: Policy and Resources Committee").bold(),
                        line("FROM: Director of Growth and Environment"),
                        line("SUBJECT: Parking Strategy for the Market Towns 2025-2030"),
                        gap(),
                        line("1. Introduction").bold(),
                        line("1.1 This report sets out a new approach to parking charges in the market towns"),
                        line("of Borsetshire, following the review agreed by the Committee last year."))
                        .stamp("5").footer(1),
                page(
                        line("2. Background").bold(),
                        line("2.1 Car parks in Felpersham and Hollerton are full on most weekday mornings,"),
                        line("while the edge-of-town sites stand half empty."))
                        .footer(2),
                page(
                        line("3. Recommendations").bold(),
                        line("3.1 The Committee is asked to agree the strategy for consultation."))
                        .footer(3),
                blankFiller(),
                page(
                        line("APPENDIX A: Consultation Responses").bold(),
                        gap(),
                        line("Residents").and(300, "412"),
                        line("Businesses").and(300, "57"),
                        line("Parish councils").and(300, "9"))
                        .footer(5),
                blankFiller()));
    }

    /** A supplement whose letter lists no items; its papers are stamped as item 6. */
    public static Fixture budgetAmendmentsSupplementWithoutItemList() {
        return new Fixture(List.of(
                dispatchLetter("10 March 2025", "COUNTY COUNCIL - THURSDAY, 13 MARCH 2025",
                        List.of("Please find enclosed the budget amendments for Item 6, which were not",
                                "available when the main agenda was first published.")),
                blankFiller(),
                page(
                        line("Budget Amendment 1").bold(),
                        line("Proposed by Councillor Ruth Archer, seconded by Councillor Usha Franks."),
                        line("To add \u00a32.5m to the highways maintenance budget for rural roads."))
                        .stamp("6").footer(1),
                page(
                        line("The addition is to be met from the general reserve."))
                        .footer(2)));
    }

    /** Papers alone: two items' papers, stamped and numbered as pages 41 to 45 of the main pack. */
    public static Fixture stampedPapersForTwoItems() {
        return new Fixture(List.of(
                page(
                        line("REPORT TO: Policy and Resources Committee").bold(),
                        line("SUBJECT: Revenue Budget Monitoring"),
                        gap(),
                        line("1.1 The forecast outturn for the year is an underspend of \u00a31.2m."))
                        .stamp("3").footer(41),
                page(line("1.2 Pressures remain in adult social care and home to school transport.")).footer(42),
                page(line("1.3 The Committee is asked to note the forecast.")).footer(43),
                page(
                        line("REPORT TO: Policy and Resources Committee").bold(),
                        line("SUBJECT: Felpersham Leisure Centre Refurbishment"),
                        gap(),
                        line("1.1 The pool hall roof has reached the end of its life."))
                        .stamp("4").footer(44),
                page(line("1.2 The works would close the pool for twelve weeks from September.")).footer(45)));
    }

    /**
     * A supplement whose A4 report (pages 1 and 2) runs straight on, with no blank page and no header, into a
     * form printed on smaller landscape paper (pages 3 and 4).
     */
    public static Fixture supplementWhosePaperSizeChanges() {
        return new Fixture(List.of(
                amendmentsLetter("the budget amendments for Item 6, which were not", 4),
                blankFiller(),
                amendmentsReport("1.1 Two amendments to the budget have been received by the deadline."),
                page(line("1.2 Each amendment is set out on the form that follows.")).footer(2),
                page(
                        line("Proposed by:").and(250, "Councillor Ruth Archer"),
                        line("Seconded by:").and(250, "Councillor Usha Franks"),
                        line("Amendment:").and(250, "Add \u00a32.5m to the highways maintenance budget"))
                        .paper(FORM_PAPER).footer(3),
                page(
                        line("Proposed by:").and(250, "Councillor Robert Snell"),
                        line("Seconded by:").and(250, "Councillor Lynda Snell"),
                        line("Amendment:").and(250, "Remove the increase in garden waste charges"))
                        .paper(FORM_PAPER).footer(4)));
    }

    /** A supplement whose report has a table on an A4 page turned to landscape in the middle of it. */
    public static Fixture supplementWithALandscapeTable() {
        return new Fixture(List.of(
                amendmentsLetter("the report for Item 6, which was not", 3),
                blankFiller(),
                amendmentsReport("1.1 The effect of the amendments on each service is shown below."),
                page(
                        line("Service").and(400, "2024-25 \u00a3000").and(600, "2025-26 \u00a3000"),
                        line("Highways").and(400, "41,200").and(600, "43,700"),
                        line("Waste").and(400, "38,950").and(600, "38,100"),
                        line("Libraries").and(400, "6,420").and(600, "6,420"))
                        .paper(A4_TURNED).footer(2),
                page(line("1.2 The Council is asked to consider the amendments.")).footer(3)));
    }

    /** The letter sending the County Council's item 6, whose papers run to page {@code lastPage}. */
    private static Sheet amendmentsLetter(String enclosed, int lastPage) {
        return dispatchLetter("10 March 2025", "COUNTY COUNCIL - THURSDAY, 13 MARCH 2025",
                List.of("Please find enclosed " + enclosed, "available when the main agenda was first published."),
                line("Agenda Item No").bold(),
                line("6").and(110, "Budget Amendments 2025-26 (Pages 1 - " + lastPage + ")"));
    }

    /** The first page of item 6's report, stamped, opening with its header and one paragraph. */
    private static Sheet amendmentsReport(String paragraph) {
        return page(
                line("REPORT TO: County Council").bold(),
                line("SUBJECT: Budget Amendments 2025-26"),
                gap(),
                line(paragraph))
                .stamp("6").footer(1);
    }

    /**
     * Stamped papers for item 9: a report (pages 21 and 22), then an appendix whose every page repeats its
     * heading at the top, its section changing from SPENDING (pages 23 to 25) to SAVINGS (26 and 27).
     */
    public static Fixture capitalProgrammeWithRunningAppendixHeadings() {
        String spending = "APPENDIX C: CAPITAL PROGRAMME - SPENDING";
        String savings = "APPENDIX C: CAPITAL PROGRAMME - SAVINGS";
        return new Fixture(List.of(
                page(
                        line("REPORT TO: County Council").bold(),
                        line("SUBJECT: Capital Programme 2025-28"),
                        gap(),
                        line("1.1 This report sets out the capital programme for the next three years."))
                        .stamp("9").footer(21),
                page(line("1.2 The programme is summarised in Appendix C.")).footer(22),
                page(line(spending).bold(), gap(),
                        line("Felpersham bypass").and(350, "12,400"),
                        line("Hollerton school expansion").and(350, "6,150")).footer(23),
                page(line(spending).bold(), gap(),
                        line("Ambridge flood defences").and(350, "2,300"),
                        line("Library refurbishments").and(350, "1,100")).footer(24),
                page(line(spending).bold(), gap(),
                        line("Total spending").and(350, "21,950")).footer(25),
                page(line(savings).bold(), gap(),
                        line("Depot rationalisation").and(350, "-1,800"),
                        line("Street lighting LED conversion").and(350, "-950")).footer(26),
                page(line(savings).bold(), gap(),
                        line("Total savings").and(350, "-2,750")).footer(27)));
    }

    /**
     * Somebody's notes headed "Minutes", with a "Present:" line, but no body, no date and no items: nothing a
     * reader of minutes or of packs can take hold of.
     */
    public static Fixture allotmentWalkNotes() {
        return new Fixture(List.of(page(
                line("Minutes"),
                line("Present: Jo Bloggs, Clare Grundy, Ruth Archer"),
                gap(),
                line("We walked round the allotments by the river after the rain."),
                line("The lower plots were under water again and two sheds have lost their roofs."),
                line("Somebody needs to ask about water butts before the summer."))));
    }

    /**
     * Notes of a site visit that say who was there, as minutes do, but are headed as notes and have no body,
     * no date and no items: a plain document, though one with a trace of minutes about it.
     */
    public static Fixture siteVisitNotesWithAnAttendanceList() {
        return new Fixture(List.of(page(
                line("Notes of the walk round Ambridge allotments"),
                line("Present: Jo Bloggs, Clare Grundy, Ruth Archer"),
                gap(),
                line("The lower plots were under water again and two sheds have lost their roofs."),
                line("Somebody needs to ask about water butts before the summer."))));
    }

    /** Two pages of a policy cut out of a pack: its page-number footers run from 3, but it speaks of no meeting. */
    public static Fixture lettingsPolicyWithPackFooters() {
        return new Fixture(List.of(
                page(
                        line("Ambridge Village Hall Lettings Policy").bold(),
                        gap(),
                        line("The hall may be hired by any group based in the parish, at the rates set each"),
                        line("spring by the hall committee. Hirers leave the hall as they found it."))
                        .footer(3),
                page(
                        line("Hirers are responsible for their guests and must not exceed the number of"),
                        line("people shown on the fire notice by the main door."))
                        .footer(4)));
    }

    /** A parish agenda that gives its meeting but, as published, no business at all. */
    public static Fixture parishAgendaWithoutItems() {
        return new Fixture(List.of(page(
                line("AMBRIDGE PARISH COUNCIL").bold(),
                line("Agenda").bold(),
                gap(),
                line("Date: Monday, 10 March 2025"),
                line("Time: 7.30 pm"),
                line("Venue: Ambridge Village Hall"),
                gap(),
                line("Members of the public are welcome to attend."))));
    }

    /** The first page of a ModernGov supplement: the democratic services letter sending it out. */
    private static Sheet dispatchLetter(String date, String meeting, List<String> sentence, Line... itemList) {
        List<Line> lines = new ArrayList<>(List.of(
                line(330, "Direct Dial: 01234 567000"),
                line(330, "Ask for: Jo Bloggs"),
                line(330, "Date: " + date),
                gap(),
                line("Dear Member"),
                gap(),
                line(meeting).bold(),
                gap()));
        sentence.forEach(text -> lines.add(line(text)));
        lines.add(gap());
        if (itemList.length > 0) {
            lines.addAll(List.of(itemList));
            lines.add(gap());
        }
        lines.addAll(List.of(
                line("Yours sincerely"),
                gap(),
                line("Clare Grundy"),
                line("Head of Democratic Services")));
        return new Sheet(A4, null, null, null, lines);
    }

    /**
     * A borough's notice of meeting: the council's name, a {@code NOTICE OF MEETING} heading over the body's name,
     * and the date, time and place in a two-column table whose labels have no colons.
     */
    public static Fixture noticeOfMeetingWithATableOfLabels() {
        return new Fixture(List.of(page(
                line("ROYAL BOROUGH OF WYVERN").bold(),
                line("NOTICE OF MEETING").bold(),
                line("Licensing Committee").bold(),
                gap(),
                line("Date").and(180, "Tuesday 14 October 2025"),
                line("Time").and(180, "7.00 pm"),
                line("Place").and(180, "Committee Room 3, Civic Centre, Wyvern"),
                gap(),
                line("AGENDA").bold(),
                line("1. Apologies"),
                line("2. Minutes (Pages 1 - 4)"),
                line("3. Street Trading Policy (Pages 5 - 9)"))));
    }

    /** A bilingual notice: each label, page reference and part heading in Welsh first, then in English. */
    public static Fixture bilingualNotice() {
        return new Fixture(List.of(page(
                line("Pwyllgor Craffu Addysg / Education Scrutiny Committee").bold(),
                gap(),
                line("Dyddiad / Date:").and(200, "Dydd Iau / Thursday, 11 December 2025"),
                line("Amser / Time:").and(200, "10:00"),
                line("Lleoliad / Venue:").and(200, "Siambr y Cyngor / Council Chamber, Tref Newydd"),
                gap(),
                line("Agenda").bold(),
                line("1. Ymddiheuriadau / Apologies"),
                line("2. Cofnodion / Minutes (Tudalennau / Pages 3 - 8)"),
                line("3. Presenoldeb Disgyblion / Pupil Attendance (Tudalennau / Pages 9 - 20)"),
                line("Rhan 2 / Part 2").bold(),
                line("4. Adolygiad Ysgolion / School Review (Tudalennau / Pages 21 - 30)"))));
    }

    /** A supplementary agenda of two late items, numbered as in the main agenda, with no letter. */
    public static Fixture supplementaryAgendaOfLateItems() {
        return new Fixture(List.of(page(
                line("SUPPLEMENTARY AGENDA").bold(),
                line("Cabinet").bold(),
                line("Date: Thursday 13 March 2025"),
                line("Time: 10.00 am"),
                gap(),
                line("7. Budget Monitoring (Pages 1 - 6)"),
                line("10. Fees and Charges (Pages 7 - 10)"))));
    }

    /**
     * A fire authority's summons: the clerk's date on a line of its own above the meeting's, written with an
     * ordinal, and bold item titles with the report's author in plain type under them.
     */
    public static Fixture fireAuthoritySummons() {
        return new Fixture(List.of(page(
                line("WESSEX FIRE AUTHORITY").bold(),
                line("1 December 2025"),
                gap(),
                line("To: All Members of the Authority"),
                gap(),
                line("Meeting of the Authority").bold(),
                line("Wednesday 10th December 2025"),
                line("Headquarters, Felpersham"),
                gap(),
                line("AGENDA").bold(),
                line("1. Chair's Announcements").bold(),
                gap(),
                line("2. Revenue Budget Monitoring 2025/26 (Pages 5 - 14)").bold(),
                line(HANGING, "Report of the Treasurer"),
                gap(),
                line("3. Community Risk Management Plan (Pages 15 - 40)").bold(),
                line(HANGING, "Members are asked to approve the plan for consultation."))));
    }

    // ---------------------------------------------------------------- the page model

    /** Text starting at {@code x} across the page. */
    public record Run(String text, double x) {
    }

    /** One printed line: its runs on one baseline, their size and weight. A line with no runs is a gap. */
    public record Line(List<Run> runs, double fontSize, boolean heavy) {

        public Line and(double x, String text) {
            List<Run> more = new ArrayList<>(runs);
            more.add(new Run(text, x));
            return new Line(more, fontSize, heavy);
        }

        public Line bold() {
            return new Line(runs, fontSize, true);
        }

        public Line size(double points) {
            return new Line(runs, points, heavy);
        }

        double leading() {
            return Math.max(14, fontSize * 1.25);
        }

        String text() {
            return runs.stream().map(Run::text).collect(Collectors.joining("\t"));
        }
    }

    /**
     * One page: its paper, its stamp and footer if any, where its first line stands (null: near the top), and
     * its lines.
     */
    public record Sheet(PDRectangle paper, String stamp, Integer footer, Double top, List<Line> lines) {

        public Sheet stamp(String item) {
            return new Sheet(paper, item, footer, top, lines);
        }

        public Sheet footer(int printed) {
            return new Sheet(paper, stamp, printed, top, lines);
        }

        public Sheet paper(PDRectangle size) {
            return new Sheet(size, stamp, footer, top, lines);
        }

        TestPdfs.Page toPdf() {
            double width = paper.getWidth();
            double height = paper.getHeight();
            List<Text> texts = new ArrayList<>();
            if (stamp != null) {
                texts.add(Text.at("Agenda Item " + stamp, width - 130, height - 52));
            }
            double y = top != null ? top : height - 80;
            for (Line line : lines) {
                for (Run run : line.runs()) {
                    texts.add(new Text(run.text(), run.x(), y, 0, line.fontSize(), line.heavy()));
                }
                y -= line.leading();
            }
            if (footer != null) {
                texts.add(Text.at("Page " + footer, width / 2 - 17, 30));
            }
            return new TestPdfs.Page(paper, 0, texts, List.of());
        }

        String toText() {
            List<String> out = new ArrayList<>();
            if (stamp != null) {
                out.add("Agenda Item " + stamp);
            }
            lines.forEach(line -> out.add(line.text()));
            if (footer != null) {
                out.add("Page " + footer);
            }
            return String.join("\n", out);
        }
    }

    /** A whole input: its pages in order. */
    public record Fixture(List<Sheet> sheets) {

        public Path pdf(Path dir, String name) throws IOException {
            return TestPdfs.write(dir.resolve(name + ".pdf"),
                    sheets.stream().map(Sheet::toPdf).toArray(TestPdfs.Page[]::new));
        }

        /** The text a converter gives: lines, TABs between the runs of a line, a form feed between pages. */
        public Path text(Path dir, String name) throws IOException {
            String text = sheets.stream().map(Sheet::toText).collect(Collectors.joining("\n\f")) + "\n";
            return Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        }

        /** As {@code pdf} or {@code txt}. */
        public Path write(Path dir, String name, String format) throws IOException {
            return switch (format) {
                case "pdf" -> pdf(dir, name);
                case "txt" -> text(dir, name);
                default -> throw new IllegalArgumentException("no format " + format);
            };
        }
    }

    private static Sheet page(Line... lines) {
        return new Sheet(A4, null, null, null, List.of(lines));
    }

    /** A page with nothing printed on it at all. */
    private static Sheet emptyPage() {
        return new Sheet(A4, null, null, null, List.of());
    }

    /** The filler that pads a document to an even number of pages; no footer. */
    private static Sheet blankFiller() {
        return new Sheet(A4, null, null, 421.0, List.of(line(200, "This page is intentionally left blank")));
    }

    private static Line line(String text) {
        return line(LEFT, text);
    }

    private static Line line(double x, String text) {
        return new Line(List.of(new Run(text, x)), 10, false);
    }

    private static Line gap() {
        return new Line(List.of(), 10, false);
    }
}
