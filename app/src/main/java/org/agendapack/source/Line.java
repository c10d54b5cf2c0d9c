package org.agendapack.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A line of text in reading order: cells of words, joined by TAB in {@link #text()}.
 *
 * @param direction the direction the text runs in, in degrees counter-clockwise from left-to-right
 *                  (0, 90, 180 or 270); rotated stamps on landscape pages are 270
 */
public record Line(List<Cell> cells, int direction) {

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    public Line {
        cells = List.copyOf(cells);
    }

    public static Line horizontal(List<Cell> cells) {
        return new Line(cells, 0);
    }

    /** Made when asked for, from the cells' texts, so that a line's text is held once. */
    public String text() {
        return cells.size() == 1 ? cells.get(0).text()
                : cells.stream().map(Cell::text).collect(Collectors.joining("\t"));
    }

    public List<Word> words() {
        return cells.stream().flatMap(cell -> cell.words().stream()).toList();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isEmpty);
    }

    /** The text as one run of words: cells joined by a space, white space collapsed, ends stripped. */
    public String plainText() {
        return WHITE_SPACE.matcher(text().replace('\t', ' ')).replaceAll(" ").strip();
    }

    /** True when every word is bold (and there is at least one). */
    public boolean bold() {
        return !isBlank() && cells.stream().allMatch(Cell::allBold);
    }

    /** The union of the word boxes, or null when the line has no positions (text input). */
    public Box box() {
        double[] extent = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        cells.forEach(cell -> cell.extend(extent));
        return extent[0] == Double.POSITIVE_INFINITY ? null
                : new Box(extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1]);
    }

    /** The largest font size on the line, or null when unknown (text input). */
    public Double fontSize() {
        double largest = Double.NaN;
        for (Cell cell : cells) {
            largest = Cell.larger(largest, cell.largestFontSize());
        }
        return Double.isNaN(largest) ? null : largest;
    }

    /** The lines without the blank lines at either end. */
    public static List<Line> trimBlankLines(List<Line> lines) {
        int start = 0;
        int end = lines.size();
        while (start < end && lines.get(start).isBlank()) {
            start++;
        }
        while (end > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        return List.copyOf(lines.subList(start, end));
    }
}
