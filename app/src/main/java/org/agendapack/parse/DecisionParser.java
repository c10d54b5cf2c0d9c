package org.agendapack.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.model.MinutesItem.Votes;
import org.agendapack.segment.Wording;

/**
 * Finds what a minute decided: the {@code RESOLVED} block split into one string per resolution, or, where
 * minutes use no keyword, the sentences that record a decision ({@code … was agreed}, {@code … was noted});
 * and a recorded vote.
 */
public final class DecisionParser {

    /**
     * A decision's keyword at the start of a line (after a paragraph number, perhaps): {@code RESOLVED},
     * {@code It was RESOLVED that}, {@code Resolved unanimously:}, {@code AGREED}, {@code APPROVED}.
     */
    static final Pattern RESOLVED = Pattern.compile("^(?:\\(?[0-9a-z]{1,3}[.)]\\s+)?(?:It\\s+was\\s+)?"
            + "(?:(?:unanimously|UNANIMOUSLY)\\s+)?(" + Wording.alternation(Wording.DECISION_KEYWORDS) + "|Resolved(?=\\s*"
            + "(?:[:–—-]|unanimously\\b|that\\b)))\\b\\s*(?:unanimously\\b|UNANIMOUSLY\\b)?\\s*[:–—-]?\\s*(.*)$");
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^(?:[•·▪◦\\-–*]|\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|[IVX]{1,4}\\.|\\d{1,2}[.)]|\\d{1,2}(?=\\s+That\\b)"
                    + "|\\([a-z0-9]{1,3}\\))\\s+(.*)$");
    static final Pattern AGREED = Pattern.compile(
            "(?i)\\b(?:was|were|be|been|is|are)\\s+agreed\\b|\\b(?:board|committee|cabinet|council|panel|members)\\s+agreed\\b"
                    + "|\\b(?:motion|recommendations?|substantive\\s+motion)\\s+(?:was|were)\\s+(?:carried|approved)\\b");
    /** Keywords that agree rather than resolve. */
    private static final Set<String> AGREEMENT_KEYWORDS = Set.of("AGREED", "APPROVED");
    static final Pattern NOTED = Pattern.compile("(?i)\\b(?:was|were|be|been|is|are)\\s+noted\\b"
            + "|\\b(?:board|committee|cabinet|council|panel|members)\\s+noted\\b");
    /** A sentence that is only {@code Noted.} */
    static final Pattern NOTED_ALONE = Pattern.compile("(?i)^noted\\.?$");
    /** {@code For (57)}, {@code Against: 2}, {@code Abstentions - 1}: a side of a vote and its count. */
    private static final Pattern VOTE = Pattern.compile(
            "(?i)\\b(for|against|abstain(?:ed|ing|ions?)?|abstentions?)\\s*(?:\\(\\s*(\\d{1,3})\\s*\\)|[:=–-]\\s*(\\d{1,3})\\b)"
                    + "\\s*:?\\s*");
    /**
     * A vote in brackets within a resolution, which is no part of what was resolved; a bracket is looked into
     * for a bounded length, so that one left open is not read to the end from every vote in it.
     */
    private static final Pattern BRACKETED_VOTE = Pattern.compile(
            "(?i)\\(\\s*\\d{1,3}\\s+(?:votes?\\s+)?for\\b[^)]{0,2000}\\)\\s*[–—-]?\\s*");
    /** Markers before a resolution: {@code (a)}, {@code 1. (a)}; more are the text's own dashes. */
    private static final int MAX_MARKERS = 4;
    private static final Pattern LEADING_THAT = Pattern.compile("(?i)^that[,\\s]+");
    /** The join a resolution ends on before the next: {@code ;}, {@code , and}, {@code and}. */
    private static final Pattern TRAILING_JOIN = Pattern.compile("(?i)(?:[;,.]\\s*and|[;,.]|\\s+and)\\s*$");
    /** Where one sentence ends and the next begins. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    /** {@code (6 for, 2 against, 1 abstention)}: the count before its side. */
    private static final Pattern COUNT_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,3})\\s+(?:votes?\\s+)?(for|against|abstentions?|abstained)\\b");
    /** What came of a vote: {@code Motion carried}, {@code The amendment was lost}. */
    private static final Pattern OUTCOME = Pattern.compile("(?i)\\b(?:substantive\\s+)?(?:motion|amendment|recommendations?"
            + "|proposal)\\s+(?:was\\s+|were\\s+)?(?:carried|lost|defeated|fell|agreed|approved|rejected)\\b");

    private static final Pattern ENDS_CLOSED = Pattern.compile("(?s).*[.:]$");
    private static final Pattern ENDS_OPEN = Pattern.compile("(?i)(?s).*\\b(?:that|to)$");
    /** More than the end {@link #ENDS_CLOSED} and {@link #ENDS_OPEN} read, a line terminator included. */
    private static final int OPEN_END_SPAN = 8;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** An introduction to a list of resolutions longer than this many words says more than "that Cabinet agree:". */
    private static final int SUBSTANTIVE_INTRODUCTION = 6;

    private DecisionParser() {
    }

    /** What a minute decided. */
    public record Decision(List<String> resolutions, String decision) {
    }

    /** @param lines the minute's body lines, paragraphs separated by blank lines ("") */
    public static Decision decide(List<String> lines) {
        List<String> resolutions = new ArrayList<>();
        boolean resolved = false;
        boolean agreedKeyword = false;
        for (int i = 0; i < lines.size(); i++) {
            Matcher keyword = RESOLVED.matcher(lines.get(i).strip());
            if (keyword.matches()) {
                resolved |= !AGREEMENT_KEYWORDS.contains(keyword.group(1));
                agreedKeyword |= AGREEMENT_KEYWORDS.contains(keyword.group(1));
                i = collect(lines, i + 1, keyword.group(2).strip(), resolutions) - 1;
            }
        }
        if (resolved || agreedKeyword) {
            return new Decision(resolutions, resolved ? "resolved" : "agreed");
        }
        List<String> sentences = sentences(String.join(" ", lines));
        List<String> agreed = sentences.stream().filter(sentence -> AGREED.matcher(sentence).find()).toList();
        if (!agreed.isEmpty()) {
            return new Decision(agreed, "agreed");
        }
        // noting decides nothing: it is a decision of its own kind, with no resolution
        boolean noted = sentences.stream().anyMatch(sentence -> NOTED.matcher(sentence).find()
                || NOTED_ALONE.matcher(sentence).find());
        return new Decision(List.of(), noted ? "noted" : null);
    }

    /**
     * Collects one RESOLVED block starting at {@code from}: a list (one resolution per marker, wrapped lines
     * joined) or a paragraph. Returns the index of the first line after the block.
     */
    private static int collect(List<String> lines, int from, String intro, List<String> resolutions) {
        List<StringBuilder> entries = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder(intro);
        boolean list = false;
        int i = from;
        for (; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (RESOLVED.matcher(line).matches()) {
                break;
            }
            Matcher marker = LIST_MARKER.matcher(line);
            StringBuilder last = list ? entries.get(entries.size() - 1) : paragraph;
            if (marker.matches()) {
                list = true;
                entries.add(new StringBuilder(marker.group(1)));
            } else if (last.isEmpty() || goesOn(last)) {
                last.append(last.isEmpty() ? "" : " ").append(line);
            } else {
                break;
            }
        }
        if (list) {
            // an introduction that decides something itself ("That a lease be granted, subject to:") is kept
            if (WHITE_SPACE.split(paragraph).length > SUBSTANTIVE_INTRODUCTION) {
                add(resolutions, paragraph.toString().replaceAll("[:\\s]+$", ""));
            }
            entries.forEach(entry -> add(resolutions, entry.toString()));
        } else {
            add(resolutions, paragraph.toString());
        }
        return i;
    }

    /**
     * Whether a resolution goes on to the next line: it does not end with a stop or colon, or ends on
     * {@code that} or {@code to}. Only its last characters are read, however long it has grown.
     */
    private static boolean goesOn(StringBuilder resolution) {
        int from = Math.max(0, resolution.length() - OPEN_END_SPAN);
        return !ENDS_CLOSED.matcher(resolution).region(from, resolution.length()).useTransparentBounds(true).matches()
                || ENDS_OPEN.matcher(resolution).region(from, resolution.length()).useTransparentBounds(true).matches();
    }

    private static void add(List<String> resolutions, String text) {
        String clean = BRACKETED_VOTE.matcher(text).replaceAll("").strip();
        Matcher marker = LIST_MARKER.matcher(clean);
        for (int markers = 0; markers < MAX_MARKERS && marker.matches(); markers++) {
            clean = marker.group(1).strip();
            marker = LIST_MARKER.matcher(clean);
        }
        clean = LEADING_THAT.matcher(clean).replaceFirst("");
        clean = TRAILING_JOIN.matcher(clean).replaceAll("").strip();
        if (!clean.isEmpty()) {
            resolutions.add(clean);
        }
    }

    private static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_BREAK.split(text)).map(String::strip)
                .filter(sentence -> !sentence.isEmpty()).toList();
    }

    /**
     * A vote recorded as {@code For (57): names … Against (0) … Abstain (2): names}, {@code For: 5 Against: 2
     * Abstentions: 1} or {@code (6 for, 2 against, 1 abstention)}, with its outcome; the last of several votes
     * in a minute (the substantive one) where they differ; or null.
     */
    public static Votes votes(String text) {
        Matcher m = VOTE.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            kinds.add(side(m.group(1)));
            counts.add(Integer.valueOf(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        if (!kinds.contains("for") || !kinds.contains("against")) {
            return countsFirst(text);
        }
        Integer forCount = null;
        Integer against = null;
        Integer abstain = null;
        List<String> forNames = List.of();
        List<String> againstNames = List.of();
        List<String> abstainNames = List.of();
        for (int k = 0; k < kinds.size(); k++) {
            int end = k + 1 < spans.size() ? spans.get(k + 1)[0] : text.length();
            // the names run to the end of their list: a full stop, or the outcome that follows them
            String list = text.substring(spans.get(k)[1], end).split("(?<!\\b(?:Mr|Mrs|Ms|Dr|St|Cllr))\\.(?:\\s|$)", 2)[0];
            List<String> names = counts.get(k) == 0 ? List.of() : PeopleParser.nameList(OUTCOME.split(list, 2)[0])
                    .stream().map(person -> person.name()).filter(name -> name.matches(".*\\p{Lu}.*")).toList();
            switch (kinds.get(k)) {
                case "for" -> {
                    forCount = counts.get(k);
                    forNames = names;
                }
                case "against" -> {
                    against = counts.get(k);
                    againstNames = names;
                }
                default -> {
                    abstain = counts.get(k);
                    abstainNames = names;
                }
            }
        }
        return new Votes(forCount, against, abstain, forNames, againstNames, abstainNames,
                outcome(text.substring(spans.get(spans.size() - 1)[1])));
    }

    /** A vote that gives each count before its side, in one bracket or sentence. */
    private static Votes countsFirst(String text) {
        Matcher m = COUNT_FIRST.matcher(text);
        Integer forCount = null;
        Integer against = null;
        Integer abstain = null;
        int end = 0;
        while (m.find()) {
            int count = Integer.parseInt(m.group(1));
            switch (side(m.group(2))) {
                case "for" -> forCount = count;
                case "against" -> against = count;
                default -> abstain = count;
            }
            end = m.end();
        }
        return forCount == null || against == null ? null
                : new Votes(forCount, against, abstain, List.of(), List.of(), List.of(), outcome(text.substring(end)));
    }

    private static String side(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("abstain") || lower.startsWith("abstention") ? "abstain" : lower;
    }

    /** The first outcome stated after a vote. */
    private static String outcome(String after) {
        Matcher m = OUTCOME.matcher(after);
        return m.find() ? m.group() : null;
    }
}
