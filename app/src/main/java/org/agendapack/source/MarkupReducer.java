package org.agendapack.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Reduces the stray HTML and markdown table syntax that document converters leave in text to plain text,
 * keeping what carries meaning: tick boxes become ☒ / ☐, table cells become TABs, links keep their address.
 */
public final class MarkupReducer {

    static final String TICKED = "\u2612";
    static final String UNTICKED = "\u2610";

    /**
     * The most a tag's attributes run to. Tags are matched as {@code <name …>} with no {@code <} or {@code >}
     * inside and at most this many characters, so an unclosed tag costs a bounded look, not a scan to the
     * end of the line from every {@code <} after it.
     */
    private static final String ATTRIBUTES = "[^<>]{0,2000}";
    private static final Pattern INPUT = Pattern.compile("(?i)<input\\b" + ATTRIBUTES + ">");
    private static final Pattern CHECKED = Pattern.compile("(?i)\\bchecked\\b");
    private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]>\\s*(?=<t[dh]\\b)");
    private static final Pattern ROW_END = Pattern.compile("(?i)</tr>\\s*(?=<tr\\b)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto|ftp):[^<>\\s]{1,2000})>");
    private static final Pattern SPACING_TAG = Pattern.compile("(?i)</?(?:br|p|li|ul|ol|div|hr)\\b" + ATTRIBUTES + ">");
    private static final Pattern TAG = Pattern.compile(
            "(?i)</?(?:a|b|i|u|s|em|strong|span|font|sup|sub|small|big|strike|code|pre|blockquote|table|thead"
                    + "|tbody|tfoot|tr|td|th|caption|col|colgroup|img|h[1-6]|center|mark)\\b" + ATTRIBUTES + ">");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,7});");
    /** A pipe that separates cells: one not escaped as {@code \|}. */
    private static final Pattern CELL_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([*_#|`\\[\\]!.+-])");

    private MarkupReducer() {
    }

    /**
     * Whether the line is a markdown table's header delimiter row, which carries no text: cells of three dashes
     * or more, each perhaps with a colon at either end, between pipes ({@code |---|:--:|}). Read by hand: a
     * pattern would repeat its cell group once per column, each a level of recursion, and a row of thousands of
     * columns would overflow the stack.
     */
    static boolean isPipeDelimiterRow(String line) {
        String row = line.strip();
        if (!row.contains("-") || !row.contains("|")) {
            return false;
        }
        int at = row.charAt(0) == '|' ? 1 : 0;
        while (true) {
            at = skipSpace(row, at);
            at += at < row.length() && row.charAt(at) == ':' ? 1 : 0;
            int dashes = at;
            while (at < row.length() && row.charAt(at) == '-') {
                at++;
            }
            if (at - dashes < 3) {
                return false;
            }
            at += at < row.length() && row.charAt(at) == ':' ? 1 : 0;
            at = skipSpace(row, at);
            if (at < row.length() && row.charAt(at) == '|') {
                at++;
            } else {
                return at == row.length();
            }
            if (at == row.length()) {
                return true;
            }
        }
    }

    /** The index after the white space (a pattern's {@code \s}) from {@code at}. */
    private static int skipSpace(String text, int at) {
        int index = at;
        while (index < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(index)) >= 0) {
            index++;
        }
        return index;
    }

    /** Tick boxes written as HTML inputs, as ☒ and ☐; a PDF printed from such text carries them too. */
    public static String reduceTickBoxes(String text) {
        if (!text.contains("<")) {
            return text;
        }
        return INPUT.matcher(text).replaceAll(input -> CHECKED.matcher(input.group()).find() ? TICKED : UNTICKED);
    }

    /** The line reduced to text; it may contain TABs between cells and newlines between HTML table rows. */
    static String reduce(String line) {
        String text = line;
        if (text.contains("<")) {
            text = reduceTickBoxes(text);
            text = ROW_END.matcher(text).replaceAll("\n");
            text = CELL_END.matcher(text).replaceAll("\t");
            text = AUTOLINK.matcher(text).replaceAll("$1");
            text = SPACING_TAG.matcher(text).replaceAll(" ");
            text = TAG.matcher(text).replaceAll("");
        }
        if (text.contains("&")) {
            text = decodeEntities(text);
        }
        text = pipeRowToCells(text);
        if (text.contains("\\")) {
            text = MARKDOWN_ESCAPE.matcher(text).replaceAll("$1");
        }
        return text;
    }

    private static String pipeRowToCells(String text) {
        String stripped = text.strip();
        if (stripped.length() < 3 || !stripped.startsWith("|") || !stripped.endsWith("|")) {
            return text;
        }
        String inner = stripped.substring(1, stripped.length() - 1);
        return String.join("\t", CELL_PIPE.split(inner, -1)).replace("\\|", "|");
    }

    private static String decodeEntities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(decodeEntity(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * A named entity by the full HTML 4 table (all 252 names, {@code &rsquo;} to {@code &euro;}), or XML's
     * {@code &apos;}, which HTML 4 lacks; a name neither knows is left as written. A no-break space is a space, as
     * a PDF's is.
     */
    private static String decodeEntity(String name, String original) {
        if (name.startsWith("#")) {
            boolean hex = name.startsWith("#x") || name.startsWith("#X");
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : original;
        }
        String decoded = StringEscapeUtils.unescapeHtml4(original);
        if (decoded.equals(original)) {
            decoded = StringEscapeUtils.unescapeXml(original);
        }
        return decoded.replace('\u00A0', ' ');
    }
}
