package org.agendapack.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops a glyph drawn again over itself: producers fake bold by painting the same text twice, a fraction of a
 * point apart. A glyph is a repeat when a glyph kept earlier on the page has the same text and lies, along both
 * axes, within a third of the new glyph's width per character of its origin (the rule PDFBox's text stripper
 * applies, so the glyphs kept are the ones it keeps). The kept glyphs are filed in a grid of square cells, so a
 * glyph is compared with its neighbours only, not with the whole page.
 */
final class OverlapFilter {

    /** The side of a grid cell in points: a few characters of body text. */
    private static final float CELL = 8f;

    private record Kept(String text, float x, float y) {
    }

    private final Map<Long, List<Kept>> cells = new HashMap<>();
    private final List<Kept> all = new ArrayList<>();

    /** Forgets the glyphs of the page before. */
    void startPage() {
        cells.clear();
        all.clear();
    }

    /** Whether the glyph repeats one kept before; a glyph that does not is kept for the glyphs after it. */
    boolean repeats(String text, float x, float y, float width) {
        float tolerance = width / text.length() / 3.0f;
        if (tolerance > 0 && repeats(text, x - tolerance, x + tolerance, y - tolerance, y + tolerance)) {
            return true;
        }
        // a glyph without extent has nothing within it, but is kept all the same, as the stripper keeps it
        Kept glyph = new Kept(text, x, y);
        all.add(glyph);
        cells.computeIfAbsent(key(cell(x), cell(y)), k -> new ArrayList<>(2)).add(glyph);
        return false;
    }

    private boolean repeats(String text, float fromX, float toX, float fromY, float toY) {
        long firstColumn = cell(fromX);
        long firstRow = cell(fromY);
        long columns = cell(toX) - firstColumn + 1;
        long rows = cell(toY) - firstRow + 1;
        boolean finite = Float.isFinite(fromX) && Float.isFinite(toX) && Float.isFinite(fromY) && Float.isFinite(toY);
        if (!finite || (double) columns * rows > all.size()) {
            // a glyph that spans more cells than there are glyphs kept: looking at each of them is cheaper
            return anyWithin(all, text, fromX, toX, fromY, toY);
        }
        for (long column = 0; column < columns; column++) {
            for (long row = 0; row < rows; row++) {
                List<Kept> kept = cells.get(key(firstColumn + column, firstRow + row));
                if (kept != null && anyWithin(kept, text, fromX, toX, fromY, toY)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Half-open ranges, [from, to), as the stripper's sorted-map look-ups are. */
    private static boolean anyWithin(List<Kept> kept, String text, float fromX, float toX, float fromY, float toY) {
        for (Kept glyph : kept) {
            if (glyph.x >= fromX && glyph.x < toX && glyph.y >= fromY && glyph.y < toY && glyph.text.equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static long cell(float coordinate) {
        return (long) Math.floor(coordinate / CELL);
    }

    /**
     * The cell's key in the map. Two cells may share a key (the glyphs filed under it are compared by their
     * coordinates all the same), so it only needs to spread neighbouring cells well over the map.
     */
    private static long key(long column, long row) {
        return column * 0x9E3779B97F4A7C15L + row;
    }
}
