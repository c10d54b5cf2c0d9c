package org.agendapack.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.source.Line;

/**
 * The front matter of an input: the lines before the first paper. The papers start on the first page that
 * carries an {@code Agenda Item} stamp or a printed page number, or at the first minutes header, whichever
 * comes first; for a text conversion with no page breaks the minutes header is often the only sign. The
 * council's name printed above that first minutes header (as in {@code BORSETSHIRE COUNCIL}) belongs to
 * the front matter too, so that a pack and its text conversion agree.
 */
public final class FrontSheet {

    /** The opening of a set of minutes: {@code Minutes of a meeting of ...}, {@code MINUTES of the ...}. */
    public static final Pattern MINUTES_HEADER =
            Wording.opening(Wording.MINUTES_HEADERS);

    /** How many lines a paper's heading above its minutes header may have (a council's name, a logo). */
    private static final int MINUTES_HEADING_LINES = 2;
    /** How much of the opening of printed minutes is searched for their header. */
    private static final int OPENING_LINES = 40;

    private FrontSheet() {
    }

    /**
     * The front sheet's lines and where the papers begin.
     *
     * @param paperPage the position in the page list of the page where the papers begin (the list's size
     *                  when there are none)
     * @param paperLine the body line on that page where they begin (0 unless a text page holds both)
     */
    public record Split(List<PageLine> lines, int paperPage, int paperLine) {
        public Split {
            lines = List.copyOf(lines);
        }
    }

    public static Split split(List<PackPage> pages, List<PrintedPage> printed) {
        List<PageLine> lines = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PackPage page = pages.get(i);
            // an Agenda Item stamp marks a paper even on the first page; a page number there may be the agenda's
            // own, unless it runs ahead of the page (papers cut from a pack)
            Integer number = printed.get(i).number();
            boolean firstPaper = page.agendaItemStamp() != null || i > 0 && number != null || page.numberedAhead(number);
            if (page.blank()) {
                if (firstPaper) {
                    return new Split(lines, i, 0);
                }
                continue;
            }
            List<PageLine> pageLines = new ArrayList<>();
            for (int j = 0; j < page.body().size(); j++) {
                Line line = page.body().get(j);
                if (MINUTES_HEADER.matcher(line.plainText()).matches()) {
                    lines.addAll(firstPaper && pageLines.size() > MINUTES_HEADING_LINES ? List.of() : pageLines);
                    return firstPaper ? new Split(lines, i, 0) : new Split(lines, i, j);
                }
                pageLines.add(new PageLine(line, page, printed.get(i).number()));
            }
            if (firstPaper) {
                return new Split(lines, i, 0);
            }
            lines.addAll(pageLines);
        }
        return new Split(lines, pages.size(), 0);
    }

    /** The first lines of the input, whatever they are: where a set of printed minutes has its header. */
    public static List<PageLine> opening(List<PackPage> pages, List<PrintedPage> printed) {
        List<PageLine> lines = new ArrayList<>();
        for (int i = 0; i < pages.size() && lines.size() < OPENING_LINES; i++) {
            for (Line line : pages.get(i).body()) {
                lines.add(new PageLine(line, pages.get(i), printed.get(i).number()));
            }
        }
        return lines.subList(0, Math.min(lines.size(), OPENING_LINES));
    }
}
