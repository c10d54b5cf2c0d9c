package org.agendapack.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.source.Box;
import org.agendapack.source.Line;

/**
 * A line that opens a document: a minutes header, a report cover sheet form, a report header (an {@code ITEM: 8}
 * block, or labels such as {@code REPORT TO:} / {@code Report of:} / {@code Subject/Title:} in any of the forms
 * {@link ReportField} reads, the header opening at its first label), or an appendix heading. It may name the item
 * ({@code ITEM: 8}) and the document's title.
 *
 * @param line    the index of the opening line among the lines searched
 * @param itemRef the agenda item number the header names, or null
 * @param title   the document's title as the header gives it, or null
 */
public record DocumentHeader(DocumentKind kind, int line, String itemRef, String title) {

    private static final Pattern COVER_SHEET = Wording.opening(Wording.COVER_SHEET_HEADINGS);
    private static final Pattern COVER_SHEET_HEAD = Pattern.compile(
            "(?i)^" + Wording.alternation(Wording.COVER_SHEET_HEADINGS) + "\\s*");
    /** The start of a run-on form label: up to four capitalised words and a colon. */
    private static final Pattern NEXT_LABEL = Pattern.compile("\\s\\p{Lu}[\\w&]*(?:\\s+[\\w&]+){0,3}\\s*:");
    /** A cover sheet form may open straight with its title label, without a heading. */
    private static final Pattern FORM_TITLE_LABEL = Pattern.compile("(?i)^title of\\b.*");
    private static final Pattern ITEM_BLOCK = Pattern.compile("(?:^|\\s)ITEM\\s*:?\\s*(\\d{1,2}[a-z]?)\\s*$");
    /** {@code APPENDIX A}, {@code Appendix 1: …}, {@code ANNEX B - …}: the word capitalised, then its letter or number. */
    private static final Pattern APPENDIX = Pattern.compile("^(?:" + Wording.APPENDIX_WORDS.stream()
            .map(word -> word.toUpperCase(java.util.Locale.ROOT) + "|" + Character.toUpperCase(word.charAt(0))
                    + word.substring(1)).collect(java.util.stream.Collectors.joining("|"))
            + ")\\s+([A-Z]|\\d{1,2}|[IVX]{1,4})\\b\\s*(?:$|[-–—:.]\\s*.*|\\s+\\p{Lu}.*)$");
    private static final Pattern APPENDIX_LIST = Wording.wholeLine(Wording.APPENDIX_LIST_INTRODUCTIONS);
    private static final Pattern BODY_NAME = Pattern.compile("(?i).*\\b(board|committee|council|cabinet)\\b.*");
    /** Superscript footnote marks printed in a title ({@code Children ¹and Young People}). */
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]+");
    /** Header fields follow their opening line within this many lines that are not blank. */
    private static final int FIELD_WINDOW = 10;
    /** Whether a label opens a header is told by the labels on this many lines after it (blank ones aside). */
    private static final int OPENING_WINDOW = 3;
    /** A title wraps over at most this many lines. */
    private static final int TITLE_LINES = 3;
    private static final int MAX_APPENDIX_HEADING = 120;
    /** Lines further apart than this many line heights are paragraphs apart. */
    private static final double LINE_GAP = 2.0;

    /** The header opening at {@code index} in {@code lines}, if that line opens a document. */
    public static Optional<DocumentHeader> at(List<Line> lines, int index) {
        String text = textOf(lines.get(index));
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (FrontSheet.MINUTES_HEADER.matcher(text).matches()) {
            return Optional.of(new DocumentHeader(DocumentKind.MINUTES, index, null, text));
        }
        Matcher item = ITEM_BLOCK.matcher(text);
        if (item.find()) {
            return Optional.of(new DocumentHeader(DocumentKind.REPORT, index, item.group(1), itemBlockTitle(lines, index)));
        }
        Optional<ReportField.Labelled> label = ReportField.labelled(lines.get(index));
        if (COVER_SHEET.matcher(text).matches() || label.isPresent() && label.get().field() == ReportField.TITLE
                && FORM_TITLE_LABEL.matcher(label.get().label()).matches()) {
            String title = labelledTitle(lines, index);
            return Optional.of(new DocumentHeader(DocumentKind.COVER_SHEET, index, null,
                    title != null ? title : collapsedTitle(text)));
        }
        if (label.isPresent() && opensReport(lines, index, label.get())) {
            String title = labelledTitle(lines, index);
            return Optional.of(new DocumentHeader(DocumentKind.REPORT, index, null,
                    title != null ? title : unlabelledTitle(lines, index, true)));
        }
        if (APPENDIX.matcher(text).matches() && text.length() <= MAX_APPENDIX_HEADING && !followsAppendixList(lines, index)) {
            return Optional.of(new DocumentHeader(DocumentKind.APPENDIX, index, null, text));
        }
        return Optional.empty();
    }

    /** The letter or number an appendix heading gives ({@code F} of {@code APPENDIX F: …}), upper case; or "". */
    static String appendixLabel(String heading) {
        Matcher m = APPENDIX.matcher(heading == null ? "" : heading);
        return m.matches() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : "";
    }

    /**
     * Whether a header line is one of the fields that follow an opening line, rather than a new opening: a known
     * label at its start, however printed (the line is already known to stand in a header).
     */
    static boolean isField(String text) {
        return ReportField.startsWithLabel(text);
    }

    /**
     * A label opens a report header when, among the labels that follow it without a break (a few lines at most),
     * there is one that opens a header on its own ({@code Report of:} below {@code Date of Meeting:}), told from
     * its value beyond doubt; or such an opening label in a plainer print ({@code Report of the Head of Service})
     * beside a label that is told from its value beyond doubt. The header opens at its first label, so that none
     * of its fields is left with the paper before; a line of capitals alone may be a heading, and opens nothing.
     */
    private static boolean opensReport(List<Line> lines, int index, ReportField.Labelled first) {
        List<ReportField.Labelled> block = new ArrayList<>(List.of(first));
        for (int i = index + 1; i < lines.size() && block.size() <= OPENING_WINDOW; i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            Optional<ReportField.Labelled> next = ReportField.labelled(lines.get(i));
            if (next.isEmpty()) {
                break;
            }
            block.add(next.get());
        }
        boolean distinctOpening = block.stream().anyMatch(label -> label.distinct() && ReportField.opens(label.label()));
        boolean plainOpening = block.stream().anyMatch(label -> ReportField.opens(label.label()))
                && block.stream().anyMatch(ReportField.Labelled::distinct);
        return (first.distinct() || ReportField.opens(first.label())) && (distinctOpening || plainOpening);
    }

    static String textOf(Line line) {
        return line.plainText();
    }

    /**
     * The value of the header's title label ({@code Title of Report:}, {@code Subject/Title:}, {@code REPORT
     * TITLE} in its cell…) within the header's window, with the lines it wraps onto.
     */
    private static String labelledTitle(List<Line> lines, int index) {
        for (int i : window(lines, index)) {
            Optional<ReportField.Labelled> label = ReportField.labelled(lines.get(i));
            if (label.isPresent() && label.get().field() == ReportField.TITLE && !label.get().value().isEmpty()) {
                return title(label.get().value(), lines, i);
            }
        }
        return null;
    }

    /**
     * A title printed without a label: the first line below the opening (else just above it) that is not a
     * label, a value wrapped from one, a body's name, a date or a sentence; in a header opened by a label, a
     * bold or capitalised one first.
     */
    private static String unlabelledTitle(List<Line> lines, int index, boolean preferHeadings) {
        List<Integer> candidates = new ArrayList<>(window(lines, index + 1));
        for (int i = index - 1; i >= Math.max(0, index - OPENING_WINDOW); i--) {
            candidates.add(i);
        }
        candidates.removeIf(i -> !isUnlabelledTitle(lines, i));
        Optional<Integer> heading = candidates.stream()
                .filter(i -> preferHeadings && (lines.get(i).bold() || TextShape.isCapitals(textOf(lines.get(i)))))
                .findFirst();
        Optional<Integer> chosen = heading.isPresent() ? heading : candidates.stream().findFirst();
        return chosen.map(i -> title(textOf(lines.get(i)), lines, i)).orElse(null);
    }

    /** The header's window from {@code from}: the indexes of its next lines that are not blank. */
    private static List<Integer> window(List<Line> lines, int from) {
        List<Integer> window = new ArrayList<>();
        for (int i = from; i < lines.size() && window.size() < FIELD_WINDOW; i++) {
            if (!lines.get(i).isBlank()) {
                window.add(i);
            }
        }
        return window;
    }

    /** In an {@code ITEM: 8} block the title is labelled, or the first line after the body's name that is not a label. */
    private static String itemBlockTitle(List<Line> lines, int index) {
        String labelled = labelledTitle(lines, index);
        return labelled != null ? labelled : unlabelledTitle(lines, index, false);
    }

    private static boolean isUnlabelledTitle(List<Line> lines, int index) {
        Line line = lines.get(index);
        String text = textOf(line);
        return !text.isEmpty() && !text.contains(":") && !text.endsWith(".") && !BODY_NAME.matcher(text).matches()
                && !ReportField.isSectionHeading(text) && ReportField.labelled(line).isEmpty()
                && !Character.isDigit(text.charAt(0)) && text.length() <= MAX_APPENDIX_HEADING
                && !wrapsLabelledValue(lines, index);
    }

    /** Whether a line goes on from a label's value above it, with no gap between. */
    private static boolean wrapsLabelledValue(List<Line> lines, int index) {
        return index > 0 && !lines.get(index - 1).isBlank() && followsOn(lines.get(index - 1), lines.get(index))
                && ReportField.labelled(lines.get(index - 1)).filter(label -> !label.value().isEmpty()).isPresent();
    }

    /**
     * A title with the lines it wraps onto: the next lines that follow on without a gap (a blank line in text,
     * a paragraph's space on a page) and are neither labels nor headings, joined (a word broken at a hyphen
     * joined back), without footnote marks.
     */
    private static String title(String first, List<Line> lines, int index) {
        StringBuilder title = new StringBuilder(first.replaceAll("\\*+", "").strip());
        for (int i = index + 1; i < Math.min(lines.size(), index + TITLE_LINES); i++) {
            Line line = lines.get(i);
            String text = textOf(line);
            if (text.isEmpty() || !followsOn(lines.get(i - 1), line) || ReportField.labelled(line).isPresent()
                    || text.contains(":") || ReportField.isSectionHeading(text) || ITEM_BLOCK.matcher(text).find()) {
                break;
            }
            title.append(title.toString().endsWith("-") ? "" : " ").append(text);
        }
        return withoutFootnoteMarks(title.toString());
    }

    /** A title without the superscript footnote marks printed in it, its white space collapsed. */
    public static String withoutFootnoteMarks(String title) {
        return FOOTNOTE_MARK.matcher(title).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether a line follows on from the one above without a paragraph's space: in text any line that is not
     * blank does (blank lines are the gaps); on a page the gap must be under twice the line's height.
     */
    private static boolean followsOn(Line above, Line below) {
        Box top = above.box();
        Box bottom = below.box();
        if (top == null || bottom == null) {
            return true;
        }
        return bottom.y() - top.bottom() < LINE_GAP * Math.max(top.height(), bottom.height());
    }

    /**
     * A form whose fields were run together onto the heading line ({@code Reports Cover Sheet <title> Date of
     * meeting: ...}): the title is what stands between the heading and the first label.
     */
    private static String collapsedTitle(String text) {
        Matcher heading = COVER_SHEET_HEAD.matcher(text);
        if (!heading.find()) {
            return null;
        }
        String rest = text.substring(heading.end()).replaceAll("\\*+", "").strip();
        Matcher label = NEXT_LABEL.matcher(rest);
        String title = (label.find() ? rest.substring(0, label.start()) : rest).strip();
        return title.isEmpty() ? null : title;
    }

    /**
     * An appendix named in a report's list of its appendices is not the appendix itself: the list follows an
     * introduction ("Appendices to the report") or another entry of the list.
     */
    private static boolean followsAppendixList(List<Line> lines, int index) {
        int seen = 0;
        for (int i = index - 1; i >= 0 && seen < 2; i--) {
            String text = textOf(lines.get(i));
            if (text.isEmpty()) {
                continue;
            }
            if (APPENDIX_LIST.matcher(text).matches() || seen == 0 && APPENDIX.matcher(text).matches()) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
