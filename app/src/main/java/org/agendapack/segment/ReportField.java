package org.agendapack.segment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.Word;

/**
 * The fields a report's cover sheet or header labels, each known by the wordings of its label in
 * {@link ReportWording}, and the reading of a line as one of those labels with its value, however the
 * template prints it: {@code Report of: …}, a label cell beside its value cell, {@code REPORT OF …} in capitals
 * without a colon, a bold label before a plain value, a date label before a date, a label that opens a header
 * before a capitalised value ({@code Report of the Head of Service}), or the label alone on its line with the
 * value below. The splitter opens report headers by these labels, the cover sheet parser fills its record from
 * them.
 */
public enum ReportField {
    // the order settles a label that two lists could claim: an author's contact details are the author's
    TITLE(ReportWording.TITLE_LABELS),
    DATE(ReportWording.DATE_LABELS),
    AGENDA_ITEM(ReportWording.AGENDA_ITEM_LABELS),
    AUTHOR(ReportWording.AUTHOR_LABELS),
    MEETING(ReportWording.MEETING_LABELS),
    REPORT_OF(ReportWording.REPORT_OF_LABELS),
    PRESENTER(ReportWording.PRESENTER_LABELS),
    CONTACT(ReportWording.CONTACT_LABELS),
    PORTFOLIO(ReportWording.PORTFOLIO_LABELS),
    LEAD(ReportWording.LEAD_LABELS),
    WARDS(ReportWording.WARDS_LABELS),
    KEY_DECISION(ReportWording.KEY_DECISION_LABELS),
    PURPOSE(ReportWording.PURPOSE_LABELS),
    DECISION_MAKER(ReportWording.DECISION_MAKER_LABELS),
    PRIORITIES(ReportWording.PRIORITIES_LABELS),
    PRINCIPLES(ReportWording.PRINCIPLES_LABELS),
    RECOMMENDATIONS(ReportWording.RECOMMENDATION_LABELS);

    /**
     * A line read as a field's label and the value printed after it on the line ("" when none is).
     *
     * @param distinct whether the print tells the label from its value beyond doubt: by a colon, a cell of its
     *                 own, capitals before a value that is not in capitals, weight, or a date after a date label.
     *                 A line of capitals could as well be a heading ({@code REPORT OF THE LEADER}), and a plain
     *                 {@code Report of the …} a sentence.
     */
    public record Labelled(ReportField field, String label, String value, boolean distinct) {
    }

    /** A label has at most this many words. */
    private static final int LABEL_WORDS = 7;
    /** Words that go on a label in capitals rather than start its value ({@code DATE OF NEXT MEETING}). */
    private static final Set<String> JOINING_WORDS = Set.of("of", "and", "the", "to", "for", "in", "on", "at", "by",
            "&", "/");
    private static final Pattern DATE_VALUE = Pattern.compile(
            "(?i)^(?:\\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b).*");
    private static final Pattern OPENING = whole(ReportWording.HEADER_OPENINGS);
    private static final Pattern STARS = Pattern.compile("\\*+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s:?]+$");
    private static final Pattern PARTS = Pattern.compile("\\s*/\\s*");
    private static final Pattern SECTION_HEADING = whole(ReportWording.SECTION_HEADINGS);

    private final Pattern label;
    /** The wordings that name the label from its start, without those that find it inside a longer question. */
    private final Pattern strictLabel;

    ReportField(List<String> wordings) {
        this.label = whole(wordings);
        this.strictLabel = whole(wordings.stream().filter(wording -> !wording.startsWith(".*")).toList());
    }

    /** The field a label names, as printed (a final colon or question mark and stray markup ignored), or null. */
    public static ReportField of(String label) {
        return find(label, false);
    }

    /**
     * Whether a text is wholly one of the labels, not merely a question that names a field loosely: a form's
     * label wrapped over rows can end in a row such as {@code Board Lead} or {@code Principles this report relates
     * to}, and goes on all the same.
     */
    public static boolean isWholeLabel(String text) {
        return find(text, true) != null;
    }

    private static ReportField find(String label, boolean strict) {
        String plain = plain(label);
        ReportField whole = named(plain, strict);
        if (whole != null || !plain.contains("/")) {
            return whole;
        }
        // two wordings of one label, as in Cabinet Member / Portfolio Holder
        return Arrays.stream(PARTS.split(plain)).map(part -> named(part, strict)).filter(field -> field != null)
                .findFirst().orElse(null);
    }

    private static ReportField named(String plain, boolean strict) {
        return Arrays.stream(values()).filter(field -> (strict ? field.strictLabel : field.label).matcher(plain).matches())
                .findFirst().orElse(null);
    }

    /** Whether a line's first words (up to a label's length) are one of the labels, however the rest runs. */
    public static boolean startsWithLabel(String text) {
        List<String> words = List.of(text.split(" "));
        for (int k = Math.min(words.size(), LABEL_WORDS); k >= 1; k--) {
            if (of(String.join(" ", words.subList(0, k))) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a label opens a report header on its own ({@link ReportWording#HEADER_OPENINGS}). */
    public static boolean opens(String label) {
        return OPENING.matcher(plain(label)).matches();
    }

    /** Whether a line is a heading of the report's body ({@code Purpose}, {@code Executive Summary}), not a label. */
    public static boolean isSectionHeading(String text) {
        return SECTION_HEADING.matcher(plain(text)).matches();
    }

    /** The line read as a known label and its value, in any of the forms the class comment lists. */
    public static Optional<Labelled> labelled(Line line) {
        List<Cell> cells = line.cells().stream().filter(cell -> !cell.isEmpty()).toList();
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        String text = line.plainText();
        String first = cells.get(0).text().strip();
        if (cells.size() >= 2 && first.indexOf(':') < 0) {
            return known(first, new Line(cells.subList(1, cells.size()), line.direction()).plainText(), true);
        }
        int colon = text.indexOf(':');
        Optional<Labelled> colonForm = colon > 0 ? known(text.substring(0, colon), text.substring(colon + 1), true)
                : Optional.empty();
        if (colonForm.isPresent()) {
            return colonForm;
        }
        if (!isSectionHeading(text) && of(text) != null) {
            return known(text, "", false);
        }
        return prefixLabel(text, line.words());
    }

    /**
     * A label without its colon at the start of the line, told from its value by capitals ({@code LEAD OFFICER
     * Jane Smith}), by weight (a bold label, a plain value) or, for a date label, by the date after it.
     */
    private static Optional<Labelled> prefixLabel(String text, List<Word> words) {
        String[] parts = text.split(" ");
        for (int k = Math.min(LABEL_WORDS, parts.length - 1); k >= 1; k--) {
            String prefix = String.join(" ", Arrays.asList(parts).subList(0, k));
            String rest = String.join(" ", Arrays.asList(parts).subList(k, parts.length));
            ReportField field = of(prefix);
            if (field == null || JOINING_WORDS.contains(parts[k].toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean capitals = isUpperCase(prefix);
            boolean bold = boldLabel(words, k);
            boolean dated = field == DATE && DATE_VALUE.matcher(rest).matches();
            // Report of the Head of Service: an opening label needs no mark, though it is no proof of a header
            boolean opening = opens(prefix) && Character.isUpperCase(rest.charAt(0));
            if (capitals || dated || bold || opening) {
                return Optional.of(new Labelled(field, prefix, rest, bold || dated || capitals && !isUpperCase(rest)));
            }
        }
        return Optional.empty();
    }

    /** The line's first {@code k} words are bold and the next is not. */
    private static boolean boldLabel(List<Word> words, int k) {
        if (words.size() <= k) {
            return false;
        }
        return words.subList(0, k).stream().allMatch(Word::bold) && !words.get(k).bold();
    }

    private static Optional<Labelled> known(String label, String value, boolean distinct) {
        ReportField field = of(label);
        return field == null ? Optional.empty()
                : Optional.of(new Labelled(field, plain(label), STARS.matcher(value).replaceAll("").strip(), distinct));
    }

    private static boolean isUpperCase(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter);
    }

    private static String plain(String label) {
        String text = SPACES.matcher(STARS.matcher(label).replaceAll("")).replaceAll(" ");
        return TRAILING_MARKS.matcher(text).replaceAll("").strip();
    }

    private static Pattern whole(List<String> wordings) {
        return Pattern.compile("(?i)^" + Wording.alternation(wordings) + "$");
    }
}
