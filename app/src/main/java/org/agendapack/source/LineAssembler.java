package org.agendapack.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds lines, cells and words from the glyphs of one page. Each text direction is assembled on its own,
 * so a rotated stamp lying across a table never merges with the table's rows. Words that letter spacing
 * split apart are joined again ({@link LetterSpacing}).
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
        for (List<GlyphWord> cell : LetterSpacing.join(cellsOf(glyphs))) {
            cells.add(new Cell(cell.stream().map(GlyphWord::word).toList()));
        }
        if (!cells.isEmpty()) {
            lines.add(new Line(cells, direction));
        }
    }

    /** The glyphs of a line, in order, split into words at spaces and gaps and into cells at wide gaps. */
    private static List<List<GlyphWord>> cellsOf(List<Glyph> glyphs) {
        List<List<GlyphWord>> cells = new ArrayList<>();
        List<GlyphWord> words = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        boolean wordAfterSpace = false;
        boolean spaceSeen = false;
        double lastEnd = Double.NaN;
        for (Glyph glyph : glyphs) {
            if (glyph.isSpace()) {
                flushWord(words, word, wordAfterSpace);
                spaceSeen = true;
                continue;
            }
            double gap = glyph.along() - lastEnd;
            double size = Math.max(glyph.fontSize(), 1);
            if (!Double.isNaN(lastEnd) && gap > CELL_GAP * size) {
                flushWord(words, word, wordAfterSpace);
                flushCell(cells, words);
            } else if (!Double.isNaN(lastEnd) && gap > WORD_GAP * size) {
                flushWord(words, word, wordAfterSpace);
            }
            if (word.isEmpty()) {
                wordAfterSpace = spaceSeen;
            }
            spaceSeen = false;
            word.add(glyph);
            lastEnd = glyph.end();
        }
        flushWord(words, word, wordAfterSpace);
        flushCell(cells, words);
        return cells;
    }

    private static void flushWord(List<GlyphWord> words, List<Glyph> glyphs, boolean afterSpace) {
        if (!glyphs.isEmpty()) {
            words.add(new GlyphWord(glyphs, afterSpace));
            glyphs.clear();
        }
    }

    private static void flushCell(List<List<GlyphWord>> cells, List<GlyphWord> words) {
        if (!words.isEmpty()) {
            cells.add(List.copyOf(words));
            words.clear();
        }
    }
}
