package org.agendapack.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The glyphs of one word in order along its line, before they become a {@link Word}. Its text is put together
 * once, as letter spacing asks for it again and again.
 */
final class GlyphWord {

    private final List<Glyph> glyphs;
    private final boolean afterSpace;
    private final String text;

    /**
     * @param afterSpace whether a space glyph stands between this word and the one before: a space typed, not
     *                   only a gap in the positions
     */
    GlyphWord(List<Glyph> glyphs, boolean afterSpace) {
        this.glyphs = List.copyOf(glyphs);
        this.afterSpace = afterSpace;
        StringBuilder text = new StringBuilder();
        for (Glyph glyph : this.glyphs) {
            text.append(glyph.text());
        }
        this.text = text.toString();
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    boolean afterSpace() {
        return afterSpace;
    }

    String text() {
        return text;
    }

    double start() {
        return glyphs.get(0).along();
    }

    double end() {
        return glyphs.get(glyphs.size() - 1).end();
    }

    /** The gap along the line from this word's end to the next word's start. */
    double gapTo(GlyphWord next) {
        return next.start() - end();
    }

    /** The largest font size of the glyphs, and at least one point, so gaps can be measured against it. */
    double fontSize() {
        double largest = 0;
        for (Glyph glyph : glyphs) {
            largest = Math.max(largest, glyph.fontSize());
        }
        return Math.max(1, largest);
    }

    double spaceWidth() {
        double widest = 0;
        for (Glyph glyph : glyphs) {
            widest = Math.max(widest, glyph.spaceWidth());
        }
        return widest;
    }

    /** One letter on its own; a ligature glyph is several letters, so it is not one. */
    boolean isSingleLetter() {
        return text.codePointCount(0, text.length()) == 1 && Character.isLetter(text.codePointAt(0));
    }

    GlyphWord join(GlyphWord next) {
        List<Glyph> joined = new ArrayList<>(glyphs);
        joined.addAll(next.glyphs);
        return new GlyphWord(joined, afterSpace);
    }

    Word word() {
        Box box = null;
        double fontSize = 0;
        int boldCount = 0;
        for (Glyph glyph : glyphs) {
            box = box == null ? glyph.box() : box.union(glyph.box());
            fontSize = Math.max(fontSize, glyph.fontSize());
            boldCount += glyph.bold() ? 1 : 0;
        }
        return new Word(text, round(box), round(fontSize), boldCount * 2 > glyphs.size());
    }

    /** Two decimals are far finer than print, and keep the JSON short and stable. */
    private static Box round(Box box) {
        return new Box(round(box.x()), round(box.y()), round(box.width()), round(box.height()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
