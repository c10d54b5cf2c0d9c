package org.agendapack.segment;

import java.util.List;
import org.agendapack.source.Line;
import org.agendapack.source.PageSpill;
import org.agendapack.source.Ruling;

/**
 * A page with its furniture recognised and taken out of the body.
 *
 * @param index           1-based position of the page in the input
 * @param physical        true when {@code index} is a physical page (PDF, or a text input with page breaks)
 * @param stampedPrinted  the number printed in the page's {@code Page N} footer, null when there is none
 * @param agendaItemStamp the N of an {@code Agenda Item N} stamp on the page, null when there is none
 * @param banner          whether the page carries the {@code Public Document Pack} banner
 * @param blank           whether the page is a {@code This page is intentionally left blank} filler
 * @param body            the lines that remain once the furniture is gone
 * @param rulings         the page's ruled lines (PDF only)
 */
public record PackPage(int index, boolean physical, Double width, Double height, int rotation,
                       Integer stampedPrinted, String agendaItemStamp, boolean banner, boolean blank,
                       List<Line> body, List<Ruling> rulings) {

    public PackPage {
        body = PageSpill.held(body);
        rulings = PageSpill.held(rulings);
    }

    /** The page with its body and rulings kept in the spill, which may hold them on disk until they are read. */
    public PackPage keptIn(PageSpill spill) {
        PageSpill.Kept kept = spill.keep(body, rulings);
        return new PackPage(index, physical, width, height, rotation, stampedPrinted, agendaItemStamp, banner, blank,
                kept.lines(), kept.rulings());
    }

    /**
     * Whether a printed number runs ahead of this page's position, as in papers cut from a larger pack. Only a
     * PDF page tells: a text page may hold several printed pages.
     */
    public boolean numberedAhead(Integer number) {
        return number != null && width != null && number > index;
    }

    /** The body as text: lines separated by newlines, cells by TABs. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Line line : body) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line.text());
        }
        return text.toString();
    }
}
