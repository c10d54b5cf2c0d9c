package org.agendapack.table;

import java.util.List;
import org.agendapack.source.Line;
import org.agendapack.source.PageSpill;
import org.agendapack.source.Ruling;
import org.agendapack.source.SourcePage;

/**
 * A page as the table engine reads it: its lines and rulings, whatever furniture the caller has already taken
 * out, and the numbers a table found on it is known by.
 *
 * @param physical the page's position in the input (1-based), or null for a text input without page breaks
 * @param printed  the number printed on the page, or null
 * @param width    the displayed width in PDF points, null for text input (no positions)
 * @param lines    the lines in reading order (held as given when they are a view of a page kept on disk)
 * @param rulings  the ruled lines (PDF only)
 */
public record TablePage(Integer physical, Integer printed, Double width, Double height, List<Line> lines,
                        List<Ruling> rulings) {

    public TablePage {
        lines = PageSpill.held(lines);
        rulings = PageSpill.held(rulings);
    }

    /** A source page as read, furniture and all. */
    public static TablePage of(SourcePage page, boolean paged) {
        return new TablePage(paged ? page.index() : null, null, page.width(), page.height(), page.lines(),
                page.rulings());
    }

    /** Whether the page has positions: a PDF page rather than a page of a text conversion. */
    public boolean positioned() {
        return width != null;
    }
}
