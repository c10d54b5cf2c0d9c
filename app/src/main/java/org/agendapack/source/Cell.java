package org.agendapack.source;

import java.util.Arrays;
import java.util.List;

/**
 * A run of words on a line, separated from its neighbours by a wide gap (PDF) or a TAB (text input).
 * A text-input cell may be empty, which keeps the columns of a TAB-separated row aligned.
 * <p>
 * A pack holds every cell of every page until it is written, so a cell keeps its words packed rather than as
 * objects: their text once, joined by spaces (which is the cell's text), and their measures in one float
 * array. {@link #words()} makes the words when asked for.
 */
public final class Cell {

    /** The words joined by single spaces. */
    private final String text;
    private final int size;
    /**
     * Where each word ends in {@link #text}, each next word starting one past the previous end; null when the
     * words are exactly the text's space-separated pieces (no word empty or holding a space), as nearly all are.
     */
    private final int[] ends;
    /** {@link Word#MEASURES} floats per word; null when no word carries a measure (text input). */
    private final float[] geometry;
    /** Each word's bold flag; null when no word is bold. */
    private final boolean[] bold;

    public Cell(List<Word> words) {
        size = words.size();
        StringBuilder joined = new StringBuilder();
        int[] wordEnds = new int[size];
        boolean split = true;
        float[] measures = new float[size * Word.MEASURES];
        boolean measured = false;
        boolean[] flags = new boolean[size];
        boolean anyBold = false;
        for (int i = 0; i < size; i++) {
            Word word = words.get(i);
            if (i > 0) {
                joined.append(' ');
            }
            joined.append(word.text());
            wordEnds[i] = joined.length();
            split &= !word.text().isEmpty() && word.text().indexOf(' ') < 0;
            word.packInto(measures, i * Word.MEASURES);
            measured |= word.measured();
            flags[i] = word.bold();
            anyBold |= word.bold();
        }
        text = joined.toString();
        ends = split ? null : wordEnds;
        geometry = measured ? measures : null;
        bold = anyBold ? flags : null;
    }

    /** A cell from its packed parts, as {@link PageContentCodec} reads them back. */
    Cell(String text, int size, int[] ends, float[] geometry, boolean[] bold) {
        this.text = text;
        this.size = size;
        this.ends = ends;
        this.geometry = geometry;
        this.bold = bold;
    }

    int size() {
        return size;
    }

    int[] ends() {
        return ends;
    }

    float[] geometry() {
        return geometry;
    }

    boolean[] bold() {
        return bold;
    }

    public List<Word> words() {
        Word[] words = new Word[size];
        int start = 0;
        for (int i = 0; i < size; i++) {
            int end = end(i, start);
            words[i] = word(i, text.substring(start, end));
            start = end + 1;
        }
        return List.of(words);
    }

    private int end(int index, int start) {
        if (ends != null) {
            return ends[index];
        }
        int space = text.indexOf(' ', start);
        return space < 0 ? text.length() : space;
    }

    private Word word(int index, String wordText) {
        boolean wordBold = bold != null && bold[index];
        return geometry == null ? Word.plain(wordText, wordBold)
                : Word.unpack(wordText, geometry, index * Word.MEASURES, wordBold);
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** True when every word is bold (and so for a cell without words). */
    boolean allBold() {
        if (bold == null) {
            return size == 0;
        }
        for (boolean flag : bold) {
            if (!flag) {
                return false;
            }
        }
        return true;
    }

    /**
     * Widens {@code extent} (left, top, right, bottom) to take in the boxes of the words, in the same arithmetic
     * as {@link Box#right()} and {@link Box#bottom()} on each word's box.
     */
    void extend(double[] extent) {
        for (int i = 0; geometry != null && i < size; i++) {
            int at = i * Word.MEASURES;
            if (Float.isNaN(geometry[at])) {
                continue;
            }
            double x = Points.read(geometry[at]);
            double y = Points.read(geometry[at + 1]);
            extent[0] = Math.min(extent[0], x);
            extent[1] = Math.min(extent[1], y);
            extent[2] = Math.max(extent[2], x + Points.read(geometry[at + 2]));
            extent[3] = Math.max(extent[3], y + Points.read(geometry[at + 3]));
        }
    }

    /** The largest font size of the words, NaN when none is known. */
    double largestFontSize() {
        double largest = Double.NaN;
        for (int i = 0; geometry != null && i < size; i++) {
            float size = geometry[i * Word.MEASURES + 4];
            largest = larger(largest, Float.isNaN(size) ? Double.NaN : Points.read(size));
        }
        return largest;
    }

    /** The larger of two font sizes, NaN standing for unknown; on a tie the first. */
    static double larger(double first, double second) {
        return Double.isNaN(first) || !Double.isNaN(second) && Double.compare(second, first) > 0 ? second : first;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cell cell && size == cell.size && text.equals(cell.text)
                && Arrays.equals(ends, cell.ends) && Arrays.equals(geometry, cell.geometry)
                && Arrays.equals(bold, cell.bold);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + Arrays.hashCode(geometry)) + Arrays.hashCode(bold);
    }

    @Override
    public String toString() {
        return "Cell[words=" + words() + "]";
    }
}
