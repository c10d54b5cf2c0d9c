package org.agendapack.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.agendapack.source.Line;

/**
 * The front matter of an input: the lines before the first paper. The papers start on the first page that
 * carries an {@code Agenda Item} stamp or a printed page number, or at the first minutes header, whichever
 * comes first; for a text conversion with no page breaks the minutes header is often the only sign. The
 * council's name printed above that first minutes header (as in {@code CHESHIRE EAST COUNCIL}) belongs to
 * the front matter too, so that a pack and its text conversion agree.
 */
public final class FrontSheet {

    /** The opening of a set of minutes: {@code Minutes of a meeting of ...}, {@code MINUTES of the ...}. */
    public static final Pattern MINUTES_HEADER =
            Pattern.compile("(?i)^\\s*minutes\\s+of\\s+(?:an?\\s+|the\\s+)?(?:\\w+\\s+)?(?:meeting|proceedings)\\b.*");

    /** How many lines a paper's heading above its minutes header may have (a council's name, a logo). */
    private static final int MINUTES_HEADING_LINES = 2;
    /** How much of the opening of printed minutes is searched for their header. */
    private static final int OPENING_LINES = 40;

    private FrontSheet() {
    }

    /** One line of the front sheet with the page it is on. */
    public record FrontLine(Line line, PackPage page, Integer printedPage) {
        public String text() {
            return line.text();
        }
    }

    public static List<FrontLine> lines(List<PackPage> pages, List<PrintedPage> printed) {
        List<FrontLine> lines = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            PackPage page = pages.get(i);
            boolean firstPaper = i > 0 && (page.agendaItemStamp() != null || printed.get(i).number() != null);
            if (page.blank()) {
                continue;
            }
            List<FrontLine> pageLines = new ArrayList<>();
            for (Line line : page.body()) {
                if (MINUTES_HEADER.matcher(line.text()).matches()) {
                    lines.addAll(firstPaper && pageLines.size() > MINUTES_HEADING_LINES ? List.of() : pageLines);
                    return lines;
                }
                pageLines.add(new FrontLine(line, page, printed.get(i).number()));
            }
            if (firstPaper) {
                return lines;
            }
            lines.addAll(pageLines);
        }
        return lines;
    }

    /** The first lines of the input, whatever they are: where a set of printed minutes has its header. */
    public static List<FrontLine> opening(List<PackPage> pages, List<PrintedPage> printed) {
        List<FrontLine> lines = new ArrayList<>();
        for (int i = 0; i < pages.size() && lines.size() < OPENING_LINES; i++) {
            for (Line line : pages.get(i).body()) {
                lines.add(new FrontLine(line, pages.get(i), printed.get(i).number()));
            }
        }
        return lines.subList(0, Math.min(lines.size(), OPENING_LINES));
    }
}
