package org.agendapack.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates and times that councils print, in any of their usual forms. */
public final class Dates {

    private static final String MONTH_NAMES =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
                    + "|nov(?:ember)?|dec(?:ember)?";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    /** {@code 25th September, 2018}, {@code 25 th Sept 2018}, {@code 1st of May 2017}. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*(?:day\\s+)?(?:of\\s+)?(" + MONTH_NAMES + ")\\.?,?\\s+(\\d{4})\\b");
    /** {@code September 25th, 2018}. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b(" + MONTH_NAMES + ")\\.?\\s+(\\d{1,2})\\s*(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    /** {@code 24.10.2017}, {@code 24/10/17}: day first, as in the UK. */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})(?![\\d.])");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    /** {@code 2.00 pm}, {@code 10.30am}, {@code 2pm}, {@code 2:00 p.m.}. */
    private static final Pattern TWELVE_HOUR =
            Pattern.compile("(?i)\\b(\\d{1,2})(?:[.:](\\d{2}))?\\s*([ap])\\.?\\s*m\\b\\.?");
    private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("\\b([01]?\\d|2[0-3])[:.]([0-5]\\d)\\s*(?:hrs|hours|h)?\\b");
    private static final Pattern NOON = Pattern.compile("(?i)\\b(?:noon|midday|mid-day)\\b");

    private Dates() {
    }

    /** The first date in the text. */
    public static Optional<LocalDate> findDate(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = ISO.matcher(text);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
            return date(year, Integer.parseInt(m.group(2)), m.group(1));
        }
        return Optional.empty();
    }

    /** The first time of day in the text, on a 24-hour clock. */
    public static Optional<LocalTime> findTime(String text) {
        Matcher m = TWELVE_HOUR.matcher(text);
        if (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hour < 1 || hour > 12 || minute > 59) {
                return Optional.empty();
            }
            boolean pm = m.group(3).equalsIgnoreCase("p");
            return Optional.of(LocalTime.of(hour % 12 + (pm ? 12 : 0), minute));
        }
        if (NOON.matcher(text).find()) {
            return Optional.of(LocalTime.NOON);
        }
        m = TWENTY_FOUR_HOUR.matcher(text);
        if (m.find()) {
            return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
