package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agendapack.model.MetricValue;

/**
 * Reads the numbers in a table cell as researchers want them: {@code 1,234} → 1234, {@code (1,234)} → −1234,
 * {@code £3.8 billion} → 3800000000 gbp, {@code 87.5%} → 87.5 percent, {@code <1} → 1 with qualifier
 * {@code <}, {@code 36 (69.2%)} → two values, and RAG ratings (Red / Amber / Green) where the rating is the
 * cell (alone or beside its figures), never a word inside a name such as {@code Cllr Green}.
 */
public final class MetricValues {

    /** A figure; its thousands groups are bounded, as each is a level of the pattern's recursion. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<q>[<>≤≥~]|c\\.\\s?|approx\\.?\\s)?\\s*(?<neg>[-−–])?\\s*(?<cur>£)?\\s*(?<open>\\()?\\s*(?<cur2>£)?"
                    + "(?<num>\\d{1,3}(?:,\\d{3}){1,7}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?<close>\\))?"
                    + "\\s*(?:(?<mult>bn|billion|mn|million|m|k|thousand)\\b)?\\s*(?<pct>%)?",
            Pattern.CASE_INSENSITIVE);
    /**
     * A number with its unit: letters set close ({@code 6.3FE}) and at most five words after it that open in
     * lower case or with a number ({@code 96 delayed days}, {@code 5FE 10 Year R places}); a section number
     * before a title ({@code 1.1 Introduction}) is not one.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "^(?<number>[<>~]?£?\\d[\\d,]*(?:\\.\\d+)?%?)(?:\\p{L}{1,4})?(?:\\s+[\\p{Ll}\\d]\\S*(?:\\s+\\S+){0,4})?$");
    private static final Pattern RAG = Pattern.compile("(?i)\\b(red|amber|green)\\b");
    /** What may stand between and around the numbers of a cell of figures. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s()/,.:;*+-]");
    /**
     * Every character that the patterns of a cell of figures take: the digits and {@link #PUNCTUATION}, the
     * qualifiers, signs, currency, brackets, multipliers and per cent of {@link #NUMBER} (any case), the letters
     * of {@link #RAG} (any case) and the marks of {@link #TREND} (lower case). A cell with another character
     * ({@code y}, {@code &}, a quote) is not all figures.
     */
    private static final String FIGURE_CHARACTERS = "0123456789 \t\n\u000B\f\r()/,.:;*+-<>≤≥~−–£%=\\↑↓→←↗↘⬆⬇▲▼"
            + "abcdefghiklmnoprstuwxABCDEGHIKLMNOPRSTUX";
    /** The characters of {@link #PUNCTUATION}, to tell without a pattern that a cell of digits holds only figures. */
    private static final String PLAIN_PUNCTUATION = " \t\n\u000B\f\r()/,.:;*+-";
    /** The lowest of the marks of {@link #TREND} (←); the others are higher, but for {@code =} and {@code \\}. */
    private static final char TREND_LOWEST = '\u2190';
    private static final Pattern RANGE = Pattern.compile("^\\d+(?:\\.\\d+)?\\s*[-–]\\s*\\d+(?:\\.\\d+)?%?$");
    private static final Pattern TREND = Pattern.compile("[↑↓→←↗↘⬆⬇▲▼=]|\\\\(?:uparrow|downarrow|rightarrow|leftarrow)");
    private static final Pattern DATE_LIKE = Pattern.compile("^\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?$|^\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}$");

    private MetricValues() {
    }

    /**
     * The figure as printed: a bracket the figure opens is closed where it closes after the per cent sign
     * ({@code (69.2%)}), which the pattern leaves outside the match.
     */
    private static String raw(Matcher m, String text) {
        String raw = m.group().strip();
        boolean open = raw.indexOf('(') >= 0 && raw.indexOf(')') < 0;
        return open && m.end() < text.length() && text.charAt(m.end()) == ')' ? raw + ")" : raw;
    }

    /** The values in a cell; none for an empty or textual cell; the number of a number with its unit. */
    public static List<MetricValue> read(String cell) {
        String text = cell == null ? "" : cell.strip();
        Matcher quantity = QUANTITY.matcher(text);
        if (!isNumeric(text) && quantity.matches()) {
            text = quantity.group("number");
        }
        List<MetricValue> values = new ArrayList<>();
        if (text.isEmpty() || RANGE.matcher(text).matches() || DATE_LIKE.matcher(text).matches()) {
            return values;
        }
        boolean numeric = isNumeric(text);
        Matcher rag = RAG.matcher(text);
        String ragValue = (numeric || rag.matches()) && rag.reset().find() ? rag.group(1).toLowerCase(Locale.ROOT)
                : null;
        if (!numeric && ragValue == null) {
            return values;
        }
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            if (m.group("num") == null) {
                continue;
            }
            double number = Double.parseDouble(m.group("num").replace(",", ""));
            boolean negative = m.group("neg") != null && m.start("neg") >= 0 && m.group("cur") == null
                    || m.group("open") != null && m.group("close") != null && m.group("pct") == null
                    && values.isEmpty() && text.startsWith("(");
            number = negative ? -number : number;
            number *= multiplier(m.group("mult"));
            boolean money = m.group("cur") != null || m.group("cur2") != null;
            String unit = m.group("pct") != null ? "percent" : money ? "gbp"
                    : m.group("num").contains(".") ? "number" : "count";
            values.add(new MetricValue(raw(m, text), number, unit, qualifier(m.group("q")), ragValue));
        }
        if (values.isEmpty() && ragValue != null) {
            values.add(new MetricValue(text, null, null, null, ragValue));
        }
        return values;
    }

    /**
     * Whether a cell holds data of a metric table: numbers (with their signs, units and qualifiers), a RAG
     * rating, or a trend mark, and little else.
     */
    public static boolean isMetric(String cell) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return false;
        }
        return isNumeric(text) || RAG.matcher(text).matches()
                || mayHoldTrend(text) && TREND.matcher(text).replaceAll("").isBlank() || RANGE.matcher(text).matches();
    }

    /** A number with its unit ({@code 96 delayed days}, {@code 6.3FE}): a figure, though not a bare value. */
    public static boolean isQuantity(String cell) {
        return cell != null && QUANTITY.matcher(cell.strip()).matches();
    }

    private static boolean isNumeric(String text) {
        boolean digit = false;
        boolean plain = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (FIGURE_CHARACTERS.indexOf(c) < 0) {
                // no pattern takes it, so it would be left over: prose is told without running them
                return false;
            }
            boolean isDigit = c >= '0' && c <= '9';
            digit |= isDigit;
            plain &= isDigit || PLAIN_PUNCTUATION.indexOf(c) >= 0;
        }
        if (!digit || plain) {
            // digits among punctuation alone: the numbers take every digit and the punctuation is all that is left
            return digit;
        }
        String rest = NUMBER.matcher(text).replaceAll(" ");
        rest = RAG.matcher(rest).replaceAll(" ");
        rest = TREND.matcher(rest).replaceAll(" ");
        return PUNCTUATION.matcher(rest).replaceAll("").isEmpty();
    }

    /** Whether a text has a character that a trend mark opens with: an arrow or triangle, {@code =} or {@code \\}. */
    private static boolean mayHoldTrend(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' || c == '\\' || c >= TREND_LOWEST) {
                return true;
            }
        }
        return false;
    }

    private static double multiplier(String suffix) {
        if (suffix == null) {
            return 1;
        }
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "bn", "billion" -> 1e9;
            case "m", "mn", "million" -> 1e6;
            case "k", "thousand" -> 1e3;
            default -> 1;
        };
    }

    private static String qualifier(String raw) {
        if (raw == null) {
            return null;
        }
        String q = raw.strip();
        return switch (q) {
            case "<", "≤" -> "<";
            case ">", "≥" -> ">";
            default -> "~";
        };
    }
}
