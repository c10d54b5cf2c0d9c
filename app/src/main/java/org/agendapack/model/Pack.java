package org.agendapack.model;

import java.util.List;

/**
 * The JSON document written for one input, schema {@value #SCHEMA}. The field order here is the order in the
 * file.
 *
 * @param kind           {@code agenda_pack}, {@code minutes} or {@code document}
 * @param packKind       for an agenda pack, what it holds: {@code full}, {@code front_sheet}, {@code supplement}
 *                       or {@code papers}; null for the other kinds
 * @param classification the evidence the kind was decided on
 */
public record Pack(String schema, SourceInfo source, String kind, String packKind, Classification classification,
                   Meeting meeting, List<AgendaItem> agendaItems,
                   List<Document> documents, List<Minutes> minutes, List<CoverSheet> coverSheets, List<Table> tables,
                   List<PageRecord> pages, List<Warning> warnings) {

    public static final String SCHEMA = "agendapack/1";

    public Pack {
        agendaItems = List.copyOf(agendaItems);
        documents = List.copyOf(documents);
        minutes = List.copyOf(minutes);
        coverSheets = List.copyOf(coverSheets);
        tables = List.copyOf(tables);
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }

    public Pack withoutPageText() {
        return new Pack(schema, source, kind, packKind, classification, meeting, agendaItems, documents, minutes,
                coverSheets, tables,
                pages.stream().map(PageRecord::withoutText).toList(), warnings);
    }
}
