package org.agendapack.batch;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a run writes: each input's JSON, the run's CSV files, its workbook, its database. */
public enum OutputFormat {
    JSON, CSV, XLSX, SQLITE;

    /** The format a name stands for, whatever its case; an unknown name is an {@link IllegalArgumentException}. */
    public static OutputFormat named(String name) {
        for (OutputFormat format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name.strip() + "': the formats are " + names());
    }

    /** The formats' names as typed: {@code json, csv, xlsx, sqlite}. */
    public static String names() {
        return Arrays.stream(values()).map(OutputFormat::typed).collect(Collectors.joining(", "));
    }

    public String typed() {
        return name().toLowerCase(Locale.ROOT);
    }
}
