package org.agendapack.model;

import java.util.List;

/**
 * One item of the agenda.
 *
 * @param number            as printed ({@code 5}, {@code 5a}, {@code 5.1})
 * @param numberPrinted     false for an item printed without a number, whose number follows from its place
 * @param part              1 (public) or 2 (exempt or confidential)
 * @param pageStart         first printed page of the item's papers as the agenda gives it, or null
 * @param pageEnd           last printed page as the agenda gives it, or null
 * @param verbal            no papers: a verbal or oral item
 * @param toFollow          the papers are to follow
 * @param documents         ids of the item's documents, in pack order
 * @param agendaPage        the physical page of the front sheet where the item stands
 * @param agendaPrintedPage that page's printed number, if it has one
 */
public record AgendaItem(String number, boolean numberPrinted, String title, String description, int part,
                         Integer pageStart, Integer pageEnd, Contact contact, boolean verbal, boolean withdrawn,
                         boolean toFollow, List<String> notes, List<String> documents, Integer agendaPage,
                         Integer agendaPrintedPage) {

    public AgendaItem {
        notes = List.copyOf(notes);
        documents = List.copyOf(documents);
    }

    /** The item's contact as printed under it. */
    public record Contact(String name, String phone, String email) {
    }
}
