package org.agendapack.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Decides what an input is by weighing evidence rather than matching a template. Each signal found in the
 * opening (an agenda heading, a summons, a sentence announcing the meeting, meeting labels, numbered items with
 * page references, a dispatch letter and its item list, a minutes title, an attendance block, resolutions) and
 * in the whole input (pack stamps, printed page runs) speaks for a kind with a weight; the kind with the most
 * weight wins when it reaches {@link #DECISIVE}, and the input is a plain document otherwise.
 */
public final class InputClassifier {

    /** The weight of evidence that decides a kind: a heading with one item, two labels, a sentence, a letter. */
    static final int DECISIVE = 3;
    /** How many lines of the opening are looked at for a minutes title, which stands at the very top. */
    private static final int MINUTES_TITLE_LINES = 15;
    /** A title is a short line; longer ones are sentences. */
    private static final int MAX_TITLE = 100;
    /** A name and the word {@code Minutes} make a short title. */
    private static final int MAX_NAMED_TITLE = 80;
    /** Numbered items and labels count up to this many times each: a long agenda is no more an agenda. */
    private static final int MAX_REPEATS = 3;

    private static final Pattern AGENDA_HEADING = Wording.wholeLine(Wording.AGENDA_HEADINGS);
    private static final Pattern SUPPLEMENT_HEADING = Wording.wholeLine(Wording.SUPPLEMENT_HEADINGS);
    private static final Pattern SUMMONS = Wording.opening(Wording.SUMMONS);
    private static final Pattern ANNOUNCED = Wording.anywhere(Wording.MEETING_ANNOUNCED);
    private static final Pattern MEETING_LABEL = Pattern.compile(
            "(?i)^\\s*" + Wording.alternation(Wording.MEETING_LABELS) + "\\s*:\\s*\\S.*");
    private static final Pattern SALUTATION = Wording.wholeLine(Wording.SALUTATIONS);
    private static final Pattern DISPATCH = Wording.anywhere(Wording.DISPATCH_PHRASES);
    private static final Pattern ITEM_LIST = Wording.wholeLine(Wording.ITEM_LIST_HEADINGS);
    private static final Pattern MINUTES_TITLE = Wording.wholeLine(Wording.MINUTES_TITLES);
    private static final Pattern ATTENDANCE = Pattern.compile(
            "(?i)^\\s*" + Wording.alternation(Wording.ATTENDANCE) + "\\s*(?::|$|\\s*[-–]\\s).*");
    private static final Pattern RESOLUTION = Pattern.compile(
            "(?i)^\\s*(?:\\(?\\w{1,3}[.)]\\s*)?" + Wording.alternation(Wording.RESOLUTIONS) + "\\s*(?:[:–-]|that\\b).*");
    private static final Pattern ITEM_WITH_PAGES = Pattern.compile("(?i)^\\s*\\d{1,2}[a-z]?\\.?\\s+.+?(?:\\("
            + Wording.TRANSLATION + Wording.alternation(Wording.PAGE_WORDS) + "\\s+\\d+|\\s\\d+\\s*-\\s*\\d+\\s*$)");
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\s*\\d{1,2}[a-z]?\\.?\\s+[\\p{Lu}\\d\"'‘“].{2,150}$");
    /** A day and month, a numeric date, or a time: bounded, so that a long line is scanned once. */
    private static final Pattern HAS_DATE_OR_TIME = Pattern.compile(
            "(?i)\\b\\d{1,2}(?:st|nd|rd|th)?,?\\s{0,3}(?:day\\s+)?(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
                    + "|dec)[a-z]*\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?m\\b"
                    + "|\\bnoon\\b");

    private InputClassifier() {
    }

    /** The kind decided, what kind of pack it is (null unless a pack), and every signal seen. */
    public record Verdict(InputKind kind, PackKind packKind, List<Signal> signals) {
        public Verdict {
            signals = List.copyOf(signals);
        }

        /**
         * Whether evidence spoke for a pack or minutes although too little to take the input for either. A single
         * {@code Date:} label is what any report's header shows, so alone it is no such evidence.
         */
        public boolean undecided() {
            return kind == InputKind.DOCUMENT && (signals.size() >= 2
                    || signals.stream().anyMatch(signal -> signal.type() != SignalType.MEETING_LABEL));
        }

        public boolean has(SignalType type) {
            return signals.stream().anyMatch(signal -> signal.type() == type);
        }
    }

    public static Verdict classify(List<PackPage> pages, List<PrintedPage> printed, FrontSheet.Split front) {
        List<Signal> signals = new ArrayList<>();
        signals.addAll(frontSheetSignals(front.lines()));
        signals.addAll(openingSignals(FrontSheet.opening(pages, printed)));
        signals.addAll(furnitureSignals(pages));
        Map<InputKind, Integer> weights = new EnumMap<>(InputKind.class);
        signals.forEach(signal -> weights.merge(signal.kind(), signal.weight(), Integer::sum));
        InputKind kind = weights.entrySet().stream().filter(entry -> entry.getValue() >= DECISIVE)
                .max(Map.Entry.<InputKind, Integer>comparingByValue()
                        .thenComparing(entry -> entry.getKey() == InputKind.AGENDA_PACK))
                .map(Map.Entry::getKey).orElse(InputKind.DOCUMENT);
        List<Signal> sorted = signals.stream()
                .sorted(Comparator.comparing((Signal signal) -> signal.kind() != kind)
                        .thenComparing(Comparator.comparingInt(Signal::weight).reversed()))
                .toList();
        return new Verdict(kind, kind == InputKind.AGENDA_PACK ? packKind(sorted, pages, front) : null, sorted);
    }

    private static PackKind packKind(List<Signal> signals, List<PackPage> pages, FrontSheet.Split front) {
        if (signals.stream().anyMatch(signal -> signal.type().supplement())) {
            return PackKind.SUPPLEMENT;
        }
        boolean frontSheet = signals.stream().anyMatch(signal -> signal.kind() == InputKind.AGENDA_PACK
                && !signal.type().furniture());
        boolean papers = pages.subList(Math.min(front.paperPage(), pages.size()), pages.size()).stream()
                .anyMatch(page -> !page.blank() && !page.body().isEmpty());
        if (!frontSheet) {
            return PackKind.PAPERS;
        }
        return papers ? PackKind.FULL : PackKind.FRONT_SHEET;
    }

    /** The evidence of a front sheet or a letter: the lines before the first paper. */
    private static List<Signal> frontSheetSignals(List<PageLine> lines) {
        List<Signal> signals = new ArrayList<>();
        boolean heading = false;
        boolean salutation = false;
        int labels = 0;
        int ranged = 0;
        int numbered = 0;
        // each line's text is read once: a text input without papers is all front sheet, however long
        List<String> texts = lines.stream().map(PageLine::plainText).toList();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            String text = texts.get(i);
            if (text.isEmpty()) {
                continue;
            }
            if (AGENDA_HEADING.matcher(text).matches()) {
                heading = true;
                signals.add(signal(SignalType.AGENDA_HEADING, line));
            }
            if (SUPPLEMENT_HEADING.matcher(text).matches()) {
                signals.add(signal(SignalType.SUPPLEMENT_HEADING, line));
            }
            if (SUMMONS.matcher(text).matches()) {
                signals.add(signal(SignalType.SUMMONS, line));
            }
            if (ANNOUNCED.matcher(text).find()
                    && HAS_DATE_OR_TIME.matcher(i + 1 < lines.size() ? text + " " + texts.get(i + 1) : text).find()) {
                signals.add(signal(SignalType.MEETING_SENTENCE, line));
            }
            if (MEETING_LABEL.matcher(line.labelledText(Wording.MEETING_LABEL_CELL, text)).matches()
                    && !ContactBlock.around(lines, i) && labels++ < MAX_REPEATS) {
                signals.add(signal(SignalType.MEETING_LABEL, line));
            }
            if (ITEM_WITH_PAGES.matcher(text).find() && ranged++ < MAX_REPEATS) {
                signals.add(signal(SignalType.ITEM_WITH_PAGES, line));
            } else if (heading && NUMBERED_ITEM.matcher(text).matches() && ++numbered == 2) {
                signals.add(signal(SignalType.NUMBERED_ITEMS, line));
            }
            salutation |= SALUTATION.matcher(text).matches();
            if (salutation && (DISPATCH.matcher(text).find() || ITEM_LIST.matcher(text).matches())) {
                signals.add(signal(SignalType.DISPATCH_LETTER, line));
                salutation = false;
            }
        }
        return signals;
    }

    /** The evidence of printed minutes: a minutes title at the top, an attendance block, resolutions. */
    private static List<Signal> openingSignals(List<PageLine> opening) {
        List<Signal> signals = new ArrayList<>();
        int seen = 0;
        boolean attendance = false;
        boolean resolution = false;
        for (PageLine line : opening) {
            String text = line.plainText();
            if (text.isEmpty()) {
                continue;
            }
            seen++;
            if (seen <= MINUTES_TITLE_LINES && isMinutesTitle(text) && signals.isEmpty()) {
                signals.add(signal(SignalType.MINUTES_TITLE, line));
            }
            if (!attendance && ATTENDANCE.matcher(text).matches()) {
                attendance = true;
                signals.add(signal(SignalType.ATTENDANCE, line));
            }
            if (!resolution && RESOLUTION.matcher(text).matches()) {
                resolution = true;
                signals.add(signal(SignalType.RESOLUTION, line));
            }
        }
        return signals;
    }

    /** A title naming minutes: short, not a numbered agenda item, not a sentence. */
    private static boolean isMinutesTitle(String text) {
        boolean sentence = text.length() > MAX_TITLE && !FrontSheet.MINUTES_HEADER.matcher(text).matches();
        return !sentence && !Character.isDigit(text.charAt(0)) && !text.endsWith(".")
                && (MINUTES_TITLE.matcher(text).matches() || namesMinutes(text));
    }

    /**
     * A name followed by {@code Minutes} ({@code Ambridge Parish Council Minutes}): a short line whose words are
     * capitalised, as a title is, unlike {@code To approve the minutes}.
     */
    private static boolean namesMinutes(String text) {
        String[] words = text.split(" ");
        return text.length() <= MAX_NAMED_TITLE && words.length >= 2
                && words[words.length - 1].equalsIgnoreCase("minutes") && TextShape.isTitleCase(text);
    }

    /** Page furniture that only a pack has: {@code Agenda Item} stamps and a run of printed page numbers. */
    private static List<Signal> furnitureSignals(List<PackPage> pages) {
        List<Signal> signals = new ArrayList<>();
        pages.stream().filter(page -> page.agendaItemStamp() != null).findFirst().ifPresent(page -> signals.add(
                new Signal(SignalType.PACK_STAMPS, page.physical() ? page.index() : null,
                        "Agenda Item " + page.agendaItemStamp())));
        List<Integer> footers = pages.stream().map(PackPage::stampedPrinted).filter(Objects::nonNull).toList();
        PackPage first = pages.stream().filter(page -> page.stampedPrinted() != null).findFirst().orElse(null);
        // any document numbers its own pages from its first; a pack's numbering starts elsewhere
        if (footers.size() >= 2 && first.stampedPrinted() != first.index()) {
            signals.add(new Signal(SignalType.PRINTED_PAGES, null, footers.size() + " pages numbered"));
        }
        // page numbers that run ahead of the pages they are on were printed for a larger whole: a pack
        if (footers.size() >= 2 && first.numberedAhead(first.stampedPrinted())) {
            signals.add(new Signal(SignalType.PACK_PAGE_NUMBERS, null,
                    "pages numbered " + footers.get(0) + "-" + footers.get(footers.size() - 1)));
        }
        return signals;
    }

    private static Signal signal(SignalType type, PageLine line) {
        return new Signal(type, line.physicalPage(), line.plainText());
    }
}
