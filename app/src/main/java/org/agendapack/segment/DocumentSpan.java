package org.agendapack.segment;

import java.util.List;

/**
 * One document of a pack: a run of pages (or, in a text conversion, of lines) with one kind and one agenda
 * item.
 *
 * @param id          {@code d1}, {@code d2}, ... in pack order
 * @param agendaItem  the number of the agenda item the document belongs to, or null when none could be found
 * @param pageStart   first physical page, null for unpaged text
 * @param printedPageStart first printed page, null when unknown
 * @param header      the header the document opens with, or null
 * @param lines       the document's lines, for the parsers of minutes, cover sheets and tables: a view of its
 *                    pages, made when looked at
 */
public record DocumentSpan(String id, DocumentKind kind, String agendaItem, String title, Integer pageStart,
                           Integer pageEnd, Integer printedPageStart, Integer printedPageEnd, DocumentHeader header,
                           List<PageLine> lines) {

    public DocumentSpan {
        lines = PageLines.held(lines);
    }
}
