package org.agendapack.source;

import java.util.List;

/**
 * An input read into pages.
 *
 * @param paged false for a text input that carries no page breaks at all; its single page then has no
 *              physical page number
 */
public record SourceDocument(String fileName, String sha256, SourceFormat format, boolean paged,
                             List<SourcePage> pages) {

    public SourceDocument {
        pages = List.copyOf(pages);
    }
}
