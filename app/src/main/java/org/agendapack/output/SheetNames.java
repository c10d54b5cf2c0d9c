package org.agendapack.output;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of a workbook's sheets as Excel allows them: at most 31 characters, none of {@code []:*?/\}, not
 * starting or ending with an apostrophe, not {@code History} (Excel keeps it), and unique without regard to case
 * (a name taken gets {@code (2)}, {@code (3)}, ... in place of its last characters).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\[\\]:*?/\\\\\\p{Cntrl}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String RESERVED = "history";

    private final Set<String> taken = new HashSet<>();

    /** A valid name not yet given, as close to the wanted one as the rules allow; it is then taken. */
    String unique(String wanted) {
        String base = valid(wanted);
        String name = base;
        for (int n = 2; isTaken(name); n++) {
            String suffix = " (" + n + ")";
            name = trimEnd(cut(base, MAX_LENGTH - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private boolean isTaken(String name) {
        return taken.contains(name.toLowerCase(Locale.ROOT)) || name.equalsIgnoreCase(RESERVED);
    }

    /** The wanted name with forbidden characters made dashes, spaces run together and cut to length. */
    static String valid(String wanted) {
        String name = SPACES.matcher(FORBIDDEN.matcher(wanted).replaceAll("-")).replaceAll(" ").strip();
        name = trimEnd(cut(stripApostrophes(name), MAX_LENGTH));
        name = stripApostrophes(name);
        return name.isEmpty() ? "sheet" : name;
    }

    private static String stripApostrophes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '\'') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '\'') {
            end--;
        }
        return name.substring(start, end).strip();
    }

    /** The first characters of a name, never splitting a character that takes two UTF-16 units. */
    private static String cut(String name, int length) {
        if (name.length() <= length) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(length - 1)) ? length - 1 : length;
        return name.substring(0, end);
    }

    private static String trimEnd(String name) {
        return name.stripTrailing();
    }
}
