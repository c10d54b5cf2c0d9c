package org.agendapack.table;

import java.util.regex.Pattern;

/**
 * Which cell texts are figures for reading a table's shape: metric values ({@link MetricValues#isMetric}) and
 * a number with a few words of unit ({@code 124 delayed days}); a year or financial year ({@code 2025-26})
 * is a label, not a figure, as it heads columns and names rows.
 */
final class Figures {

    private static final Pattern QUANTITY = Pattern.compile("^[<>~]?£?\\d[\\d,]*(?:\\.\\d+)?%?\\s+\\p{Ll}[\\p{Ll} ]{0,30}$");
    private static final Pattern YEAR = Pattern.compile(
            "^(?:FY\\s?)?(?:19|20)\\d{2}(?:\\s?[-/–]\\s?(?:19|20)?\\d{2})?$", Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    static boolean isFigure(String cell) {
        String text = cell.strip();
        return !isYear(text) && (MetricValues.isMetric(text) || QUANTITY.matcher(text).matches());
    }

    static boolean isYear(String cell) {
        return YEAR.matcher(cell.strip()).matches();
    }
}
