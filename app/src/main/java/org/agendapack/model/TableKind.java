package org.agendapack.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a table holds: figures to analyse ({@code metric}) or anything else ({@code other}). */
public enum TableKind {
    /** Most value cells are figures: counts, percentages, money, rates, scores or ratings. */
    METRIC,
    /** Action plans, risk logs, forms, contents lists and narrative tables. */
    OTHER;

    /** The name written in the JSON: {@code metric} or {@code other}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
