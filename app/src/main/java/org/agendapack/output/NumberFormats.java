package org.agendapack.output;

/**
 * How a figure shows in the workbook, from the unit {@code MetricValues} gave it: a percentage as a percentage
 * (the cell holds the fraction, so {@code 87.5%} is 0.875 and sums as Excel expects), pounds with {@code £} and
 * thousands separators, any other number plainly (a count may be a year: {@code 2024} must not show as
 * {@code 2,024}).
 */
final class NumberFormats {

    static final String PLAIN = "General";

    private NumberFormats() {
    }

    /** The value a cell holds: a percentage as its fraction, other figures as they are. */
    static double cellValue(String unit, double value) {
        return "percent".equals(unit) ? value / 100 : value;
    }

    /** The Excel number format for a figure of this unit; whole figures show no decimals. */
    static String of(String unit, double value) {
        boolean whole = value == Math.rint(value);
        if (unit == null) {
            return PLAIN;
        }
        return switch (unit) {
            case "percent" -> whole ? "0%" : "0.0##%";
            case "gbp" -> whole ? "\"£\"#,##0" : "\"£\"#,##0.00";
            default -> PLAIN;
        };
    }
}
