package org.agendapack.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of the input.
 *
 * @param page                physical page (1-based); null for a text input without page breaks
 * @param printedPage         the printed page number, null when unknown
 * @param printedPageOrigin   {@code footer}, {@code inferred} (no footer; from the neighbours' numbering),
 *                            {@code corrected} (the footer disagreed with the numbering around it) or null
 * @param kind                {@code content} or {@code blank}
 * @param agendaItemStamp     the N of the page's {@code Agenda Item N} stamp, or null
 * @param width               displayed width in PDF points (PDF only)
 * @param height              displayed height in PDF points (PDF only)
 * @param rotation            the page's rotation in degrees (PDF only)
 * @param text                the body text with the furniture removed; left out with {@code --no-text}
 */
public record PageRecord(Integer page, Integer printedPage, String printedPageOrigin, String kind,
                         String agendaItemStamp, boolean publicDocumentPack, Double width, Double height,
                         Integer rotation, @JsonInclude(JsonInclude.Include.NON_NULL) String text) {

    public PageRecord withoutText() {
        return new PageRecord(page, printedPage, printedPageOrigin, kind, agendaItemStamp, publicDocumentPack,
                width, height, rotation, null);
    }
}
