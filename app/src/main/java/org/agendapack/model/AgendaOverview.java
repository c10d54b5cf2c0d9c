package org.agendapack.model;

import java.util.List;

/**
 * An agenda item with its documents, for a quick look at a pack ({@code agendapack items}).
 *
 * @param pageStart the printed range the agenda gives, or null
 */
public record AgendaOverview(String number, String title, int part, Integer pageStart, Integer pageEnd,
                             boolean verbal, List<Document> documents) {

    public AgendaOverview {
        documents = List.copyOf(documents);
    }

    public static List<AgendaOverview> of(Pack pack) {
        return pack.agendaItems().stream().map(item -> new AgendaOverview(item.number(), item.title(), item.part(),
                item.pageStart(), item.pageEnd(), item.verbal(),
                pack.documents().stream().filter(document -> item.documents().contains(document.id())).toList()))
                .toList();
    }
}
