package org.agendapack.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a memory size in bytes as people write it: {@code 512m}, {@code 2g}, {@code 1.5g}. */
final class Sizes implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,3})?)\\s?([kmg])b?");
    /** Below this a JVM cannot even start. */
    private static final long SMALLEST = 32L << 20;

    @Override
    public Long convert(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("a size such as 512m or 2g is needed, not " + text);
        }
        int shift = switch (m.group(2)) {
            case "k" -> 10;
            case "m" -> 20;
            default -> 30;
        };
        long bytes = Math.round(Double.parseDouble(m.group(1)) * (1L << shift));
        if (bytes < SMALLEST) {
            throw new TypeConversionException("at least 32m is needed, not " + text);
        }
        return bytes;
    }

    /** A size as people write it: whole megabytes below a gigabyte, else gigabytes to one decimal. */
    static String shown(long bytes) {
        return bytes < 1L << 30 ? (bytes >> 20) + "m"
                : String.format(Locale.ROOT, "%.1fg", bytes / (double) (1L << 30)).replace(".0g", "g");
    }
}
