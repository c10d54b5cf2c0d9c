package org.agendapack.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds lines, cells and words from the glyphs of one page. Each text direction is assembled on its own,
 * so a rotated stamp lying across a table never merges with the table's rows.
 */
final class LineAssembler {

    /** Glyphs whose baselines differ by less than this share a line (superscripts included). */
    private static final double SAME_LINE = 0.45;
    /** A gap wider than this starts a new word. */
    private static final double WORD_GAP = 0.18;
    /** A gap wider than this starts a new cell (a table column, or a stamp beside the text). */
    private static final double CELL_GAP = 1.0;

    private LineAssembler() {
    }

    /** Lines of all directions: horizontal ones first in reading order, then each other direction. */
    static List<Line> assemble(List<Glyph> glyphs) {
        Map<Integer, List<Glyph>> byDirection = new TreeMap<>();
        for (Glyph glyph : glyphs) {
            byDirection.computeIfAbsent(glyph.direction(), d -> new ArrayList<>()).add(glyph);
        }
        List<Line> lines = new ArrayList<>();
        byDirection.forEach((direction, group) -> lines.addAll(linesOf(direction, group)));
        return lines;
    }

    private static List<Line> linesOf(int direction, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::along));
        List<Line> lines = new ArrayList<>();
        List<Glyph> band = new ArrayList<>();
        double bandBaseline = 0;
        double bandSize = 0;
        for (Glyph glyph : sorted) {
            double size = Math.max(glyph.fontSize(), glyph.height());
            if (!band.isEmpty() && glyph.baseline() - bandBaseline > SAME_LINE * Math.max(bandSize, size)) {
                addLine(lines, direction, band);
                band = new ArrayList<>();
            }
            if (band.isEmpty()) {
                bandBaseline = glyph.baseline();
                bandSize = size;
            } else {
                bandSize = Math.max(bandSize, size);
            }
            band.add(glyph);
        }
        addLine(lines, direction, band);
        return lines;
    }

    private static void addLine(List<Line> lines, int direction, List<Glyph> band) {
        List<Glyph> glyphs = new ArrayList<>(band);
        glyphs.sort(Comparator.comparingDouble(Glyph::along));
        List<Cell> cells = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        double lastEnd = Double.NaN;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                flushWord(words, word);
                continue;
            }
            double gap = glyph.along() - lastEnd;
            double size = Math.max(glyph.fontSize(), 1);
            if (!Double.isNaN(lastEnd) && gap > CELL_GAP * size) {
                flushWord(words, word);
                flushCell(cells, words);
            } else if (!Double.isNaN(lastEnd) && gap > WORD_GAP * size) {
                flushWord(words, word);
            }
            word.add(glyph);
            lastEnd = glyph.end();
        }
        flushWord(words, word);
        flushCell(cells, words);
        if (!cells.isEmpty()) {
            lines.add(new Line(cells, direction));
        }
    }

    private static void flushWord(List<Word> words, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        Box box = null;
        double fontSize = 0;
        int boldCount = 0;
        for (Glyph glyph : glyphs) {
            text.append(glyph.text());
            box = box == null ? glyph.box() : box.union(glyph.box());
            fontSize = Math.max(fontSize, glyph.fontSize());
            boldCount += glyph.bold() ? 1 : 0;
        }
        words.add(new Word(text.toString(), round(box), round(fontSize), boldCount * 2 > glyphs.size()));
        glyphs.clear();
    }

    private static void flushCell(List<Cell> cells, List<Word> words) {
        if (!words.isEmpty()) {
            cells.add(new Cell(words));
            words.clear();
        }
    }

    /** Two decimals are far finer than print, and keep the JSON short and stable. */
    private static Box round(Box box) {
        return new Box(round(box.x()), round(box.y()), round(box.width()), round(box.height()));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
