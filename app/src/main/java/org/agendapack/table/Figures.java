package org.agendapack.table;

import java.util.regex.Pattern;

/**
 * Which cell texts are figures for reading a table's shape: metric values ({@link MetricValues#isMetric}) and
 * a number with its unit ({@code 124 delayed days}); a year or financial year ({@code 2025-26})
 * is a label, not a figure, as it heads columns and names rows, and a date or a money unit ({@code £000s}) is neither.
 */
final class Figures {

    /**
     * A number with its unit: letters set close ({@code 6.3FE}) and at most five words after it that open in
     * lower case or with a number ({@code 124 delayed days}, {@code 5FE 10 Year R places}); a section number
     * before a title ({@code 1.1 Introduction}) is not one.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "^[<>~]?£?\\d[\\d,]*(?:\\.\\d+)?(?:%|\\p{L}{1,4})?(?:\\s+[\\p{Ll}\\d]\\S*(?:\\s+\\S+){0,4})?$");
    /** A unit heading a money column: {@code £000s}, {@code £000's}, {@code £m}. */
    private static final Pattern MONEY_UNIT = Pattern.compile("(?i)^£\\s?(?:0{3}(?:'?s)?|m|k|bn)$");
    private static final Pattern DATE = Pattern.compile("^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}$");
    private static final Pattern YEAR = Pattern.compile(
            "^(?:FY\\s?)?(?:19|20)\\d{2}(?:\\s?[-/–]\\s?(?:19|20)?\\d{2})?$", Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    static boolean isFigure(String cell) {
        String text = cell.strip();
        return !isYear(text) && !DATE.matcher(text).matches() && !MONEY_UNIT.matcher(text).matches()
                && (MetricValues.isMetric(text) || QUANTITY.matcher(text).matches());
    }

    static boolean isYear(String cell) {
        return YEAR.matcher(cell.strip()).matches();
    }
}
