package org.agendapack.source;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "pound", "£",
            "ndash", "–", "mdash", "—", "hellip", "…");
    private static final Pattern PIPE_DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?");
    /** A pipe that separates cells: one not escaped as {@code \|}. */
    private static final Pattern CELL_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([*_#|`\\[\\]!.+-])");

    private MarkupReducer() {
    }

    /** Whether the line is a markdown table's header delimiter row, which carries no text. */
    static boolean isPipeDelimiterRow(String line) {
        String stripped = line.strip();
        return stripped.contains("-") && stripped.contains("|") && PIPE_DELIMITER_ROW.matcher(stripped).matches();
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

    private static String decodeEntity(String name, String original) {
        if (name.startsWith("#")) {
            boolean hex = name.startsWith("#x") || name.startsWith("#X");
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : original;
        }
        return ENTITIES.getOrDefault(name.toLowerCase(), original);
    }
}
