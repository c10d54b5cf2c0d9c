package org.agendapack.segment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.agendapack.source.Cell;
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

    /**
     * The text with a colon after its first cell when that cell is a label printed without one, as in a table
     * of {@code Date | Tuesday 4 March 2025} rows; else the plain text.
     */
    public String labelledText(Pattern label) {
        String labelled = labelled(label);
        return labelled != null ? labelled : plainText();
    }

    /** {@link #labelledText(Pattern)} for a caller that has read the line's plain text already. */
    public String labelledText(Pattern label, String plainText) {
        String labelled = labelled(label);
        return labelled != null ? labelled : plainText;
    }

    private String labelled(Pattern label) {
        List<Cell> cells = line.cells().stream().filter(cell -> !cell.isEmpty()).toList();
        if (cells.size() >= 2 && !cells.get(0).text().contains(":") && label.matcher(cells.get(0).text()).matches()) {
            return cells.get(0).text().strip() + ": " + new Line(cells.subList(1, cells.size()),
                    line.direction()).plainText();
        }
        return null;
    }

    /**
     * The lines grouped by their page, pages in the order they first come. Pages are told apart by identity:
     * a page's hash would read its whole body, once for every line.
     */
    public static List<List<PageLine>> byPage(List<PageLine> lines) {
        Map<PackPage, List<PageLine>> byPage = new IdentityHashMap<>();
        List<List<PageLine>> groups = new ArrayList<>();
        for (PageLine line : lines) {
            byPage.computeIfAbsent(line.page(), page -> {
                List<PageLine> group = new ArrayList<>();
                groups.add(group);
                return group;
            }).add(line);
        }
        return groups;
    }

    /** The physical page, or null for a text input without page breaks. */
    public Integer physicalPage() {
        return page.physical() ? page.index() : null;
    }
}
