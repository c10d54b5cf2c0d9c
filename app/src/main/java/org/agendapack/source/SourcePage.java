package org.agendapack.source;

import java.util.List;

/**
 * One page as read: its lines in reading order, furniture included.
 *
 * @param index    1-based position of the page in the input
 * @param width    displayed width in PDF points, null for text input
 * @param height   displayed height in PDF points, null for text input
 * @param rotation the page's /Rotate value in degrees (0 for text input)
 * @param rulings  the page's ruled lines (PDF only; none for text input)
 */
public record SourcePage(int index, Double width, Double height, int rotation, List<Line> lines,
                         List<Ruling> rulings) {

    public SourcePage {
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
    }

    public static SourcePage text(int index, List<Line> lines) {
        return new SourcePage(index, null, null, 0, lines, List.of());
    }
}
