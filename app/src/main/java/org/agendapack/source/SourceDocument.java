package org.agendapack.source;

import java.util.List;

/**
 * An input read into pages.
 *
 * @param paged    false for a text input that carries no page breaks at all; its single page then has no
 *                 physical page number
 * @param warnings what was worked around while reading, such as pages left empty because they could not be read
 * @param encoding the encoding a text input was read in ({@code utf-8}, {@code windows-1252}, ...); null for a PDF
 */
public record SourceDocument(String fileName, String sha256, SourceFormat format, boolean paged,
                             List<SourcePage> pages, List<SourceWarning> warnings, String encoding) {

    public SourceDocument {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }

    public SourceDocument(SourceHead head, List<SourcePage> pages) {
        this(head.fileName(), head.sha256(), head.format(), head.paged(), pages, head.warnings(), head.encoding());
    }

    public SourceDocument(String fileName, String sha256, SourceFormat format, boolean paged, List<SourcePage> pages,
                          List<SourceWarning> warnings) {
        this(fileName, sha256, format, paged, pages, warnings, null);
    }

    public SourceDocument(String fileName, String sha256, SourceFormat format, boolean paged, List<SourcePage> pages) {
        this(fileName, sha256, format, paged, pages, List.of());
    }

    /** The document but for its pages. */
    public SourceHead head() {
        return new SourceHead(fileName, sha256, format, paged, warnings, encoding);
    }
}
