package org.agendapack.segment;

import java.util.List;

/**
 * One item of a front-sheet agenda.
 *
 * @param number        as printed ({@code 5}, {@code 5a}, {@code 5.1}); for items printed without a number
 *                      before the first numbered one, the number their position gives
 * @param numberPrinted false when the number was not printed but follows from the items' order
 * @param part          1 for public business, 2 for exempt or confidential business
 * @param pageStart     first printed page of the item's papers as the agenda gives it, or null
 * @param pageEnd       last printed page, or null
 * @param verbal        the item has no papers (a verbal or oral update)
 * @param notes         lines under the item that are not its title or description ({@code To follow})
 * @param agendaPage    the physical page of the front sheet where the item stands (null for unpaged text)
 */
public record AgendaEntry(String number, boolean numberPrinted, String title, String description, int part,
                          Integer pageStart, Integer pageEnd, Contact contact, boolean verbal, boolean withdrawn,
                          boolean toFollow, List<String> notes, Integer agendaPage, Integer agendaPrintedPage) {

    public AgendaEntry {
        notes = List.copyOf(notes);
    }

    /** Who to ask about the item, as the agenda prints it. */
    public record Contact(String name, String phone, String email) {
    }

    /** Whether a printed page falls in the item's range. */
    public boolean covers(Integer printedPage) {
        return printedPage != null && pageStart != null && printedPage >= pageStart
                && printedPage <= (pageEnd == null ? pageStart : pageEnd);
    }

    /** Whether the agenda says papers come with the item. */
    public boolean expectsPapers() {
        return pageStart != null && !verbal && !withdrawn;
    }
}
