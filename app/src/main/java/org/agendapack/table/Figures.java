package org.agendapack.table;

import java.util.regex.Pattern;

/**
 * Which cell texts are figures for reading a table's shape: metric values ({@link MetricValues#isMetric}) and
 * numbers with their units ({@code 96 delayed days}). A year or financial year ({@code 2025-26}) is a label,
 * not a figure, as it heads columns and names rows; a date or a money unit ({@code £000s}) is neither.
 */
final class Figures {

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
                && (MetricValues.isMetric(text) || MetricValues.isQuantity(text));
    }

    static boolean isYear(String cell) {
        return YEAR.matcher(cell.strip()).matches();
    }
}
