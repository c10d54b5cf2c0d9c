package org.agendapack.source;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * The pages of an input to read: all of them, or a set of 1-based page numbers. A PDF is read page by page, so
 * pages not asked for cost nothing.
 */
public record PageSelection(SortedSet<Integer> pages) {

    public static final PageSelection ALL = new PageSelection(null);

    public PageSelection {
        pages = pages == null ? null : new TreeSet<>(pages);
    }

    public static PageSelection of(Collection<Integer> pages) {
        return new PageSelection(new TreeSet<>(pages));
    }

    public boolean includes(int page) {
        return pages == null || pages.contains(page);
    }

    int first() {
        return pages == null ? 1 : pages.first();
    }

    int last(int count) {
        return pages == null ? count : pages.last();
    }

    /** The pages of the input that are asked for, in order. */
    <T> List<T> of(List<T> all, ToIntFunction<T> index) {
        return all.stream().filter(page -> includes(index.applyAsInt(page))).toList();
    }

    /** Refuses a selection that names a page past the end of an input of {@code count} pages. */
    void check(int count) throws PageOutOfRangeException {
        if (pages != null && pages.last() > count) {
            throw new PageOutOfRangeException(pages.last(), count);
        }
    }
}
