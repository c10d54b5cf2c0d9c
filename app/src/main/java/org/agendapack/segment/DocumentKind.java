package org.agendapack.segment;

/**
 * What a document in a pack is: the pack's own front matter (an agenda front sheet, or the letter that sends a
 * supplement), or one of its papers.
 */
public enum DocumentKind {
    FRONT_SHEET, LETTER, MINUTES, COVER_SHEET, REPORT, APPENDIX, BLANK, OTHER;

    /** Whether the document is one of the pack's papers (not its front matter, not a blank filler). */
    public boolean isPaper() {
        return this != FRONT_SHEET && this != LETTER && this != BLANK;
    }
}
