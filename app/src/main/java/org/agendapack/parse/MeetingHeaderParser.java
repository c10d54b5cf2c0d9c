package org.agendapack.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agendapack.model.Meeting;
import org.agendapack.segment.ContactBlock;
import org.agendapack.segment.FrontSheet;
import org.agendapack.segment.PageLine;
import org.agendapack.segment.TextShape;
import org.agendapack.segment.Wording;

/**
 * Reads the meeting's body, council, date, time and venue from a front sheet (labelled {@code Date:} /
 * {@code Time:} / {@code Venue:} lines, or a sentence such as {@code The meeting will be held at 2.00 pm on
 * 3 March 2021} followed by the venue) or from a minutes header ({@code Minutes of a meeting of the X
 * held on <date> at <venue>}).
 */
public final class MeetingHeaderParser {

    private static final Pattern LABEL = Wording.labelled(Wording.MEETING_LABELS);
    private static final Pattern DATE_LABEL = Wording.wholeLine(Wording.DATE_LABELS);
    private static final Pattern TIME_LABEL = Wording.wholeLine(Wording.TIME_LABELS);
    private static final Pattern DATE_TIME_LABEL = Wording.wholeLine(Wording.DATE_TIME_LABELS);
    private static final Pattern PLACE_LABEL = Wording.wholeLine(Wording.PLACE_LABELS);
    private static final Pattern ANNOUNCED = Wording.anywhere(Wording.MEETING_ANNOUNCED);
    private static final Pattern PUBLICATION_LABEL = Pattern.compile(
            "(?i)^" + Wording.TRANSLATION + Wording.alternation(Wording.PUBLICATION_LABELS) + "\\s*:?\\s+(.*\\d{4}.*)$");
    private static final Pattern SUMMONS = Wording.opening(Wording.SUMMONS);
    private static final Pattern VENUE_WORD = Wording.anywhere(Wording.VENUE_WORDS);
    private static final Pattern ANY_LABEL = Pattern.compile("^[A-Za-z][\\w /&'-]{0,40}:(\\s|$).*");
    /** {@code A meeting of the County Council will be held …}: the body is what the meeting is of. */
    private static final Pattern BODY_OF_MEETING = Pattern.compile(
            "(?i)\\bmeeting\\s+of\\s+(?:the\\s+)?(.{3,80}?)\\s+" + Wording.alternation(Wording.MEETING_ANNOUNCED) + "\\b");
    /** {@code Agenda for the Budget County Council Meeting on …}. */
    private static final Pattern BODY_OF_SUMMONS = Pattern.compile(
            "(?i)\\bagenda\\s+for\\s+(?:an?\\s+|the\\s+)?(.{3,80}?)\\s+meeting\\b");
    /** {@code … will be held in the Council Chamber, County Hall, Felpersham on Thursday, …}. */
    private static final Pattern VENUE_IN_SENTENCE = Pattern.compile(
            "(?i)\\b(?:held|take\\s+place|meet)\\s+(?:in|at)\\s+(?:the\\s+)?(.{5,160}?),?\\s+on\\s+(?:the\\s+)?(?:\\w+day\\b|\\d)");
    /** A letter's subject: {@code POLICY COMMITTEE - TUESDAY, 4 MARCH 2025}. */
    private static final Pattern SUBJECT = Pattern.compile("^(.{3,80}?)\\s+[-–—]\\s+(.*\\d{4}.*)$");
    /** A line that opens with its date, as the date and time line under a heading does. */
    private static final Pattern DATE_FIRST = Pattern.compile(
            "(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d{1,2}\\s*(?:st|nd|rd|th)?\\s+\\p{L})");
    /** What a line that is only a date (and perhaps a time) is made of. */
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                    + "[a-z]*\\b|(?<=\\d)(?:st|nd|rd|th)\\b|\\b(?:st|nd|rd|th|of|the|day|at|am|pm|a\\.m\\.|p\\.m\\.|noon"
                    + "|hours|hrs)\\b|[\\s,.:/-]");
    /** A numbered agenda item; {@code 13 March 2025 at 10.00 am} is a date, not item 13. */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\d{1,2}[a-z]?[.)]?\\s+(?!(?i:jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4})\\S.*");
    private static final Pattern BODY = Pattern.compile("(?i).*\\b" + Wording.alternation(Wording.BODY_WORDS) + "\\b.*");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b");
    /** A council's name on a line (or in a cell) of its own, in any of the forms of {@link Wording#COUNCIL_NAMES}. */
    private static final Pattern COUNCIL_LINE = Pattern.compile("^" + Wording.alternation(Wording.COUNCIL_NAMES) + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNCIL_NAME = Pattern.compile(
            "\\b((?:[A-Z][a-z'&-]+\\s+){1,4}(?:Borough\\s+|County\\s+|City\\s+|District\\s+|Town\\s+)?Council)\\b");
    private static final Pattern MINUTES_TITLE = Wording.wholeLine(Wording.MINUTES_TITLES);
    /** {@code Minutes of the Annual Meeting of Ambridge Parish Council held …}: group 1 is the body. */
    private static final Pattern MINUTES_OF = Pattern.compile("(?i)\\bminutes\\s+of\\s+(?:the\\s+|an?\\s+)?"
            + "(?:(?:annual|extraordinary|special|ordinary|inaugural|adjourned|reconvened|budget)\\s+)?"
            + "(?:meeting\\s+of\\s+(?:the\\s+)?)?(.{3,100}?)(?=\\s+held\\b|\\s+on\\s|\\s+at\\s|,|$)");
    private static final Pattern HELD = Pattern.compile("(?i)\\bheld\\b");
    /** A date as a sentence gives it ({@code on Monday 7th October 2024}), to be taken out of a venue. */
    private static final Pattern DATE_PHRASE = Pattern.compile("(?i)\\b(?:on\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur"
            + "|sun)day,?\\s+)?(?:the\\s+)?\\d{1,2}\\s*(?:st|nd|rd|th)?,?\\s+(?:day\\s+of\\s+)?(?:jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}|\\b(?:on\\s+)?\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");
    /** A time as a sentence gives it ({@code at 7.30pm}, {@code commencing at 10.00 am}). */
    private static final Pattern TIME_PHRASE = Pattern.compile("(?i)\\b(?:(?:commencing|starting)\\s+)?(?:at\\s+)?"
            + "(?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?m\\b\\.?|hrs\\b|hours\\b)|noon\\b|\\d{1,2}[.:]\\d{2}\\b)");
    /** Where: what follows {@code at} or {@code in}, a name in capitals. */
    private static final Pattern WHERE = Pattern.compile("\\b(?:[Aa]t|[Ii]n)\\s+(?:the\\s+)?(\\p{Lu}.*?)[\\s.,;:]*$");
    private static final Pattern PRESENT = Pattern.compile("(?i)^\\s*(present|attendance|in attendance)\\b.*");
    /** A date alone among the front sheet's first lines, before its items, may be the meeting's. */
    private static final int DATE_LINE_WINDOW = 25;
    private static final int DATE_LINE_LENGTH = 60;
    /** A sentence announcing the meeting wraps over at most this many lines; a summons cover runs longer. */
    private static final int SENTENCE_LINES = 3;
    private static final int SUMMONS_LINES = 8;
    /** A bracketed note under the time runs on for at most this many lines. */
    private static final int TIME_NOTE_LINES = 3;
    /** Minutes are titled within their first lines; their labels follow the title within a few more. */
    private static final int MINUTES_TITLE_LINES = 15;
    private static final int LABEL_LINES = 8;
    /** A wrapped venue runs on for at most this many lines. */
    private static final int MAX_VENUE_LINES = 3;
    /** Longer lines are sentences, not a body's name or an address. */
    private static final int MAX_NAME_LENGTH = 100;

    private MeetingHeaderParser() {
    }

    /**
     * Where a front sheet may give the meeting's date, with how much each place is to be believed: a sentence
     * announcing the meeting or a summons says it outright; a label or a line with the date and the time at the
     * top says it plainly; a letter's subject line ({@code CABINET - THURSDAY, 9 JANUARY 2025}) names it; a
     * date alone on a line before the items may be it.
     */
    private enum Place {
        SENTENCE(5), SUMMONS(5), LABEL(4), DATE_AND_TIME(3), SUBJECT(3), DATE_ALONE(2),
        /** a date alone after the items or at the foot of a letter: when the paper was sent, never the meeting */
        PAPER_DATE(0);

        private final int weight;

        Place(int weight) {
            this.weight = weight;
        }
    }

    /** A date the front sheet gives, where, and what else that place says of the meeting. */
    private record Candidate(Place place, int line, LocalDate date, LocalTime time, String body, String venue) {
    }

    /** The meeting described by an agenda front sheet or a dispatch letter, or null when it names none. */
    public static Meeting fromFrontSheet(List<PageLine> frontSheet) {
        List<PageLine> lines = nonBlank(frontSheet);
        List<PageLine> used = new ArrayList<>();
        int firstItem = firstItem(lines);
        List<Candidate> candidates = new ArrayList<>();
        LocalTime labelledTime = null;
        String labelledVenue = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher label = LABEL.matcher(lines.get(i).labelledText(Wording.MEETING_LABEL_CELL));
            if (label.matches()) {
                String value = label.group(2);
                String which = label.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                if (DATE_LABEL.matcher(which).matches() && !ContactBlock.around(lines, i)
                        || DATE_TIME_LABEL.matcher(which).matches()) {
                    int line = i;
                    Dates.findDate(value).ifPresent(date -> candidates.add(new Candidate(Place.LABEL, line, date,
                            Dates.findTime(value).orElse(null), null, null)));
                } else if (TIME_LABEL.matcher(which).matches()) {
                    labelledTime = labelledTime != null ? labelledTime : use(Dates.findTime(value), used, lines.get(i));
                } else if (PLACE_LABEL.matcher(which).matches() && labelledVenue == null) {
                    labelledVenue = venueFrom(value, lines, i, used);
                }
                continue;
            }
            candidate(lines, i, firstItem).ifPresent(candidates::add);
        }
        // between places of equal weight the later date wins: a paper is sent before its meeting
        Candidate best = candidates.stream().filter(c -> c.place().weight > 0)
                .max(Comparator.comparingInt((Candidate c) -> c.place().weight).thenComparing(Candidate::date)
                        .thenComparing(c -> -c.line()))
                .orElse(null);
        if (best == null && labelledTime == null && labelledVenue == null) {
            return null;
        }
        LocalDate date = best == null ? null : best.date();
        LocalTime time = best != null && best.time() != null ? best.time() : labelledTime;
        String venue = labelledVenue;
        String body = null;
        String note = null;
        int anchor = lines.size();
        if (best != null) {
            used.add(lines.get(best.line()));
            anchor = best.line();
            // a summons may name neither body nor venue where the letter's sentence on the same date does
            body = sameDate(candidates, best, Candidate::body);
            note = best.time() == null ? null : timeNote(lines, best.line());
            String stated = sameDate(candidates, best, Candidate::venue);
            venue = venue != null ? venue : stated != null ? stated : venueAfter(lines, best, used);
        }
        if (body == null) {
            body = bodyBefore(lines, anchor, used);
        }
        Candidate chosen = best;
        // a label that says so first, else the last date alone that is not the meeting's
        String published = Optional.ofNullable(publishedLabel(lines)).orElseGet(() -> candidates.stream()
                .filter(c -> c != chosen && !c.date().equals(date))
                .filter(c -> c.place() == Place.DATE_ALONE || c.place() == Place.PAPER_DATE)
                .map(c -> c.date().toString()).reduce((a, b) -> b).orElse(null));
        return meeting(body, councilOf(lines), date, time, note, venue, published, used);
    }

    /** What line {@code index} says of the meeting's date, if anything, in the most telling of its forms. */
    private static Optional<Candidate> candidate(List<PageLine> lines, int index, int firstItem) {
        return sentence(lines, index).or(() -> summons(lines, index)).or(() -> subject(lines, index))
                .or(() -> dateLine(lines, index, firstItem));
    }

    /** What the most telling place that gives the same date as {@code best} says, or null. */
    private static String sameDate(List<Candidate> candidates, Candidate best,
                                   java.util.function.Function<Candidate, String> field) {
        return candidates.stream().filter(c -> c.date().equals(best.date()) && field.apply(c) != null)
                .max(Comparator.comparingInt(c -> c.place().weight)).map(field).orElse(null);
    }

    /** The index of the first numbered agenda item, or the number of lines when there is none. */
    private static int firstItem(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (NUMBERED_ITEM.matcher(textOf(lines.get(i))).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    /** The date of a {@code Date:} label in a contact block: when the paper was sent. */
    private static String publishedLabel(List<PageLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = textOf(lines.get(i));
            Matcher label = LABEL.matcher(text);
            Matcher publication = PUBLICATION_LABEL.matcher(text);
            String value = publication.matches() ? publication.group(1)
                    : label.matches() && DATE_LABEL.matcher(label.group(1).toLowerCase(Locale.ROOT)).matches()
                    && ContactBlock.around(lines, i) ? label.group(2) : null;
            Optional<LocalDate> date = value == null ? Optional.empty() : Dates.findDate(value);
            if (date.isPresent()) {
                return date.get().toString();
            }
        }
        return null;
    }

    /**
     * {@code A meeting of the County Council will be held in the Council Chamber, … on Thursday, 13th March, 2025
     * at 10.00 am}: the sentence may wrap over a few lines.
     */
    private static Optional<Candidate> sentence(List<PageLine> lines, int index) {
        String text = textOf(lines.get(index));
        Matcher announced = ANNOUNCED.matcher(text);
        if (!announced.find()) {
            return Optional.empty();
        }
        String joined = joined(lines, index, SENTENCE_LINES);
        // the joined text starts with this line, so the phrase stands where it was found
        return statement(Place.SENTENCE, index, joined, joined.substring(announced.start()));
    }

    /**
     * A summons: a cover ({@code Summons to and Agenda for the Budget County Council Meeting on Thursday, …}) or a
     * sentence ({@code You are hereby summoned to attend a meeting of … to be held in … on …}), up to the first
     * label below it (a {@code NOTICE OF MEETING} heading over labels gives its date to the labels).
     */
    private static Optional<Candidate> summons(List<PageLine> lines, int index) {
        if (!SUMMONS.matcher(textOf(lines.get(index))).matches()) {
            return Optional.empty();
        }
        int end = index + 1;
        while (end < lines.size() && end < index + SUMMONS_LINES
                && !ANY_LABEL.matcher(lines.get(end).labelledText(Wording.MEETING_LABEL_CELL)).matches()) {
            end++;
        }
        String joined = joined(lines, index, end - index);
        return statement(Place.SUMMONS, index, joined, joined);
    }

    /** What a sentence or summons says: the date (which it must give), time, body and venue. */
    private static Optional<Candidate> statement(Place place, int index, String whole, String after) {
        Optional<LocalDate> date = Dates.findDate(after);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Matcher body = BODY_OF_MEETING.matcher(whole);
        Matcher agendaFor = BODY_OF_SUMMONS.matcher(whole);
        String name = body.find() && BODY.matcher(body.group(1)).matches() ? clean(body.group(1))
                : agendaFor.find() && BODY.matcher(agendaFor.group(1)).matches() ? clean(agendaFor.group(1)) : null;
        Matcher at = VENUE_IN_SENTENCE.matcher(after);
        // "held at 2.00 pm on …" gives a time where the venue would be; the venue is then on a line of its own
        String venue = at.find() && Dates.findTime(at.group(1)).isEmpty() ? clean(at.group(1)) : null;
        return Optional.of(new Candidate(place, index, date.get(), Dates.findTime(after).orElse(null), name, venue));
    }

    /** A letter's subject line, in capitals or bold: the body, a dash, the meeting's date. */
    private static Optional<Candidate> subject(List<PageLine> lines, int index) {
        PageLine line = lines.get(index);
        String text = textOf(line);
        Matcher m = SUBJECT.matcher(text);
        if (!m.matches() || !(line.line().bold() || TextShape.isCapitals(text)) || !BODY.matcher(m.group(1)).matches()) {
            return Optional.empty();
        }
        return Dates.findDate(m.group(2)).map(date -> new Candidate(Place.SUBJECT, index, date,
                Dates.findTime(m.group(2)).orElse(null), clean(m.group(1)), null));
    }

    /**
     * A line that gives a date (and perhaps a time) and little else. With a time, before the items, it is the
     * meeting's; alone it may be the meeting's or the paper's own date (see {@link #fromFrontSheet}).
     */
    private static Optional<Candidate> dateLine(List<PageLine> lines, int index, int firstItem) {
        String text = textOf(lines.get(index));
        Optional<LocalDate> date = Dates.findDate(text);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalTime> time = Dates.findTime(text);
        boolean alone = text.length() <= DATE_LINE_LENGTH && DATE_WORDS.matcher(text).replaceAll("").isEmpty();
        if (time.isPresent() && index < firstItem && (alone || DATE_FIRST.matcher(text).find())) {
            return Optional.of(new Candidate(Place.DATE_AND_TIME, index, date.get(), time.get(), null, null));
        }
        if (alone) {
            // a date alone after the items, or at the end of a letter, is when the paper was sent
            boolean beforeItems = index < firstItem && index < DATE_LINE_WINDOW;
            return Optional.of(new Candidate(beforeItems ? Place.DATE_ALONE : Place.PAPER_DATE, index, date.get(),
                    time.orElse(null), null, null));
        }
        return Optional.empty();
    }

    /** A qualifier in brackets after the time: {@code (or on the rising of the Cabinet, whichever is later)}. */
    private static String timeNote(List<PageLine> lines, int index) {
        String text = textOf(lines.get(index));
        int open = text.indexOf('(');
        StringBuilder note = new StringBuilder();
        int next = index + 1;
        if (open >= 0 && Dates.findTime(text.substring(0, open)).isPresent()) {
            note.append(text.substring(open));
        } else if (next < lines.size() && textOf(lines.get(next)).startsWith("(")) {
            note.append(withoutContact(textOf(lines.get(next++))));
        } else {
            return null;
        }
        while (note.indexOf(")") < 0 && next < lines.size() && next <= index + TIME_NOTE_LINES) {
            note.append(' ').append(withoutContact(textOf(lines.get(next++))));
        }
        int close = note.indexOf(")");
        String inside = note.substring(1, close < 0 ? note.length() : close);
        return inside.isBlank() ? null : clean(inside);
    }

    /** The venue printed under the date line, each line cut where a contact column beside it begins. */
    private static String venueAfter(List<PageLine> lines, Candidate best, List<PageLine> used) {
        if (best.place() != Place.DATE_AND_TIME && best.place() != Place.DATE_ALONE && best.place() != Place.SENTENCE) {
            return null;
        }
        int next = best.line() + 1;
        int open = depth(withoutContact(textOf(lines.get(best.line()))));
        while (next < lines.size() && next <= best.line() + TIME_NOTE_LINES) {
            String text = withoutContact(textOf(lines.get(next)));
            if (open <= 0 && !text.startsWith("(")) {
                break;
            }
            open += depth(text);
            next++;
        }
        if (next >= lines.size()) {
            return null;
        }
        String first = withoutContact(textOf(lines.get(next)));
        if (!looksLikeAddress(first) && !first.endsWith(",")) {
            return null;
        }
        return venueFrom(first, lines, next, used);
    }

    /** How many more brackets a text opens than it closes. */
    private static int depth(String text) {
        return (int) (text.chars().filter(c -> c == '(').count() - text.chars().filter(c -> c == ')').count());
    }

    /** The text of a line before any contact label a column beside it starts with. */
    private static String withoutContact(String text) {
        Matcher contact = ContactBlock.LABEL.matcher(text);
        return (contact.find() ? text.substring(0, contact.start()) : text).strip();
    }

    /** The plain text of a few lines from {@code index} on, joined by spaces. */
    private static String joined(List<PageLine> lines, int index, int count) {
        StringBuilder text = new StringBuilder();
        for (int j = index; j < Math.min(lines.size(), index + count); j++) {
            text.append(text.length() == 0 ? "" : " ").append(textOf(lines.get(j)));
        }
        return text.toString();
    }

    /** The meeting recorded by a set of minutes, from its header, or null when there is no header. */
    public static Meeting fromMinutes(List<PageLine> opening) {
        List<PageLine> lines = nonBlank(opening);
        int title = minutesTitle(lines);
        if (title < 0) {
            return null;
        }
        // the header: the title and the lines that go on with it, up to the attendance, labels or a minute
        List<PageLine> used = new ArrayList<>(List.of(lines.get(title)));
        StringBuilder header = new StringBuilder(textOf(lines.get(title)));
        int end = title + 1;
        for (; end < lines.size() && end <= title + MAX_VENUE_LINES; end++) {
            String next = textOf(lines.get(end));
            if (PRESENT.matcher(next).matches() || ANY_LABEL.matcher(next).matches()
                    || NUMBERED_ITEM.matcher(next).matches()) {
                break;
            }
            header.append(' ').append(next);
            used.add(lines.get(end));
        }
        String text = header.toString();
        Matcher held = HELD.matcher(text);
        String rest = held.find() ? text.substring(held.start()) : "";
        LocalDate date = Dates.findDate(text).orElse(null);
        LocalTime time = Dates.findTime(rest.isEmpty() ? text : rest).orElse(null);
        String venue = rest.isEmpty() ? null : venueInSentence(rest);
        venue = venue != null ? venue : addressUnderDate(used);
        Labels labels = Labels.of(lines.subList(end, Math.min(lines.size(), end + LABEL_LINES)));
        date = date != null ? date : labels.date();
        time = time != null ? time : labels.time();
        venue = venue != null ? venue : labels.venue();
        return meeting(minutesBody(lines, title, text), councilOf(lines.subList(0, title + 1)), date, time, null, venue,
                null, used);
    }

    /** An address printed on a line of its own under the line that dates the minutes. */
    private static String addressUnderDate(List<PageLine> header) {
        boolean dated = false;
        for (PageLine line : header) {
            String text = textOf(line);
            if (dated && looksLikeAddress(text) && Dates.findDate(text).isEmpty()) {
                return clean(text);
            }
            dated |= Dates.findDate(text).isPresent();
        }
        return null;
    }

    /** The first of the opening lines that titles the minutes, or -1. */
    private static int minutesTitle(List<PageLine> lines) {
        for (int i = 0; i < Math.min(lines.size(), MINUTES_TITLE_LINES); i++) {
            String text = textOf(lines.get(i));
            if (FrontSheet.MINUTES_HEADER.matcher(text).matches() || MINUTES_TITLE.matcher(text).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The body the minutes are of: named in the header ({@code Minutes of the Annual Meeting of Ambridge Parish
     * Council held …}), else the name standing just above or below the title (the council's, a committee's).
     */
    private static String minutesBody(List<PageLine> lines, int title, String header) {
        Matcher named = MINUTES_OF.matcher(header);
        if (named.find() && BODY.matcher(named.group(1)).matches() && !named.group(1).matches("(?i)^meeting$")) {
            return clean(named.group(1));
        }
        for (int i : new int[] {title + 1, title - 1, title - 2}) {
            if (i >= 0 && i < lines.size()) {
                String text = clean(textOf(lines.get(i)));
                if (text.length() <= MAX_NAME_LENGTH && BODY.matcher(text).matches() && !text.endsWith(".")
                        && !ANY_LABEL.matcher(text).matches() && !FrontSheet.MINUTES_HEADER.matcher(text).matches()) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The date, time and venue a block of labels gives ({@code Date:}, {@code Time Commenced:}, {@code Venue:}). */
    private record Labels(LocalDate date, LocalTime time, String venue) {
        static Labels of(List<PageLine> lines) {
            LocalDate date = null;
            LocalTime time = null;
            String venue = null;
            for (PageLine line : lines) {
                Matcher label = LABEL.matcher(line.labelledText(Wording.MEETING_LABEL_CELL));
                if (!label.matches()) {
                    continue;
                }
                String which = label.group(1).toLowerCase(Locale.ROOT);
                String value = label.group(2);
                if (DATE_LABEL.matcher(which).matches() || DATE_TIME_LABEL.matcher(which).matches()) {
                    date = date != null ? date : Dates.findDate(value).orElse(null);
                }
                if (TIME_LABEL.matcher(which).matches() || DATE_TIME_LABEL.matcher(which).matches()) {
                    time = time != null ? time : Dates.findTime(value).orElse(null);
                }
                if (PLACE_LABEL.matcher(which).matches() && venue == null && !value.isBlank()) {
                    venue = clean(value);
                }
            }
            return new Labels(date, time, venue);
        }
    }

    private static Meeting meeting(String body, String council, LocalDate date, LocalTime time, String timeNote,
                                   String venue, String published, List<PageLine> used) {
        List<Integer> pages = used.stream().filter(line -> line.page().physical())
                .map(line -> line.page().index()).sorted().toList();
        List<Integer> printed = used.stream().map(PageLine::printedPage).filter(Objects::nonNull).sorted().toList();
        return new Meeting(body, council, date == null ? null : date.toString(),
                time == null ? null : time.toString(), timeNote, venue, published, TextShape.first(pages), TextShape.last(pages),
                TextShape.first(printed), TextShape.last(printed));
    }

    private static <T> T use(Optional<T> value, List<PageLine> used, PageLine line) {
        value.ifPresent(found -> used.add(line));
        return value.orElse(null);
    }

    /** A venue value, joined with the lines it wraps onto (a trailing comma, or a postcode line). */
    private static String venueFrom(String value, List<PageLine> lines, int index, List<PageLine> used) {
        StringBuilder venue = new StringBuilder(value.strip());
        used.add(lines.get(index));
        for (int j = index + 1; j < lines.size() && j <= index + MAX_VENUE_LINES; j++) {
            String next = withoutContact(textOf(lines.get(j)));
            boolean wraps = venue.toString().endsWith(",") || venue.length() == 0;
            boolean addressTail = next.length() <= 60 && POSTCODE.matcher(next).find();
            if (ANY_LABEL.matcher(next).matches() || !(wraps || addressTail) || next.length() > MAX_NAME_LENGTH) {
                break;
            }
            venue.append(venue.length() == 0 ? "" : " ").append(next);
            used.add(lines.get(j));
        }
        String text = clean(venue.toString());
        return text.isEmpty() ? null : text;
    }

    private static boolean looksLikeAddress(String text) {
        return text.length() <= MAX_NAME_LENGTH && !ANY_LABEL.matcher(text).matches()
                && (POSTCODE.matcher(text).find() || text.chars().filter(c -> c == ',').count() >= 2
                || VENUE_WORD.matcher(text).find() && !text.endsWith("."));
    }

    /**
     * In {@code held on <date> at <time> in <venue>} (or {@code held at <venue> on <date>}) the venue is what the
     * sentence says where, once its date and time are taken out.
     */
    private static String venueInSentence(String rest) {
        String place = DATE_PHRASE.matcher(rest).replaceAll(" ");
        place = TIME_PHRASE.matcher(place).replaceAll(" ").replaceAll("\\s+", " ").strip();
        Matcher where = WHERE.matcher(place);
        return where.find() ? clean(where.group(1)) : null;
    }

    /** The name closest above the anchor that reads as a body: a board, committee, council, cabinet... */
    private static String bodyBefore(List<PageLine> lines, int anchor, List<PageLine> used) {
        for (int i = anchor - 1; i >= 0; i--) {
            String text = clean(textOf(lines.get(i)));
            // a "Notice of Meeting" heading names no body
            if (text.length() <= MAX_NAME_LENGTH && BODY.matcher(text).matches() && !ANY_LABEL.matcher(text).matches()
                    && !text.endsWith(".") && !SUMMONS.matcher(text).matches()) {
                used.add(lines.get(i));
                return text;
            }
        }
        return null;
    }

    /** A council named on a line of its own, or else the council the front sheet names most (twice at least). */
    private static String councilOf(List<PageLine> lines) {
        // sorted, so that a tie between two councils always goes the same way
        Map<String, Integer> counts = new TreeMap<>();
        for (PageLine line : lines) {
            String text = clean(textOf(line));
            Optional<String> named = Stream.concat(Stream.of(text), line.line().cells().stream()
                    .map(cell -> clean(cell.text()))).filter(part -> COUNCIL_LINE.matcher(part).matches()).findFirst();
            if (named.isPresent()) {
                return named.get();
            }
            Matcher m = COUNCIL_NAME.matcher(text);
            while (m.find()) {
                counts.merge(m.group(1).replaceAll("\\s+", " "), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(entry -> entry.getValue() >= 2)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    private static List<PageLine> nonBlank(List<PageLine> lines) {
        return lines.stream().filter(line -> !line.line().isBlank()).toList();
    }

    private static String textOf(PageLine line) {
        return line.plainText();
    }

    private static String clean(String text) {
        return text.replaceAll("\\s+", " ").strip().replaceAll("[\\s.,;:]+$", "");
    }
}
