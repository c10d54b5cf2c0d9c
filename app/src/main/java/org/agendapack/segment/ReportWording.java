package org.agendapack.segment;

import java.util.List;
import java.util.stream.Stream;

/**
 * The words a report's cover sheet or header is read by, in one place, as {@link Wording} holds those of packs
 * and minutes. Each list holds the wordings councils are known to use for one label or heading, as
 * case-insensitive regular expression fragments matched against the whole label (its colon or question mark
 * dropped, white space collapsed); a template that words a label another way is one more entry here, with a
 * test beside it. How a label is printed (with or without its colon, in capitals, in bold, in a table cell or
 * on a line of its own) is the recognisers' business, not the words'.
 */
public final class ReportWording {

    /** The report's title; the pack-wide wordings of {@link Wording#REPORT_TITLE_LABELS} and a few more. */
    public static final List<String> TITLE_LABELS = with(Wording.REPORT_TITLE_LABELS,
            "report subject", "subject matter", "title of (?:the )?paper", "paper title", "report name",
            "name of report");

    /** The body the report goes to (its value may carry the meeting's date too). */
    public static final List<String> MEETING_LABELS = List.of(
            "report to", "meeting", "committee", "name of (?:the )?(?:meeting|committee)", "to be considered by",
            "submitted to");

    /** The agenda item the report is for. */
    public static final List<String> AGENDA_ITEM_LABELS = List.of(
            "agenda item(?: no\\.?| number)?", "item(?: no\\.?| number)");

    /** The date of the meeting the report is for. */
    public static final List<String> DATE_LABELS = List.of(
            "date of (?:the )?meeting", "meeting date", "date of (?:the )?(?:committee|cabinet|board|decision)",
            "date", "committee date");

    /** The report's writer, named as such. */
    public static final List<String> AUTHOR_LABELS = List.of(
            "written by", "report author\\(?s?\\)?", "author\\(?s?\\)?", "report writer", "prepared by",
            "author of (?:the )?report", "report authors? contact details");

    /** Whose report it is: an officer, a post or a member. */
    public static final List<String> REPORT_OF_LABELS = List.of(
            "report of", "report by", "report from", "joint report of", "from", "submitted by", "report of the");

    /** Who presents the report at the meeting. */
    public static final List<String> PRESENTER_LABELS = List.of(
            "presenting officer", "presented by", "presenter", "officer presenting");

    /** Whom to ask about the report. */
    public static final List<String> CONTACT_LABELS = List.of(
            "contact details", "contact officers?", "contact", "officer contact", "contact name", "e-?mail",
            "report contact", "for further information contact");

    /** The officer or director who leads on the report, and a board's lead ({@code Health & Wellbeing Board Lead}). */
    public static final List<String> LEAD_LABELS = List.of(
            "lead officer", "lead director", "(?:accountable |responsible |lead |executive |strategic |corporate )?"
                    + "directors?", "senior (?:responsible )?officer", "responsible officer",
            "accountable head of service", ".* lead");

    /** The member who holds the report's portfolio. */
    public static final List<String> PORTFOLIO_LABELS = List.of(
            "portfolio holders?(?: for .*)?", "cabinet members?(?: for .*)?", "lead members?", "executive members?",
            "(?:cabinet )?portfolio", "relevant cabinet member", "responsible cabinet member");

    /** The wards or divisions the report affects. */
    public static final List<String> WARDS_LABELS = List.of(
            "wards?(?:\\(s\\))?(?: and communities| and divisions)?(?: affected)?",
            "(?:electoral )?divisions?(?:\\(s\\))?(?: affected)?", "ward members?", "areas? affected");

    /** Whether the report asks for a key decision. */
    public static final List<String> KEY_DECISION_LABELS = List.of(
            "key decision(?: \\(?yes ?/ ?no\\)?)?", "is this a key decision", "key decision reference");

    /** What the report is for: a form's tick boxes ({@code Is this report for}) or a short answer. */
    public static final List<String> PURPOSE_LABELS = List.of(
            "is this report for", "report for", "purpose of (?:the )?report", "purpose", "reason for (?:the )?report");

    /** The kinds of report a short answer to a purpose label names ({@code For decision}). */
    public static final List<String> PURPOSE_ANSWERS = List.of(
            "decision", "information", "discussion", "noting", "approval", "assurance", "endorsement",
            "consultation", "comment", "scrutiny");

    /** What the report asks the meeting to do. */
    public static final List<String> RECOMMENDATION_LABELS = List.of(
            "recommendations?(?: ?\\(s\\))?", "recommended decisions?", "decisions? (?:required|sought|requested)",
            "key actions .*", "action required");

    /** Who takes the decision the report asks for. */
    public static final List<String> DECISION_MAKER_LABELS = List.of(
            "decision[- ]maker", "decision[- ]taker", "decision to be (?:made|taken) by");

    /** A form's questions about the strategy's priorities and principles (their ticked options are kept). */
    public static final List<String> PRIORITIES_LABELS = List.of(".*\\bpriorities\\b.*");
    public static final List<String> PRINCIPLES_LABELS = List.of(".*\\bprinciples\\b.*");

    /**
     * Labels that open a report header on their own, wherever they stand: those of
     * {@link Wording#REPORT_HEADER_LABELS} and the report's title. The other labels open one only with one of
     * these among the next lines.
     */
    public static final List<String> HEADER_OPENINGS = with(Wording.REPORT_HEADER_LABELS,
            "title of (?:the )?report", "(?:joint )?report (?:of|by|to|from) the");

    /** The labels whose people wrote or present the report: the author where none is labelled as such. */
    public static final List<String> WRITER_OR_PRESENTER_LABELS = List.of(
            "report of", "report by", "report from", "joint report of", "submitted by", "presenting officer",
            "presented by", "presenter", "officer presenting", "lead officer", "contact officers?", "contact",
            "officer contact", "contact name", "report contact");

    /** Headings that end a report's header: its body has begun. */
    public static final List<String> SECTION_HEADINGS = List.of(
            "purpose(?: of (?:the |this )?report)?", "(?:executive |report )?summary", "introduction(?: and background)?",
            "background", "context", "recommendations?(?: ?\\(s\\))?", "reasons? for (?:the )?recommendations?",
            "key issues", "issues", "main report", "proposals?", "report", "overview", "the report");

    /**
     * Headings (or labels) of the section, usually at a report's end, that names whom to contact about it: the
     * author's last resort when the header names nobody who wrote or presents it.
     */
    public static final List<String> CONTACT_SECTION_HEADINGS = List.of(
            "contact information", "contact officers?", "contact details", "report authors?",
            "report authors? contact details", "background papers and contact", "officer contact",
            "for further information(?: please)? contact", "contact for (?:further )?information",
            "any questions .* (?:should|may) be directed to .*");

    /** The labels of a person's name in such a section ({@code Name: Ann Able}). */
    public static final List<String> NAME_LABELS = List.of("name", "officer", "contact name", "officer name");

    /** Words of a post: a name followed by one of them ({@code Jane Smith, Head of Policy}) is a person's. */
    public static final List<String> POST_WORDS = List.of(
            "director", "officer", "manager", "head", "lead", "chief", "executive", "chair(?:man|woman)?", "leader",
            "clerk", "treasurer", "secretary", "nurse", "commissioner", "consultant", "advis[eo]r", "analyst",
            "co-?ordinator", "accountant", "solicitor", "engineer", "planner", "member", "councillor", "specialist",
            "strategist", "practitioner", "controller", "assistant", "deputy", "mayor", "rfo", "principal",
            "programme", "cabinet", "portfolio");

    /**
     * Words never part of a person's name in a header (posts and the bodies that employ them), so that
     * {@code Care Leavers} or {@code NHS Borsetshire Trust} are not taken for people.
     */
    public static final List<String> NOT_NAME_WORDS = with(POST_WORDS,
            "council", "board", "committee", "authority", "services?", "department", "directorate", "team",
            "group", "partnership", "trust", "nhs", "ccg", "icb", "health", "care", "social", "public", "children",
            "adults?", "people", "communities", "community", "commissioning", "finance", "policy", "transport",
            "housing", "planning", "place", "resources", "corporate", "strategy", "project", "improvement",
            "county", "borough", "city", "district", "parish", "town", "combined", "all", "none", "not", "applicable",
            "n/a", "the", "of", "and", "for", "to", "interim", "acting", "senior", "strategic", "environment",
            "growth", "economy", "governance", "legal", "democratic", "integration", "quality", "safeguarding",
            "wellbeing", "well-being", "education", "schools?", "highways", "infrastructure", "assets?");

    /** Titles before a person's name, kept with it ({@code Cllr Usha Franks}). */
    public static final List<String> PERSON_TITLES = List.of(
            "cllr\\.?", "councillor", "dr\\.?", "mr\\.?", "mrs\\.?", "ms\\.?", "miss", "mx\\.?", "prof\\.?",
            "professor", "sir", "dame", "lord", "lady", "rev(?:erend|d)?\\.?", "the rev(?:erend|d)?\\.?");

    private ReportWording() {
    }

    private static List<String> with(List<String> wordings, String... more) {
        return Stream.concat(wordings.stream(), Stream.of(more)).toList();
    }
}
