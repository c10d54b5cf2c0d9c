package org.agendapack.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.model.Meeting;
import org.agendapack.segment.FrontSheet;
import org.agendapack.segment.PageLine;
import org.agendapack.segment.TextShape;

/**
 * Reads the meeting's body, council, date, time and venue from a front sheet (labelled {@code Date:} /
 * {@code Time:} / {@code Venue:} lines, or a sentence such as {@code The meeting will be held at 2.00 pm on
 * 3 March 2021} followed by the venue) or from a minutes header ({@code Minutes of a meeting of the X
 * held on <date> at <venue>}).
 */
public final class MeetingHeaderParser {

    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(date\\s+and\\s+time|time\\s+and\\s+date|date|time|venue|place|location|meeting\\s+venue)\\s*:\\s*(.*)$");
    private static final Pattern ANY_LABEL = Pattern.compile("^[A-Za-z][\\w /&'-]{0,40}:(\\s|$).*");
    private static final Pattern HELD_SENTENCE =
            Pattern.compile("(?i).*\\bthe\\s+meeting\\s+will\\s+(?:be\\s+held|take\\s+place)\\b(.*)$");
    private static final Pattern AGENDA_HEADING = Pattern.compile("(?i)^(?:supplementary\\s+)?agenda\\b.{0,20}$");
    private static final Pattern BODY = Pattern.compile(
            "(?i).*\\b(board|committee|sub-committee|council|cabinet|panel|forum|partnership|commission|authority"
                    + "|executive|assembly|scrutiny|group|trust|meeting)\\b.*");
    private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b");
    private static final Pattern COUNCIL_LINE = Pattern.compile(
            "^(?:[A-Z][\\w'&-]*\\s+){1,5}(?:BOROUGH\\s+|COUNTY\\s+|CITY\\s+|DISTRICT\\s+)?COUNCIL$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNCIL_NAME = Pattern.compile(
            "\\b((?:[A-Z][a-z'&-]+\\s+){1,4}(?:Borough\\s+|County\\s+|City\\s+|District\\s+|Town\\s+)?Council)\\b");
    private static final Pattern MINUTES_SENTENCE = Pattern.compile(
            "(?i)^\\s*minutes\\s+of\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:meeting|proceedings)\\s+of\\s+(?:the\\s+)?"
                    + "(.+?)\\s+held\\b(.*)$");
    private static final Pattern PRESENT = Pattern.compile("(?i)^\\s*(present|attendance|in attendance)\\b.*");
    /** An unlabelled date is looked for in the front sheet's first lines, on a line of its own. */
    private static final int DATE_LINE_WINDOW = 25;
    private static final int DATE_LINE_LENGTH = 60;
    /** A wrapped venue runs on for at most this many lines. */
    private static final int MAX_VENUE_LINES = 3;
    /** Longer lines are sentences, not a body's name or an address. */
    private static final int MAX_NAME_LENGTH = 100;

    private MeetingHeaderParser() {
    }

    /** The meeting described by an agenda front sheet, or null when it names none. */
    public static Meeting fromFrontSheet(List<PageLine> frontSheet) {
        List<PageLine> lines = nonBlank(frontSheet);
        List<PageLine> used = new ArrayList<>();
        LocalDate date = null;
        LocalTime time = null;
        String venue = null;
        int anchor = -1;
        for (int i = 0; i < lines.size(); i++) {
            String text = textOf(lines.get(i));
            Matcher label = LABEL.matcher(text);
            Matcher held = HELD_SENTENCE.matcher(text);
            if (label.matches()) {
                anchor = anchor < 0 ? i : anchor;
                String value = label.group(2);
                String which = label.group(1).toLowerCase().replaceAll("\\s+", " ");
                switch (which) {
                    case "date" -> date = date != null ? date : use(Dates.findDate(value), used, lines.get(i));
                    case "time" -> time = time != null ? time : use(Dates.findTime(value), used, lines.get(i));
                    case "date and time", "time and date" -> {
                        date = date != null ? date : use(Dates.findDate(value), used, lines.get(i));
                        time = time != null ? time : use(Dates.findTime(value), used, lines.get(i));
                    }
                    default -> venue = venue != null ? venue : venueFrom(value, lines, i, used);
                }
            } else if (held.matches()) {
                anchor = anchor < 0 ? i : anchor;
                String sentence = held.group(1);
                date = date != null ? date : use(Dates.findDate(sentence), used, lines.get(i));
                time = time != null ? time : use(Dates.findTime(sentence), used, lines.get(i));
                if (venue == null && i + 1 < lines.size() && looksLikeAddress(textOf(lines.get(i + 1)))) {
                    venue = venueFrom(textOf(lines.get(i + 1)), lines, i + 1, used);
                }
            } else if (anchor < 0 && AGENDA_HEADING.matcher(text).matches()) {
                anchor = i;
            }
        }
        if (date == null && time == null && venue == null) {
            int dateLine = unlabelledDateLine(lines);
            if (dateLine < 0) {
                return null;
            }
            // a front sheet that just prints the date (and time) on a line of its own, the venue below
            String text = textOf(lines.get(dateLine));
            date = use(Dates.findDate(text), used, lines.get(dateLine));
            time = Dates.findTime(text).orElse(null);
            if (dateLine + 1 < lines.size() && looksLikeAddress(textOf(lines.get(dateLine + 1)))) {
                venue = venueFrom(textOf(lines.get(dateLine + 1)), lines, dateLine + 1, used);
            }
            anchor = anchor < 0 ? dateLine : Math.min(anchor, dateLine);
        }
        String body = bodyBefore(lines, anchor < 0 ? lines.size() : anchor, used);
        return meeting(body, councilOf(lines), date, time, venue, used);
    }

    /** A short line near the top that is a date (with a time, perhaps) and nothing more, or -1. */
    private static int unlabelledDateLine(List<PageLine> lines) {
        for (int i = 0; i < Math.min(lines.size(), DATE_LINE_WINDOW); i++) {
            String text = textOf(lines.get(i));
            if (text.length() <= DATE_LINE_LENGTH && Dates.findDate(text).isPresent()
                    && text.replaceAll("(?i)\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d|\\b(?:jan|feb|mar|apr|may|jun"
                    + "|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\b(?:st|nd|rd|th|at|am|pm|a\\.m\\.|p\\.m\\.)\\b|[\\s,.:]", "").isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The meeting recorded by a set of minutes, from its header, or null when there is no header. */
    public static Meeting fromMinutes(List<PageLine> opening) {
        List<PageLine> lines = nonBlank(opening);
        for (int i = 0; i < lines.size(); i++) {
            if (!FrontSheet.MINUTES_HEADER.matcher(textOf(lines.get(i))).matches()) {
                continue;
            }
            List<PageLine> used = new ArrayList<>(List.of(lines.get(i)));
            StringBuilder header = new StringBuilder(textOf(lines.get(i)));
            for (int j = i + 1; j < lines.size() && j <= i + MAX_VENUE_LINES; j++) {
                String next = textOf(lines.get(j));
                if (PRESENT.matcher(next).matches() || ANY_LABEL.matcher(next).matches()) {
                    break;
                }
                header.append(' ').append(next);
                used.add(lines.get(j));
            }
            Matcher m = MINUTES_SENTENCE.matcher(header);
            if (!m.matches()) {
                return null;
            }
            String rest = m.group(2);
            LocalDate date = Dates.findDate(rest).orElse(null);
            LocalTime time = Dates.findTime(rest).orElse(null);
            return meeting(clean(m.group(1)), councilOf(lines.subList(0, i)), date, time, venueInSentence(rest),
                    used);
        }
        return null;
    }

    private static Meeting meeting(String body, String council, LocalDate date, LocalTime time, String venue,
                                   List<PageLine> used) {
        List<Integer> pages = used.stream().filter(line -> line.page().physical())
                .map(line -> line.page().index()).sorted().toList();
        List<Integer> printed = used.stream().map(PageLine::printedPage).filter(Objects::nonNull).sorted().toList();
        return new Meeting(body, council, date == null ? null : date.toString(),
                time == null ? null : time.toString(), venue, TextShape.first(pages), TextShape.last(pages),
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
            String next = textOf(lines.get(j));
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
                && (POSTCODE.matcher(text).find() || text.chars().filter(c -> c == ',').count() >= 2);
    }

    /** In {@code held on <date> at <venue>} the venue is the {@code at} part that is not a time. */
    private static String venueInSentence(String rest) {
        for (String part : rest.split("(?i)\\s+at\\s+")) {
            String candidate = part.strip();
            if (!candidate.isEmpty() && !rest.strip().startsWith(candidate)
                    && Dates.findTime(candidate).filter(t -> candidate.length() < 12).isEmpty()) {
                return clean(candidate.replaceFirst("(?i)\\s+on\\s+.*$", ""));
            }
        }
        return null;
    }

    /** The name closest above the anchor that reads as a body: a board, committee, council, cabinet... */
    private static String bodyBefore(List<PageLine> lines, int anchor, List<PageLine> used) {
        for (int i = anchor - 1; i >= 0; i--) {
            String text = clean(textOf(lines.get(i)));
            if (text.length() <= MAX_NAME_LENGTH && BODY.matcher(text).matches() && !ANY_LABEL.matcher(text).matches()
                    && !text.endsWith(".")) {
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
            if (COUNCIL_LINE.matcher(text).matches()) {
                return text;
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
