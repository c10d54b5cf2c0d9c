package org.agendapack.model;

import java.util.List;

/**
 * The JSON document written for one input, schema {@value #SCHEMA}. The field order here is the order in the
 * file.
 *
 * @param kind {@code agenda_pack}, {@code minutes} or {@code document}
 */
public record Pack(String schema, SourceInfo source, String kind, Meeting meeting, List<AgendaItem> agendaItems,
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
        return new Pack(schema, source, kind, meeting, agendaItems, documents, minutes, coverSheets, tables,
                pages.stream().map(PageRecord::withoutText).toList(), warnings);
    }
}
