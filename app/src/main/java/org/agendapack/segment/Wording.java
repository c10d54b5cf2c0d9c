package org.agendapack.segment;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words the pack recognisers look for, in one place. Each list holds the wordings councils are known to use
 * for one thing (a heading, a label, a phrase), as case-insensitive regular expression fragments; a council
 * that words it another way is one more entry here, with a test beside it. Layout and structure (positions,
 * numbering, page references) are weighed by the recognisers themselves.
 */
public final class Wording {

    /** Headings of a front-sheet agenda, on a line of their own (letter-spaced headings are read as words). */
    public static final List<String> AGENDA_HEADINGS = List.of(
            "agenda", "supplementary agenda", "supplemental agenda", "agenda supplement", "agenda pack",
            "agenda and reports", "agenda and papers", "public reports pack", "summons and agenda",
            "notice of meeting and agenda", "agenda for the meeting", "additional agenda", "addendum");

    /** Headings that say a pack holds papers added after the main agenda. */
    public static final List<String> SUPPLEMENT_HEADINGS = List.of(
            "supplementary agenda", "supplemental agenda", "agenda supplement", "additional agenda", "addendum",
            "supplementary (?:papers|information|reports?)", "late (?:papers|items|reports?)",
            "amendments?(?: pack)?", "tabled (?:papers|items)");

    /** The opening words of a summons or notice of meeting. */
    public static final List<String> SUMMONS = List.of(
            "summons to(?: and)?", "you are (?:hereby )?(?:summoned|requested|invited) to attend",
            "notice (?:is hereby given )?of (?:an? |the )?(?:\\w+ )?meeting", "notice of meeting");

    /** A sentence announcing the meeting: {@code A meeting of the Council will be held …}. */
    public static final List<String> MEETING_ANNOUNCED = List.of(
            "will be held", "will take place", "is to be held", "will meet", "is convened", "is summoned");

    /** Labels of the meeting's date, time and place on a front sheet. */
    public static final List<String> DATE_LABELS = List.of("date", "meeting date", "date of meeting");
    public static final List<String> TIME_LABELS = List.of("time", "start time", "meeting time", "time of meeting");
    public static final List<String> DATE_TIME_LABELS = List.of("date and time", "time and date", "date & time");
    public static final List<String> PLACE_LABELS = List.of("venue", "place", "location", "meeting venue", "where");

    /** Every label of the meeting's date, time or place, the longer wordings first so that they win. */
    public static final List<String> MEETING_LABELS = java.util.stream.Stream.of(DATE_TIME_LABELS, DATE_LABELS,
            TIME_LABELS, PLACE_LABELS).flatMap(List::stream).toList();

    /** Words of a venue's name: a line under the date that has one is where the meeting is held. */
    public static final List<String> VENUE_WORDS = List.of(
            "hall", "room", "chamber", "centre", "center", "house", "offices", "building", "library", "pavilion",
            "suite", "civic", "guildhall", "online", "virtual(?:ly)?", "microsoft teams", "zoom", "remotely");

    /** Labels of a contact block (a letter's or front sheet's), beside which a {@code Date:} is the paper's own. */
    public static final List<String> CONTACT_LABELS = List.of(
            "ask for", "direct dial(?:/ext)?", "direct line", "e-?mail", "tel(?:ephone)?", "phone", "our ref",
            "your ref", "contact(?: officer)?", "enquiries to", "please ask for", "dd");

    /** A letter's salutation. */
    public static final List<String> SALUTATIONS = List.of(
            "dear (?:member|members|councillor|councillors|sir|madam|sir or madam|all|colleague)s?");

    /** What a dispatch letter says of the papers it sends. */
    public static final List<String> DISPATCH_PHRASES = List.of(
            "please find enclosed", "i (?:am|are) now able to (?:enclose|publish|send)", "enclosed (?:are|is)",
            "(?:was|were) (?:not available|unavailable) (?:when|at the time)", "the following (?:document|report|paper)s?",
            "to follow", "now (?:attached|enclosed|published)", "supplementary (?:papers|information)");

    /** The heading of a letter's list of the items it sends papers for. */
    public static final List<String> ITEM_LIST_HEADINGS = List.of(
            "agenda item(?: no\\.?| number)?", "item(?: no\\.?| number)?", "agenda item no\\.? title");

    /** Words that close a letter or a front sheet: nothing after them is an agenda item. */
    public static final List<String> SIGN_OFFS = List.of("yours sincerely", "yours faithfully", "kind regards");

    /** Headings over an agenda's public business (part 1). */
    public static final List<String> PUBLIC_PART_HEADINGS = List.of(
            "open to (?:the )?public\\b.*", "unrestricted (?:items|business)\\b.*", "public (?:items|business)\\b.*",
            "items? (?:to be )?(?:considered|taken) in public\\b.*");

    /** Headings over an agenda's exempt business (part 2). */
    public static final List<String> EXEMPT_PART_HEADINGS = List.of(
            "(?:exempt|confidential|private|restricted) (?:items?|information|business|reports?|session)\\b.*",
            "items? (?:to be )?(?:considered|taken) in private\\b.*");

    /** Notes printed under an agenda item that are not part of its title. */
    public static final List<String> ITEM_NOTES = List.of(
            "(?:report |papers? |documents? )?to follow", "see (?:the )?supplement.*", "withdrawn",
            "(?:report |papers? )?(?:to be )?(?:circulated|tabled) (?:separately|at the meeting|later)",
            "(?:copy|copies) (?:attached|herewith)", "(?:verbal|oral) (?:update|report)");

    /** Lines that close an agenda: after them nothing is an item. */
    public static final List<String> AGENDA_ENDS = List.of(
            "queries regarding", "information for members", "agenda published", "published on", "date of publication",
            "membership of the", "yours sincerely", "yours faithfully", "kind regards");

    /** Labels that carry a report's title in its cover sheet or header. */
    public static final List<String> REPORT_TITLE_LABELS = List.of(
            "title of (?:the )?report", "report title", "subject ?/ ?title", "subject", "title");

    /** Labels that open a report's header. */
    public static final List<String> REPORT_HEADER_LABELS = List.of(
            "report to", "report of", "subject ?/ ?title", "report title", "report by");

    /** Headings of a cover sheet form. */
    public static final List<String> COVER_SHEET_HEADINGS = List.of("reports? cover ?sheet");

    /** Words that name an appendix ({@code APPENDIX A}, {@code Annex 2}). */
    public static final List<String> APPENDIX_WORDS = List.of("appendix", "annex");

    /**
     * Lines that introduce a report's list of its appendices: an appendix heading just after one of them names
     * an appendix, it does not open it.
     */
    public static final List<String> APPENDIX_LIST_INTRODUCTIONS = List.of(
            ".*\\b(?:appendi(?:ces|x)|annex(?:es)?)\\b.*\\b(?:to|of|with) (?:the|this) report.*", "list of appendices.*",
            "(?:\\d{1,2}(?:\\.\\d{1,2})?\\.?\\s*)?(?:appendices|annexes|background papers and appendices)\\s*:?",
            "(?:the )?following (?:appendices|documents) (?:are|is) attached.*");

    /** The heading of printed minutes, however they open. */
    public static final List<String> MINUTES_TITLES = List.of(
            "minutes", "minutes of (?:an? |the )?(?:\\w+ )?(?:meeting|proceedings)\\b.*",
            "(?:draft |confirmed |unconfirmed |signed )?minutes of (?:the )?.+", ".+ minutes",
            "record of (?:the )?(?:decisions|proceedings)\\b.*", "decision notice\\b.*", "notice of decisions?\\b.*");

    /** Labels of a minutes' attendance block. */
    public static final List<String> ATTENDANCE = List.of(
            "present", "members present", "councillors present", "in attendance", "also present", "apologies",
            "apologies for absence");

    /** Words that open a decision in minutes. */
    public static final List<String> RESOLUTIONS = List.of("resolved", "it was resolved", "agreed", "decision");

    private Wording() {
    }

    /** A pattern that matches a whole line (trimmed) which is one of the wordings, ending with an optional colon. */
    public static Pattern wholeLine(List<String> wordings) {
        return Pattern.compile("(?i)^\\s*(?:" + String.join("|", wordings) + ")\\s*:?\\s*$");
    }

    /** A pattern that finds any of the wordings as words within a line. */
    public static Pattern anywhere(List<String> wordings) {
        return Pattern.compile("(?i)\\b(?:" + String.join("|", wordings) + ")\\b");
    }

    /** A pattern for a line that opens with one of the wordings. */
    public static Pattern opening(List<String> wordings) {
        return Pattern.compile("(?i)^\\s*(?:" + String.join("|", wordings) + ")\\b.*");
    }
}
