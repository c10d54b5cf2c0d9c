package org.agendapack.segment;

/** What an input is, which decides what is parsed from it. */
public enum InputKind {
    /** a front-sheet agenda: a whole pack, a front sheet alone, or a supplement */
    AGENDA_PACK,
    /** a set of printed minutes published on its own */
    MINUTES,
    /** anything else, such as a report or plan on its own */
    DOCUMENT
}
