package org.agendapack.source;

import java.util.List;

/**
 * An input read into pages.
 *
 * @param paged    false for a text input that carries no page breaks at all; its single page then has no
 *                 physical page number
 * @param warnings what was worked around while reading, such as pages left empty because they could not be read
 */
public record SourceDocument(String fileName, String sha256, SourceFormat format, boolean paged,
                             List<SourcePage> pages, List<SourceWarning> warnings) {

    public SourceDocument {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }

    public SourceDocument(String fileName, String sha256, SourceFormat format, boolean paged, List<SourcePage> pages) {
        this(fileName, sha256, format, paged, pages, List.of());
    }
}
