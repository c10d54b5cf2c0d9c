package org.agendapack.source;

import java.util.List;

/**
 * An input as read, but for its pages: what it is, and what was worked around while reading it.
 *
 * @param paged     false for a text input that carries no page breaks at all; its single page then has no
 *                  physical page number
 * @param warnings  what was worked around while reading, such as pages left empty because they could not be read
 * @param encoding  the encoding a text input was read in ({@code utf-8}, {@code windows-1252}, ...); null for a PDF
 */
public record SourceHead(String fileName, String sha256, SourceFormat format, boolean paged,
                         List<SourceWarning> warnings, String encoding) {

    public SourceHead {
        warnings = List.copyOf(warnings);
    }
}
