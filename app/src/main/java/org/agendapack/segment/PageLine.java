package org.agendapack.segment;

import org.agendapack.source.Line;

/** A line with the page it is on and that page's printed number. */
public record PageLine(Line line, PackPage page, Integer printedPage) {

    public String text() {
        return line.text();
    }

    /** The text as one run of words (see {@link Line#plainText()}). */
    public String plainText() {
        return line.plainText();
    }

    /** The physical page, or null for a text input without page breaks. */
    public Integer physicalPage() {
        return page.physical() ? page.index() : null;
    }
}
