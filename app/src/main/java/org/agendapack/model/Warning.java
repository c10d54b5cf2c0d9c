package org.agendapack.model;

import java.util.Set;

/** Something the user should check: a stable {@code code}, a sentence, and the physical page if any. */
public record Warning(String code, String message, Integer page) {

    /** The codes that say the input as a whole was not understood, so that a person should look at it. */
    public static final Set<String> NOT_UNDERSTOOD_CODES = Set.of("NOT_UNDERSTOOD", "NO_AGENDA_ITEMS",
            "MEETING_DATE_MISSING");
}
