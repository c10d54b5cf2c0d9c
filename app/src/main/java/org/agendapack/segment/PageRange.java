package org.agendapack.segment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed page range as agendas give it: {@code (Pages 9 - 12)}, {@code (Page 5)}, or in a page column
 * {@code 13 - 46}, {@code 13-46}, {@code 207}.
 *
 * @param text what remains of the text once the range is taken out
 */
record PageRange(int start, int end, String text) {

    private static final Pattern PARENTHESISED = Pattern.compile("(?i)\\(\\s*" + Wording.TRANSLATION
            + Wording.alternation(Wording.PAGE_WORDS) + "\\s+(\\d{1,4})(?:\\s*(?:[-–—]|to)\\s*(\\d{1,4}))?\\s*\\)");
    private static final Pattern BARE = Pattern.compile("(?i)^\\(?\\s*(?:" + Wording.TRANSLATION
            + Wording.alternation(Wording.PAGE_WORDS) + "\\s+)?(\\d{1,4})(?:\\s*[-–—]\\s*(\\d{1,4}))?\\s*\\)?$");
    private static final Pattern TRAILING = Pattern.compile("\\s(\\d{1,4})\\s*[-–—]\\s*(\\d{1,4})\\s*$");

    /** A range in parentheses anywhere in the text. */
    static Optional<PageRange> parenthesised(String text) {
        Matcher m = PARENTHESISED.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).strip();
        return of(m.group(1), m.group(2), rest);
    }

    /** A range that is the whole text, as in a page column or on a line of its own. */
    static Optional<PageRange> bare(String text) {
        Matcher m = BARE.matcher(text.strip());
        return m.matches() ? of(m.group(1), m.group(2), "") : Optional.empty();
    }

    /** A range of two numbers at the end of the text, where a page column was run into the title. */
    static Optional<PageRange> trailing(String text) {
        Matcher m = TRAILING.matcher(text);
        return m.find() ? of(m.group(1), m.group(2), text.substring(0, m.start()).strip()) : Optional.empty();
    }

    private static Optional<PageRange> of(String first, String last, String rest) {
        int start = Integer.parseInt(first);
        int end = last == null ? start : Integer.parseInt(last);
        // two years ("2013-2014") are part of a title, not pages
        boolean years = start >= 1900 && start <= 2100 && end >= 1900 && end <= 2100;
        if (start < 1 || end < start || years) {
            return Optional.empty();
        }
        return Optional.of(new PageRange(start, end, rest));
    }
}
