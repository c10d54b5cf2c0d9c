package org.agendapack.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.source.Line;

/**
 * A line that opens a document: a minutes header, a report cover sheet form, a report header (cabinet style
 * {@code REPORT TO:} / {@code Report of:} / {@code Subject/Title:}, or an {@code ITEM: 8} block), or an
 * appendix heading. It may name the item ({@code ITEM: 8}) and the document's title.
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
    private static final Pattern TITLE_LABEL = Pattern.compile(
            "(?i)^" + Wording.alternation(Wording.REPORT_TITLE_LABELS) + "\\s*:\\s*(.*)$");
    private static final Pattern REPORT_LABEL = Pattern.compile(
            "(?i)^" + Wording.alternation(Wording.REPORT_HEADER_LABELS) + "\\s*:.*");
    private static final Pattern ITEM_BLOCK = Pattern.compile("(?:^|\\s)ITEM\\s*:?\\s*(\\d{1,2}[a-z]?)\\s*$");
    /** {@code APPENDIX A}, {@code Appendix 1: …}, {@code ANNEX B - …}: the word capitalised, then its letter or number. */
    private static final Pattern APPENDIX = Pattern.compile("^(?:" + Wording.APPENDIX_WORDS.stream()
            .map(word -> word.toUpperCase(java.util.Locale.ROOT) + "|" + Character.toUpperCase(word.charAt(0))
                    + word.substring(1)).collect(java.util.stream.Collectors.joining("|"))
            + ")\\s+([A-Z]|\\d{1,2}|[IVX]{1,4})\\b\\s*(?:$|[-–—:.]\\s*.*|\\s+\\p{Lu}.*)$");
    private static final Pattern APPENDIX_LIST = Wording.wholeLine(Wording.APPENDIX_LIST_INTRODUCTIONS);
    private static final Pattern BODY_NAME = Pattern.compile("(?i).*\\b(board|committee|council|cabinet)\\b.*");
    /** Header fields follow their opening line within this many lines. */
    private static final int FIELD_WINDOW = 10;
    private static final int MAX_APPENDIX_HEADING = 120;

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
        if (COVER_SHEET.matcher(text).matches() || TITLE_LABEL.matcher(text).matches() && text.toLowerCase().startsWith("title of")) {
            String title = labelledTitle(lines, index);
            return Optional.of(new DocumentHeader(DocumentKind.COVER_SHEET, index, null,
                    title != null ? title : collapsedTitle(text)));
        }
        if (REPORT_LABEL.matcher(text).matches()) {
            return Optional.of(new DocumentHeader(DocumentKind.REPORT, index, null, labelledTitle(lines, index)));
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

    /** Whether a header line is one of the fields that follow an opening line, rather than a new opening. */
    static boolean isField(String text) {
        return TITLE_LABEL.matcher(text).matches() || REPORT_LABEL.matcher(text).matches();
    }

    static String textOf(Line line) {
        return line.plainText();
    }

    /** {@code Title of Report:}, {@code Subject/Title:} or {@code Report Title:} within the header's window. */
    private static String labelledTitle(List<Line> lines, int index) {
        for (int i = index; i < Math.min(lines.size(), index + FIELD_WINDOW); i++) {
            Line line = lines.get(i);
            Matcher title = TITLE_LABEL.matcher(textOf(line));
            if (title.matches()) {
                String value = line.cells().size() > 1 ? line.cells().get(1).text() : title.group(1);
                value = value.replaceAll("\\*+", "").strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
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

    /** In an {@code ITEM: 8} block the title is the first line after the body's name that is not a label. */
    private static String itemBlockTitle(List<Line> lines, int index) {
        String labelled = labelledTitle(lines, index);
        if (labelled != null) {
            return labelled;
        }
        for (int i = index + 1; i < Math.min(lines.size(), index + FIELD_WINDOW); i++) {
            String text = textOf(lines.get(i));
            if (!text.isEmpty() && !BODY_NAME.matcher(text).matches() && !text.contains(":")) {
                return text;
            }
        }
        return null;
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
