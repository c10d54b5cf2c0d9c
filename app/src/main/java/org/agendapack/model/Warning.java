package org.agendapack.model;

/** Something the user should check: a stable {@code code}, a sentence, and the physical page if any. */
public record Warning(String code, String message, Integer page) {
}
