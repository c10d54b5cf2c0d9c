package org.agendapack.source;

/**
 * One word as read from the input. {@code box} and {@code fontSize} are known for PDF input only and are null
 * for text input. A pack holds millions of words, so the measures are kept as floats (see {@link Points}) and
 * the box is made when asked for; a box whose x is NaN counts as none.
 */
public final class Word {

    /** Floats per word in a packed geometry array: x, y, width, height, font size. */
    static final int MEASURES = 5;

    private final String text;
    /** NaN when the word has no box (text input). */
    private final float x;
    private final float y;
    private final float width;
    private final float height;
    /** NaN when unknown (text input). */
    private final float fontSize;
    private final boolean bold;

    public Word(String text, Box box, Double fontSize, boolean bold) {
        this(text, box == null ? Float.NaN : Points.store(box.x()), box == null ? Float.NaN : Points.store(box.y()),
                box == null ? Float.NaN : Points.store(box.width()),
                box == null ? Float.NaN : Points.store(box.height()),
                fontSize == null ? Float.NaN : Points.store(fontSize), bold);
    }

    private Word(String text, float x, float y, float width, float height, float fontSize, boolean bold) {
        this.text = text;
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.fontSize = fontSize;
        this.bold = bold;
    }

    public static Word plain(String text, boolean bold) {
        return new Word(text, null, null, bold);
    }

    /** The word whose measures start at {@code offset} in a geometry array written by {@link #packInto}. */
    static Word unpack(String text, float[] geometry, int offset, boolean bold) {
        return new Word(text, geometry[offset], geometry[offset + 1], geometry[offset + 2], geometry[offset + 3],
                geometry[offset + 4], bold);
    }

    /** Writes the word's {@link #MEASURES} measures at {@code offset}. */
    void packInto(float[] geometry, int offset) {
        geometry[offset] = x;
        geometry[offset + 1] = y;
        geometry[offset + 2] = width;
        geometry[offset + 3] = height;
        geometry[offset + 4] = fontSize;
    }

    /** Whether the word carries any measure, so that a line of plain words needs no geometry at all. */
    boolean measured() {
        return !Float.isNaN(x) || !Float.isNaN(fontSize);
    }

    public String text() {
        return text;
    }

    public Box box() {
        return Float.isNaN(x) ? null
                : new Box(Points.read(x), Points.read(y), Points.read(width), Points.read(height));
    }

    public Double fontSize() {
        return Float.isNaN(fontSize) ? null : Points.read(fontSize);
    }

    public boolean bold() {
        return bold;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Word word && text.equals(word.text) && bold == word.bold
                && Float.compare(x, word.x) == 0 && Float.compare(y, word.y) == 0
                && Float.compare(width, word.width) == 0 && Float.compare(height, word.height) == 0
                && Float.compare(fontSize, word.fontSize) == 0;
    }

    @Override
    public int hashCode() {
        int hash = text.hashCode();
        for (float measure : new float[] {x, y, width, height, fontSize}) {
            hash = 31 * hash + Float.hashCode(measure);
        }
        return 31 * hash + Boolean.hashCode(bold);
    }

    @Override
    public String toString() {
        return "Word[text=" + text + ", box=" + box() + ", fontSize=" + fontSize() + ", bold=" + bold + "]";
    }
}
