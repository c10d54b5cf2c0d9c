package org.agendapack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.agendapack.MadeUpCouncils.Fixture;
import org.agendapack.MadeUpCouncils.Line;
import org.agendapack.MadeUpCouncils.Run;
import org.agendapack.MadeUpCouncils.Sheet;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Printed minutes and records of decisions of bodies that do not exist (Felpersham Borough Council, the Wessex
 * Combined Authority, Ambridge and Penny Hassett parish councils, Borsetshire County Council and its Cabinet),
 * each published on its own and written once as the pages it prints, in the page model of
 * {@link MadeUpCouncils}: rendered as a PDF and as the text conversion of that PDF (runs of a line separated by
 * a TAB, pages by form feeds).
 *
 * <p>Every body opens its minutes its own way and numbers, decides and votes its own way; the comments say
 * which trap each fixture sets.
 */
public final class MadeUpMinutes {

    private static final double LEFT = 72;
    /** Where a list inside a minute, or a wrapped title, is indented. */
    private static final double INDENT = 90;
    /** Where the second column of a label or a table starts. */
    private static final double VALUE = 180;
    /** The right margin that right-aligned lines end at. */
    private static final double RIGHT = 523;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private MadeUpMinutes() {
    }

    // ---------------------------------------------------------------- a unitary council's policy committee

    /**
     * Minutes of Felpersham Borough Council's Policy and Resources Committee: the council's name over the title,
     * the date, time and venue in one {@code held on …} line; members in a {@code Present:} paragraph with
     * {@code (Chair)} and {@code (Vice-Chair)} markers, officers under {@code Also present:}; minutes numbered
     * {@code 84.} to {@code 86.} (the last opening with a planning reference), with numbered paragraphs
     * {@code 1.}, {@code 2.}, {@code (a)} inside minute 85 that are not minutes; {@code RESOLVED –},
     * {@code It was RESOLVED that} and {@code AGREED that}; the time it ended, the date of the next meeting
     * (not this one's) and a signature line that says only {@code Chair}.
     */
    public static Fixture felpershamPolicyAndResourcesMinutes() {
        return new Fixture(List.of(
                page(
                        line("FELPERSHAM BOROUGH COUNCIL").bold().size(14),
                        line("Minutes of the Policy and Resources Committee").bold().size(12),
                        line("held on Monday 7th October 2024 at 7.30pm in the Council Chamber, Town Hall, Felpersham"),
                        gap(),
                        line("Present: Councillors R Archer (Chair), T Grundy (Vice-Chair), L Snell and U Franks"),
                        gap(),
                        line("Also present: Mrs H Aldridge (Chief Executive) and Mr J Carter (Head of Legal Services)"),
                        gap(),
                        line("84. Apologies for absence").bold(),
                        line("Apologies for absence were received from Councillors A Pargetter and K Horrobin."),
                        gap(),
                        line("85. Revenue Budget Monitoring 2024/25").bold(),
                        line("The Committee considered the report of the Director of Finance, which set out the"),
                        line("forecast outturn for the year at the end of August. The Director drew attention to:"),
                        line("1. The forecast overspend had fallen from \u00a31.1m to \u00a30.4m since the last report."),
                        line("2. Pressures remained in temporary accommodation, where"),
                        line(INDENT, "(a) nightly-paid placements had risen to 140 households; and"),
                        line(INDENT, "(b) the average stay had lengthened to eleven weeks."),
                        line("Members asked whether the reserve set aside in February would be enough; the"),
                        line("Director said that it would be, on the present forecast."),
                        gap(),
                        line("RESOLVED \u2013 That the report be noted."),
                        gap(),
                        line("It was RESOLVED that the Director of Finance report further on temporary"),
                        line("accommodation to the meeting in December."))
                        .footer(1),
                page(
                        line("86. 24/00311/FUL - Former Depot, Mill Lane").bold(),
                        line("The Committee considered the disposal of the former depot, for which outline"),
                        line("planning permission for twelve homes has been sought under reference 24/00311/FUL."),
                        gap(),
                        line("AGREED that the site be offered for sale on the open market, with a reserve price"),
                        line("to be set by the Head of Property."),
                        gap(),
                        line("The meeting ended at 9.05 pm"),
                        gap(),
                        line("Date of next meeting: 4 November 2024"),
                        gap(),
                        gap(),
                        gap(),
                        line(330, "......................................"),
                        line(330, "Chair"))
                        .footer(2)));
    }

    // ---------------------------------------------------------------- a combined authority

    /**
     * Minutes of the Wessex Combined Authority Board: labelled date and venue, {@code Time Commenced:} and
     * {@code Time Concluded:}; members in a two-column table (name | organisation) under {@code Members
     * present}, one with an honour after the name; minutes numbered {@code Min 123/24} with a sub-minute
     * {@code 124/24(a)}; a recorded vote written {@code For: 5 Against: 2 Abstentions: 1} and {@code The motion
     * was carried.}; an {@code APPROVED:} decision.
     */
    public static Fixture wessexCombinedAuthorityMinutes() {
        double organisation = 300;
        double title = 150;
        return new Fixture(List.of(
                page(
                        line("WESSEX COMBINED AUTHORITY").bold().size(14),
                        line("Minutes of the Meeting of the Combined Authority Board").bold().size(12),
                        gap(),
                        line("Date:").and(VALUE, "Friday 22 November 2024"),
                        line("Venue:").and(VALUE, "The Assembly Rooms, Borchester"),
                        line("Time Commenced:").and(VALUE, "10.00 am"),
                        line("Time Concluded:").and(VALUE, "11.45 am"),
                        gap(),
                        line("Members present").bold(),
                        gap(),
                        line("Name").and(organisation, "Organisation").bold(),
                        line("Mayor Adam Macy").and(organisation, "Wessex Combined Authority"),
                        line("Councillor Ruth Archer (Chair)").and(organisation, "Borsetshire County Council"),
                        line("Councillor Tom Forrest").and(organisation, "Felpersham Borough Council"),
                        line("Councillor Usha Franks").and(organisation, "Borchester City Council"),
                        line("Councillor Jolene Rogers").and(organisation, "Loxley District Council"),
                        line("Councillor Eddie Grundy").and(organisation, "Hollerton District Council"),
                        line("Councillor Lynda Snell").and(organisation, "Heydon Valley District Council"),
                        line("Mr R C Pargetter, OBE").and(organisation, "Wessex Business Board"),
                        gap(),
                        line("In attendance: Shula Hebden (Chief Executive) and Alistair Lloyd (Monitoring Officer)"),
                        gap(),
                        line("Min 123/24").and(title, "Apologies for Absence").bold(),
                        line("Apologies were received from Councillor Kirsty Miller (Loxley District Council)."),
                        gap(),
                        line("Min 124/24").and(title, "Local Transport Plan 2025-2040").bold(),
                        line("The Board considered the draft Local Transport Plan, which had been the subject of"),
                        line("public consultation over the summer."),
                        line("RESOLVED: That the Local Transport Plan 2025-2040 be adopted."))
                        .footer(1),
                page(
                        line("124/24(a)").and(title, "Bus Franchising Assessment").bold(),
                        line("Councillor Archer moved, and Councillor Franks seconded, that the Authority consult"),
                        line("on a franchising scheme for bus services in the Borchester area."),
                        line("A recorded vote was taken:"),
                        line("For: 5  Against: 2  Abstentions: 1"),
                        line("The motion was carried."),
                        gap(),
                        line("Min 125/24").and(title, "Adult Skills Fund Allocations 2025/26").bold(),
                        line("APPROVED: the allocations to colleges and training providers set out at Appendix 1."),
                        gap(),
                        line("The meeting closed at 11.45 am."))
                        .footer(2)));
    }

    // ---------------------------------------------------------------- parish councils

    /**
     * The annual meeting of Ambridge Parish Council: a title naming the council's minutes, the {@code Minutes
     * of the Annual Meeting of …} sentence wrapped before its venue, councillors one per line under
     * {@code Present: Cllrs}, parish numbering {@code 101/24}, and decisions written {@code Resolved
     * unanimously that}, {@code It was agreed to} and a bare {@code Noted.}
     */
    public static Fixture ambridgeParishAnnualMeetingMinutes() {
        double names = 150;
        double title = 130;
        return new Fixture(List.of(page(
                line("Ambridge Parish Council Minutes").bold().size(14),
                gap(),
                line("Minutes of the Annual Meeting of Ambridge Parish Council held on Tuesday 14 May 2024"),
                line("at 7.30 pm in the Village Hall, Ambridge"),
                gap(),
                line("Present:").and(names, "Cllrs Jim Lloyd (Chair)"),
                line(names, "Jill Archer"),
                line(names, "Neil Carter"),
                line(names, "Susan Carter"),
                line(names, "Brian Aldridge"),
                line("In attendance:").and(names, "Mrs Hannah Riley (Parish Clerk)"),
                gap(),
                line("101/24").and(title, "Election of Chair").bold(),
                line("Cllr Jill Archer proposed and Cllr Neil Carter seconded that Cllr Jim Lloyd be Chair."),
                line("Resolved unanimously that Cllr Jim Lloyd be elected Chair of the Council for 2024/25."),
                line("Cllr Lloyd signed the declaration of acceptance of office."),
                gap(),
                line("102/24").and(title, "Apologies").bold(),
                line("Apologies were received from Cllr Kenton Archer and Cllr Fallon Rogers."),
                gap(),
                line("103/24").and(title, "Minutes of the meeting held on 9 April 2024").bold(),
                line("It was agreed to approve the minutes of the meeting held on 9 April 2024 as a true"),
                line("record, and the Chair signed them."),
                gap(),
                line("104/24").and(title, "Clerk's Report").bold(),
                line("The Clerk reported that the annual return had been sent to the external auditor."),
                line("Noted."),
                gap(),
                line("105/24").and(title, "Village Green Maintenance").bold(),
                line("Two quotations for the summer grass cutting had been received."),
                line("It was agreed to accept the quotation of \u00a31,450 from Grundy Groundworks."),
                gap(),
                line("Meeting closed at 9.10 pm"),
                gap(),
                gap(),
                line("Signed ............................ (Chair)").and(350, "Date ................"))));
    }

    /**
     * An extraordinary meeting of Penny Hassett Parish Council whose minutes have headings but no numbers at
     * all: {@code Election of Chair}, {@code Apologies for Absence}, {@code Defibrillator for the Church Room}.
     */
    public static Fixture pennyHassettUnnumberedMinutes() {
        return new Fixture(List.of(page(
                line("PENNY HASSETT PARISH COUNCIL").bold().size(14),
                line("Minutes of an Extraordinary Meeting held on Wednesday 4 September 2024 at 7.00 pm"),
                line("in the Church Room, Penny Hassett"),
                gap(),
                line("Present: Cllr Bert Fry, Cllr Freda Fry, Cllr Joe Grundy and Cllr Mike Tucker"),
                gap(),
                line("Election of Chair").bold(),
                line("Following the resignation of Cllr Derek Fletcher, Cllr Joe Grundy was proposed by"),
                line("Cllr Tucker and seconded by Cllr Freda Fry."),
                line("Resolved that Cllr Joe Grundy be Chair of the Council until the Annual Meeting in May 2025."),
                gap(),
                line("Apologies for Absence").bold(),
                line("There were no apologies."),
                gap(),
                line("Defibrillator for the Church Room").bold(),
                line("The Council discussed the offer of a grant from the Felpersham Community Fund."),
                line("It was agreed to accept the grant and to install the defibrillator by the end of October."),
                gap(),
                line("The meeting closed at 7.45 pm"))));
    }

    // ---------------------------------------------------------------- recorded votes

    /**
     * Minutes of a meeting of Borsetshire County Council where a motion and its amendment each went to a
     * recorded vote printed as headings ({@code For (7)}, {@code Against (2)}, {@code Abstain (0)}) over
     * paragraphs of surnames, with the outcome right-aligned under them; and a vote recorded inline in the next
     * minute ({@code (6 for, 2 against, 1 abstention)}).
     */
    public static Fixture borsetshireCouncilRecordedVotes() {
        return new Fixture(List.of(
                page(
                        line("BORSETSHIRE COUNTY COUNCIL").bold().size(14),
                        line("Minutes of the meeting of the County Council held at Shire Hall, Borchester").bold(),
                        line("on Thursday 19 September 2024 at 10.00 am").bold(),
                        gap(),
                        line("Present: Councillor Ruth Archer (Chairman), Councillor Tom Forrest (Vice-Chairman),"),
                        line("Councillors Neil Carter, Usha Franks, Eddie Grundy, Kathy Horrobin, Alan Pargetter,"),
                        line("Lynda Snell and Mike Tucker."),
                        gap(),
                        line("45. Notice of Motion - Sunday Bus Services").bold(),
                        line("Councillor Snell moved, and Councillor Franks seconded, the following motion:"),
                        line(INDENT, "\"This Council asks the Cabinet to restore the Sunday service on bus route 14"),
                        line(INDENT, "between Felpersham and Ambridge from April 2025.\""),
                        line("Councillor Grundy moved an amendment, seconded by Councillor Horrobin, to add \"subject"),
                        line("to the cost being met from the bus service improvement grant\". A recorded vote was"),
                        line("taken on the amendment:"),
                        gap(),
                        line("For (3)").bold(),
                        line("Grundy, Horrobin and Pargetter"),
                        line("Against (6)").bold(),
                        line("Archer, Carter, Forrest, Franks, Snell and Tucker"),
                        line("Abstain (0)").bold(),
                        right("Amendment lost."),
                        gap(),
                        line("A recorded vote was then taken on the motion:"),
                        gap(),
                        line("For (7)").bold(),
                        line("Archer, Carter, Forrest, Franks, Grundy, Snell and Tucker"),
                        line("Against (2)").bold(),
                        line("Horrobin and Pargetter"),
                        line("Abstain (0)").bold(),
                        right("Motion carried."),
                        gap(),
                        line("RESOLVED \u2013 That this Council asks the Cabinet to restore the Sunday service on"),
                        line("bus route 14 between Felpersham and Ambridge from April 2025."))
                        .footer(1),
                page(
                        line("46. Treasury Management - Mid-Year Review 2024/25").bold(),
                        line("The Council considered the mid-year review of treasury management activity."),
                        line("RESOLVED (6 for, 2 against, 1 abstention) \u2013 That the mid-year review be approved."),
                        gap(),
                        line("The meeting closed at 12.20 pm"),
                        gap(),
                        gap(),
                        line(330, "......................................"),
                        line(330, "Chairman"))
                        .footer(2)));
    }

    // ---------------------------------------------------------------- a record of decisions

    /**
     * The Borsetshire Cabinet's record of decisions: a {@code RECORD OF DECISIONS} title over {@code Decisions
     * taken at the meeting of …}, numbered decisions each with a {@code DECISION:} paragraph (one with a
     * lettered list) and the reasons given after it, and a call-in deadline and a publication date after the
     * meeting's.
     */
    public static Fixture borsetshireCabinetRecordOfDecisions() {
        return new Fixture(List.of(page(
                line("BORSETSHIRE COUNTY COUNCIL").bold(),
                line("RECORD OF DECISIONS").bold().size(14),
                line("Decisions taken at the meeting of the Borsetshire Cabinet held on 12 March 2025"),
                gap(),
                line("1. Highways Capital Programme 2025/26").bold(),
                line("DECISION: That the programme be approved."),
                line("Reason for decision: To keep the county's roads in a safe condition."),
                line("Alternative options considered: None."),
                gap(),
                line("2. Felpersham Library Relocation").bold(),
                line("DECISION: That the relocation of Felpersham Library to the Corn Exchange be approved,"),
                line("subject to:"),
                line(INDENT, "(a) a lease of no less than 25 years being agreed; and"),
                line(INDENT, "(b) the fit-out costing no more than \u00a3850,000."),
                line("Reason for decision: The present building needs repairs the Council cannot afford."),
                gap(),
                line("3. Fees and Charges 2025/26").bold(),
                line("DECISION: That the fees and charges set out in Appendix A be approved from 1 April 2025."),
                line("Reason for decision: To recover the cost of the services charged for."),
                gap(),
                line("Call-in deadline: 5.00 pm on 19 March 2025"),
                line("Published: 13 March 2025"))));
    }

    // ---------------------------------------------------------------- minutes that open differently

    /**
     * A licensing sub-committee's minutes titled {@code MINUTES} alone, with the committee's name and
     * {@code Minutes of the meeting held on … at …} on lines of their own; members under {@code Councillors:},
     * officers under {@code Officers:}, a substitute under {@code Substitutes:}; {@code Meeting ended at}.
     */
    public static Fixture licensingSubCommitteeMinutesTitledAlone() {
        return licensingSubCommittee(
                line("MINUTES").bold().size(16),
                line("Licensing Sub-Committee").bold().size(12),
                line("Minutes of the meeting held on 21 March 2024 at 6.00 pm"),
                line("Committee Room 1, Town Hall, Felpersham"));
    }

    /** The same minutes with the committee's name over {@code MINUTES}, and the date and time on a line alone. */
    public static Fixture licensingSubCommitteeMinutesDatedOnALineAlone() {
        return licensingSubCommittee(
                line("LICENSING SUB-COMMITTEE").bold().size(12),
                line("MINUTES").bold().size(16),
                line("21 March 2024 at 6.00 pm"),
                line("Committee Room 1, Town Hall, Felpersham"));
    }

    private static Fixture licensingSubCommittee(Line... opening) {
        List<Line> lines = new ArrayList<>(List.of(opening));
        lines.addAll(List.of(
                gap(),
                line("Councillors:").and(VALUE, "K Horrobin (Chair), L Snell and T Forrest"),
                line("Substitutes:").and(VALUE, "Councillor P Tregorran"),
                line("Officers:").and(VALUE, "Mr J Carter (Licensing Officer), Ms E Bellamy (Legal Adviser)"),
                gap(),
                line("1").and(100, "Apologies").bold(),
                line("There were no apologies."),
                gap(),
                line("2").and(100, "Declarations of Interest").bold(),
                line("None."),
                gap(),
                line("3").and(100, "Application for a Premises Licence - The Bull, Ambridge").bold(),
                line("The Sub-Committee heard from the applicant and from two residents of Ambridge."),
                line("RESOLVED: That the licence be granted subject to the conditions in Appendix B."),
                gap(),
                line("Meeting ended at 6.10 pm")));
        return new Fixture(List.of(sheet(lines)));
    }

    // ---------------------------------------------------------------- numbering schemes

    /**
     * Felpersham's Cabinet minutes numbered as given ({@code 24/25.01}, {@code C/45}, {@code CAB 12}, …): three
     * minutes, the second with its title wrapped onto a second line and with numbered paragraphs {@code 1.},
     * {@code 2.} and {@code (a)} inside it that are not minutes.
     */
    public static Fixture felpershamCabinetMinutesNumbered(String first, String second, String third) {
        double title = 140;
        return new Fixture(List.of(page(
                line("FELPERSHAM BOROUGH COUNCIL").bold().size(14),
                line("Minutes of the Cabinet held on Wednesday 6 November 2024 at 6.30 pm").bold(),
                line("in Committee Room 2, Town Hall, Felpersham").bold(),
                gap(),
                line("Present: Councillors R Archer (Chair), N Carter, U Franks and M Tucker"),
                gap(),
                line(first).and(title, "Declarations of Interest").bold(),
                line("There were no declarations of interest."),
                gap(),
                line(second).and(title, "Felpersham Town Centre Regeneration: Appointment of a").bold(),
                line(title, "Development Partner for the Station Quarter").bold(),
                line("The Cabinet considered the outcome of the procurement, which had found that:"),
                line("1. Three bids had been received, of which two were compliant."),
                line("2. The preferred bidder had scored highest on quality and price, with:"),
                line(INDENT, "(a) the most homes; and"),
                line(INDENT, "(b) the largest share of affordable housing."),
                line("RESOLVED: That Wessex Urban Partnerships be appointed as development partner."),
                gap(),
                line(third).and(title, "Forward Plan").bold(),
                line("The Forward Plan was noted."),
                gap(),
                line("The meeting closed at 7.40 pm"))));
    }

    // ---------------------------------------------------------------- the page builders

    private static Sheet page(Line... lines) {
        return sheet(List.of(lines));
    }

    private static Sheet sheet(List<Line> lines) {
        lines.forEach(MadeUpMinutes::checkFits);
        return new Sheet(A4, null, null, null, List.copyOf(lines));
    }

    private static Line line(String text) {
        return line(LEFT, text);
    }

    private static Line line(double x, String text) {
        return new Line(List.of(new Run(text, x)), 10, false);
    }

    /** A line ending at the right margin, as an outcome printed under a vote. */
    private static Line right(String text) {
        return line(RIGHT - width(text, 10, false), text);
    }

    private static Line gap() {
        return new Line(List.of(), 10, false);
    }

    /** A fixture is no good if its lines run off the paper or into each other: refuse it. */
    private static void checkFits(Line line) {
        List<Run> runs = line.runs();
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            double end = run.x() + width(run.text(), line.fontSize(), line.heavy());
            double limit = i + 1 < runs.size() ? runs.get(i + 1).x() - 4 : A4.getWidth() - 36;
            if (end > limit) {
                throw new IllegalStateException("the line does not fit: " + run.text());
            }
        }
    }

    private static double width(String text, double size, boolean bold) {
        try {
            return (bold ? BOLD : REGULAR).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
