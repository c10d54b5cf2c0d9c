package org.agendapack.segment;

import java.util.List;

/** Small facts about the shape of printed text, shared by the parsers. */
public final class TextShape {

    private TextShape() {
    }

    /** Whether a text is set in capitals, as headings often are: nearly all its letters (and a few) upper case. */
    public static boolean isCapitals(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 3 && upper * 100 >= letters * 80;
    }

    /** The first of some page numbers, or null when there are none. */
    public static Integer first(List<Integer> pages) {
        return pages.isEmpty() ? null : pages.get(0);
    }

    /** The last of some page numbers, or null when there are none. */
    public static Integer last(List<Integer> pages) {
        return pages.isEmpty() ? null : pages.get(pages.size() - 1);
    }
}
