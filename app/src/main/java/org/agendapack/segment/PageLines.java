package org.agendapack.segment;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.agendapack.source.Line;

/**
 * The lines of a run of pages as one list, made when looked at: a document's or an input's lines are then not
 * held apart from their pages, which may keep them on disk ({@link org.agendapack.source.PageSpill}). A caller
 * that reads the lines again and again takes a copy.
 */
public final class PageLines extends AbstractList<PageLine> implements RandomAccess {

    /** Lines of one page (all of its body, or a part), with the page and its printed number. */
    public record Part(PackPage page, Integer printedPage, List<Line> lines) {
    }

    private final List<Part> parts;
    /** Where each part starts in the whole; one more entry for the end. */
    private final int[] starts;

    private PageLines(List<Part> parts) {
        this.parts = List.copyOf(parts);
        starts = new int[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            starts[i + 1] = starts[i] + parts.get(i).lines().size();
        }
    }

    public static PageLines of(List<Part> parts) {
        return new PageLines(parts);
    }

    /** Every line of the pages' bodies, each page with its printed number. */
    public static PageLines of(List<PackPage> pages, List<PrintedPage> printed) {
        List<Part> parts = new ArrayList<>(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            parts.add(new Part(pages.get(i), printed.get(i).number(), pages.get(i).body()));
        }
        return new PageLines(parts);
    }

    /** The list as it is when it is a view of pages, else an unmodifiable copy. */
    static List<PageLine> held(List<PageLine> lines) {
        return lines instanceof PageLines ? lines : List.copyOf(lines);
    }

    @Override
    public PageLine get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        int found = Arrays.binarySearch(starts, index);
        // a hit may be the start of an empty part: the line is in the last part that starts there
        int part = found >= 0 ? lastStartingAt(found) : -found - 2;
        Part holding = parts.get(part);
        return new PageLine(holding.lines().get(index - starts[part]), holding.page(), holding.printedPage());
    }

    private int lastStartingAt(int at) {
        int part = at;
        while (part + 1 < parts.size() && starts[part + 1] == starts[at]) {
            part++;
        }
        return part;
    }

    @Override
    public int size() {
        return starts[starts.length - 1];
    }
}
