package org.agendapack.segment;

/** What a document in a pack is. */
public enum DocumentKind {
    MINUTES, COVER_SHEET, REPORT, APPENDIX, BLANK, OTHER
}
