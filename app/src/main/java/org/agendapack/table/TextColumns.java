package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.source.Word;

/**
 * Columns that the words show and the rulings do not: inside a ruled column, a gap that runs down the lines with
 * words on either side (figures on at least one), as when a ruled year holds its core, external and total
 * columns without rules between them.
 */
final class TextColumns {

    /** A gap narrower than this is a space between words, not between columns. */
    private static final double MIN_GAP = 4;
    /** The share of lines that may cross a gap, for headings spanning the columns beneath them (never a figure). */
    private static final double SPANNING_SHARE = 0.1;
    /** Each side of a gap holds words on this many lines at least, so that it is a column. */
    private static final int MIN_LINES = 2;

    private TextColumns() {
    }

    /** The column bounds inside the ruled columns {@code xs}, from the gaps in the lines' words. */
    static List<Double> inside(List<Double> xs, List<List<Word>> lines) {
        List<Double> bounds = new ArrayList<>();
        for (int c = 0; c + 1 < xs.size(); c++) {
            double left = xs.get(c);
            double right = xs.get(c + 1);
            List<List<Word>> column = new ArrayList<>();
            for (List<Word> line : lines) {
                List<Word> inColumn = line.stream()
                        .filter(word -> word.box().centerX() >= left && word.box().centerX() < right).toList();
                if (!inColumn.isEmpty()) {
                    column.add(inColumn);
                }
            }
            bounds.addAll(gaps(column));
        }
        return bounds;
    }

    /** The middles of the gaps in one ruled column that separate columns of words. */
    private static List<Double> gaps(List<List<Word>> lines) {
        double from = lines.stream().flatMap(List::stream).mapToDouble(word -> word.box().x()).min().orElse(0);
        double to = lines.stream().flatMap(List::stream).mapToDouble(word -> word.box().right()).max().orElse(0);
        int allowed = (int) Math.floor(lines.size() * SPANNING_SHARE);
        List<double[]> gaps = new ArrayList<>();
        double gapStart = Double.NaN;
        double step = 0.5;
        for (double x = from; x <= to; x += step) {
            double at = x;
            long covering = lines.stream().filter(line -> line.stream().anyMatch(word -> covers(word, at))).count();
            boolean figureCovers = lines.stream().flatMap(List::stream)
                    .anyMatch(word -> covers(word, at) && WordLines.isFigure(word.text()));
            boolean open = covering <= allowed && !figureCovers;
            if (open && Double.isNaN(gapStart)) {
                gapStart = x;
            } else if (!open && !Double.isNaN(gapStart)) {
                if (x - gapStart >= MIN_GAP) {
                    gaps.add(new double[] {gapStart, x});
                }
                gapStart = Double.NaN;
            }
        }
        return separating(gaps, lines);
    }

    private static boolean covers(Word word, double x) {
        return word.box().x() <= x && word.box().right() >= x;
    }

    /**
     * The middles of the gaps kept: those with a column of words on either side, figures on at least one. Words
     * that reach into a gap (a spanning heading) count on neither side.
     */
    private static List<Double> separating(List<double[]> gaps, List<List<Word>> lines) {
        List<Double> kept = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < gaps.size(); i++) {
            double next = i + 1 < gaps.size() ? gaps.get(i + 1)[0] : Double.POSITIVE_INFINITY;
            double[] gap = gaps.get(i);
            Side left = side(lines, previous, gap[0]);
            Side right = side(lines, gap[1], next);
            if (left.lines >= MIN_LINES && right.lines >= MIN_LINES
                    && (left.figureLines >= MIN_LINES || right.figureLines >= MIN_LINES)) {
                kept.add((gap[0] + gap[1]) / 2);
                previous = gap[1];
            }
        }
        return kept;
    }

    private record Side(int lines, int figureLines) {
    }

    private static Side side(List<List<Word>> lines, double from, double to) {
        int withWords = 0;
        int withFigures = 0;
        for (List<Word> line : lines) {
            List<Word> inSide = line.stream()
                    .filter(word -> word.box().x() >= from && word.box().right() <= to).toList();
            if (!inSide.isEmpty()) {
                withWords++;
                if (inSide.stream().anyMatch(word -> WordLines.isFigure(word.text()))) {
                    withFigures++;
                }
            }
        }
        return new Side(withWords, withFigures);
    }
}
