package org.agendapack.table;

import java.util.ArrayList;
import java.util.Arrays;
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
    /** The gaps are found in steps of this many points; a word's edge may stand this far into one. */
    private static final double STEP = 0.5;
    /**
     * The share of lines that may cross a gap with their one phrase, for headings spanning the columns beneath them
     * (never a figure, nor a line of several cells).
     */
    private static final double SPANNING_SHARE = 0.1;
    /**
     * A gap this wide, crossed by no word, parts columns of words without figures (headings over empty columns);
     * the spaces of prose and of names are far narrower.
     */
    private static final double WIDE_GAP = 8;
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
        Coverage coverage = Coverage.of(lines, from, to);
        List<double[]> gaps = new ArrayList<>();
        double gapStart = Double.NaN;
        for (int step = 0; step < coverage.steps(); step++) {
            double x = from + step * STEP;
            boolean open = !coverage.blocked()[step] && coverage.spanning()[step] <= allowed;
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

    /**
     * What covers each step across a ruled column, counted once per word rather than once per step: whether a
     * word of a line of several cells or a figure stands there (no column gap can), and how many one-phrase lines
     * (headings that may span columns) reach over it.
     */
    private record Coverage(boolean[] blocked, int[] spanning) {

        static Coverage of(List<List<Word>> lines, double from, double to) {
            int steps = (int) Math.floor((to - from) / STEP) + 1;
            boolean[] blocked = new boolean[steps];
            int[] spanning = new int[steps];
            int[] countedFor = new int[steps];
            Arrays.fill(countedFor, -1);
            for (int l = 0; l < lines.size(); l++) {
                boolean phrase = oneRun(lines.get(l));
                for (Word word : lines.get(l)) {
                    int first = Math.max(0, (int) Math.ceil((word.box().x() - from) / STEP));
                    int last = Math.min(steps - 1, (int) Math.floor((word.box().right() - from) / STEP));
                    boolean blocks = !phrase || WordLines.isFigure(word.text());
                    for (int step = first; step <= last; step++) {
                        blocked[step] |= blocks;
                        if (phrase && countedFor[step] != l) {
                            countedFor[step] = l;
                            spanning[step]++;
                        }
                    }
                }
            }
            return new Coverage(blocked, spanning);
        }

        int steps() {
            return blocked.length;
        }
    }

    /** Whether a line's words run on with no gap between them as wide as a column's: one phrase, one cell. */
    private static boolean oneRun(List<Word> line) {
        for (int i = 1; i < line.size(); i++) {
            if (line.get(i).box().x() - line.get(i - 1).box().right() >= MIN_GAP) {
                return false;
            }
        }
        return true;
    }

    /**
     * The middles of the gaps kept: those with a column of words on either side, figures on at least one (or a wide
     * clear gap between them). Words that reach into a gap (a spanning heading) count on neither side.
     */
    private static List<Double> separating(List<double[]> gaps, List<List<Word>> lines) {
        List<Double> kept = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < gaps.size(); i++) {
            double next = i + 1 < gaps.size() ? gaps.get(i + 1)[0] : Double.POSITIVE_INFINITY;
            double[] gap = gaps.get(i);
            Side left = side(lines, previous, gap[0]);
            Side right = side(lines, gap[1], next);
            boolean figures = left.figureLines >= MIN_LINES || right.figureLines >= MIN_LINES;
            if (left.lines >= MIN_LINES && right.lines >= MIN_LINES && (figures || wideAndClear(gap, lines))) {
                kept.add((gap[0] + gap[1]) / 2);
                previous = gap[1];
            }
        }
        return kept;
    }

    /**
     * Whether a gap is wide enough to part two columns of words without figures: on the lines with words on both
     * sides of it (at least two), no word reaches into it. A heading centred over both columns stands on a line
     * of its own.
     */
    private static boolean wideAndClear(double[] gap, List<List<Word>> lines) {
        if (gap[1] - gap[0] < WIDE_GAP) {
            return false;
        }
        List<List<Word>> across = lines.stream()
                .filter(line -> line.stream().anyMatch(word -> word.box().right() <= gap[0] + STEP)
                        && line.stream().anyMatch(word -> word.box().x() >= gap[1] - STEP))
                .toList();
        return across.size() >= MIN_LINES && across.stream().flatMap(List::stream)
                .noneMatch(word -> word.box().x() < gap[1] - STEP && word.box().right() > gap[0] + STEP);
    }

    private record Side(int lines, int figureLines) {
    }

    private static Side side(List<List<Word>> lines, double from, double to) {
        int withWords = 0;
        int withFigures = 0;
        for (List<Word> line : lines) {
            List<Word> inSide = line.stream()
                    .filter(word -> word.box().x() >= from - STEP && word.box().right() <= to + STEP).toList();
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
