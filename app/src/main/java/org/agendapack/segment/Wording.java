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
            "will be held", "will take place", "is to be held", "to be held", "will meet", "is convened",
            "is summoned");

    /** Labels of the date a paper was published, never the meeting's. */
    public static final List<String> PUBLICATION_LABELS = List.of(
            "published(?: on)?", "date published", "date of publication", "publication date", "issued(?: on)?",
            "date of issue", "despatched(?: on)?", "dispatched(?: on)?", "despatch date", "dispatch date",
            "circulated(?: on)?", "date circulated");

    /** Labels of the meeting's date, time and place on a front sheet. */
    public static final List<String> DATE_LABELS = List.of("date", "meeting date", "date of meeting", "dyddiad");
    public static final List<String> TIME_LABELS = List.of("time", "start time", "meeting time", "time of meeting",
            "time commenced", "time started", "commencing", "amser");
    /** Labels of the time a meeting ended, in the header of its minutes. */
    public static final List<String> END_TIME_LABELS = List.of("time concluded", "time ended", "time closed",
            "end time", "finish time", "finishing time", "meeting closed", "close of meeting");
    public static final List<String> DATE_TIME_LABELS = List.of("date and time", "time and date", "date & time");
    public static final List<String> PLACE_LABELS = List.of("venue", "place", "location", "meeting venue", "where",
            "lleoliad");

    /** The word before a page range: {@code (Pages 3 - 8)}. */
    public static final List<String> PAGE_WORDS = List.of("pages?", "tudalen(?:nau)?");

    /** The word of a part heading: {@code Part 2}. */
    public static final List<String> PART_WORDS = List.of("part", "rhan");

    /**
     * A bilingual paper prints each label or heading twice, the other language first ({@code Dyddiad / Date:},
     * {@code Hysbysiad o Gyfarfod / Notice of Meeting}): the recognisers read past it.
     */
    public static final String TRANSLATION = "(?:[^:/()]{2,40}/\\s*)?";

    /** Every label of the meeting's date, time or place, the longer wordings first so that they win. */
    public static final List<String> MEETING_LABELS = java.util.stream.Stream.of(DATE_TIME_LABELS, DATE_LABELS,
            TIME_LABELS, PLACE_LABELS).flatMap(List::stream).toList();
    /** A meeting label on its own (a table's first cell), with or without its colon. */
    public static final Pattern MEETING_LABEL_CELL = wholeLine(MEETING_LABELS);

    /** Words that name a body that meets: a line with one near the top of a front sheet may be its name. */
    public static final List<String> BODY_WORDS = List.of(
            "board", "committee", "sub-committee", "council", "cabinet", "panel", "forum", "partnership", "commission",
            "authority", "executive", "assembly", "scrutiny", "group", "trust", "meeting");

    /** Words of an agenda item that has no papers: a verbal update. */
    public static final List<String> VERBAL_WORDS = List.of("verbal", "oral");
    public static final List<String> WITHDRAWN_WORDS = List.of("withdrawn");
    public static final List<String> TO_FOLLOW_WORDS = List.of("to follow", "to be circulated", "to be tabled");

    /** Labels of an agenda item's contact block. */
    public static final List<String> ITEM_CONTACT_LABELS = List.of("contact", "contact officer", "report author",
            "lead officer");
    public static final List<String> PHONE_LABELS = List.of("tel", "telephone", "phone", "tel no\\.?",
            "telephone no\\.?", "phone no\\.?", "direct line");
    public static final List<String> EMAIL_LABELS = List.of("e-?mail");

    /** How a council names itself on a line of its own ({@code FELPERSHAM BOROUGH COUNCIL}, {@code Royal Borough of …}). */
    public static final List<String> COUNCIL_NAMES = List.of(
            "(?:[A-Z][\\w'&-]*\\s+){1,5}(?:borough\\s+|county\\s+|city\\s+|district\\s+|town\\s+|parish\\s+"
                    + "|community\\s+)?council",
            "(?:london\\s+|royal\\s+)?borough\\s+of\\s+[A-Z][\\w'&-]*(?:\\s+[A-Z][\\w'&-]*){0,3}",
            "(?:[A-Z][\\w'&-]*\\s+){1,4}combined\\s+(?:county\\s+)?authority");

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
            "agenda item(?: no\\.?| number)?", "item(?: no\\.?| number)?");

    /** The other column headings of such a list, printed beside it. */
    public static final List<String> ITEM_LIST_COLUMNS = List.of("title", "subject", "pages?", "page no\\.?", "report");


    /** Headings over an agenda's public business (part 1). */
    public static final List<String> PUBLIC_PART_HEADINGS = List.of(
            "open to (?:the )?public\\b.*", "unrestricted (?:items|business)\\b.*", "public (?:items|business)\\b.*",
            "items? (?:to be )?(?:considered|taken) in public\\b.*");

    /** Headings over an agenda's exempt business (part 2). */
    public static final List<String> EXEMPT_PART_HEADINGS = List.of(
            "(?:exempt|confidential|private|restricted) (?:items?|information|business|reports?|session)\\b.*",
            "items? (?:to be )?(?:considered|taken) in private\\b.*");

    /** How the description under an agenda item's title opens ({@code To approve …}, {@code Report of the …}). */
    public static final List<String> ITEM_DESCRIPTION_STARTS = List.of(
            "to", "report of", "report by", "joint report of", "presented by", "introduced by", "purpose:?",
            "summary:?");

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

    /** The opening of a set of minutes within a pack, where a paper starts. */
    public static final List<String> MINUTES_HEADERS = List.of(
            "minutes of (?:an? |the )?(?:\\w+ )?(?:meeting|proceedings)\\b.*");

    /** The heading of printed minutes, however they open. */
    public static final List<String> MINUTES_TITLES = List.of(
            "minutes", "(?:draft |confirmed |unconfirmed |signed )?minutes of (?:the )?.+",
            "record of (?:the )?(?:(?:executive |officer |key )?decisions?|proceedings)\\b.*", "decision notice\\b.*",
            "notice of (?:executive |key )?decisions?\\b.*");

    /** Labels of a minutes' attendance block. */
    public static final List<String> ATTENDANCE = List.of(
            "present", "members present", "councillors present", "in attendance", "also present", "apologies",
            "apologies for absence");

    /** The keywords in capitals that open a decision in minutes. */
    public static final List<String> DECISION_KEYWORDS = List.of("RESOLVED", "AGREED", "APPROVED", "DECISION",
            "DECIDED");

    /** Labels over a group of people in minutes' attendance, with the people on the same line or below. */
    public static final List<String> ATTENDANCE_GROUPS = List.of(
            "present", "members present", "councillors present", "those present", "also present", "in attendance",
            "also in attendance", "officers(?: present| in attendance)?", "councillors", "members", "substitutes?",
            "substitute members", "co-opted members", "voting members", "non-voting members", "observers",
            "others present", "advisers");

    /** Titles written once for several names ({@code Councillors A Smith and B Jones}), and their singular. */
    public static final List<String> PLURAL_TITLES = List.of("councillors", "cllrs\\.?", "messrs\\.?");

    /** Honours that follow a name after a comma ({@code Mr R C Pargetter, OBE}) and stay with it. */
    public static final List<String> HONOURS = List.of("OBE", "MBE", "CBE", "KBE", "DBE", "BEM", "JP", "DL", "MP",
            "QC", "KC", "QPM", "KPM", "FRICS", "FCA", "PhD");

    /** Words that open a decision in minutes. */
    public static final List<String> RESOLUTIONS = List.of("resolved", "it was resolved", "agreed", "decision");

    private Wording() {
    }

    /** The wordings as one alternation, for a pattern that puts them in a context of its own. */
    public static String alternation(List<String> wordings) {
        return "(?:" + String.join("|", wordings) + ")";
    }

    /** A line that is one of the labels (group 1), a colon, and its value (group 2). */
    public static Pattern labelled(List<String> labels) {
        return Pattern.compile("(?i)^\\s*" + TRANSLATION + "(" + alternation(labels) + ")\\s*:\\s*(.*)$");
    }

    /** A pattern that matches a whole line (trimmed) which is one of the wordings, ending with an optional colon. */
    public static Pattern wholeLine(List<String> wordings) {
        return Pattern.compile("(?i)^\\s*" + TRANSLATION + alternation(wordings) + "\\s*:?\\s*$");
    }

    /** A pattern that finds any of the wordings as words within a line. */
    public static Pattern anywhere(List<String> wordings) {
        return Pattern.compile("(?i)\\b" + alternation(wordings) + "\\b");
    }

    /** A pattern for a line that opens with one of the wordings. */
    public static Pattern opening(List<String> wordings) {
        return Pattern.compile("(?i)^\\s*" + TRANSLATION + alternation(wordings) + "\\b.*");
    }
}
