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

    public Line {
        cells = List.copyOf(cells);
    }

    public static Line horizontal(List<Cell> cells) {
        return new Line(cells, 0);
    }

    public String text() {
        return cells.stream().map(Cell::text).collect(Collectors.joining("\t"));
    }

    public List<Word> words() {
        return cells.stream().flatMap(cell -> cell.words().stream()).toList();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(Cell::isEmpty);
    }

    /** The text as one run of words: cells joined by a space, white space collapsed, ends stripped. */
    public String plainText() {
        return text().replace('\t', ' ').replaceAll("\\s+", " ").strip();
    }

    /** True when every word is bold (and there is at least one). */
    public boolean bold() {
        List<Word> words = words();
        return !words.isEmpty() && words.stream().allMatch(Word::bold);
    }

    /** The union of the word boxes, or null when the line has no positions (text input). */
    public Box box() {
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (Cell cell : cells) {
            for (Word word : cell.words()) {
                Box box = word.box();
                if (box != null) {
                    left = Math.min(left, box.x());
                    top = Math.min(top, box.y());
                    right = Math.max(right, box.right());
                    bottom = Math.max(bottom, box.bottom());
                }
            }
        }
        return left == Double.POSITIVE_INFINITY ? null : new Box(left, top, right - left, bottom - top);
    }

    /** The largest font size on the line, or null when unknown (text input). */
    public Double fontSize() {
        return words().stream().map(Word::fontSize).filter(size -> size != null)
                .max(Double::compare).orElse(null);
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
