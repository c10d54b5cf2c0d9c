package org.agendapack.model;

/**
 * One document of the pack: minutes, a report cover sheet, a report, an appendix, a blank filler, or other.
 *
 * @param agendaItem the number of the agenda item it belongs to, or null
 */
public record Document(String id, String kind, String agendaItem, String title, Integer pageStart, Integer pageEnd,
                       Integer printedPageStart, Integer printedPageEnd) {
}
