package org.agendapack.segment;

/** What an agenda pack holds. */
public enum PackKind {
    /** a front-sheet agenda with the papers after it */
    FULL,
    /** a front-sheet agenda alone (blank pages aside) */
    FRONT_SHEET,
    /** papers sent after the main agenda, introduced by a dispatch letter or a supplement heading */
    SUPPLEMENT,
    /** papers with pack stamps or printed page runs, with neither front sheet nor letter */
    PAPERS
}
