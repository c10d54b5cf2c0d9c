package org.agendapack.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agendapack.source.Ruling;
import org.agendapack.source.Word;

/**
 * The cell grid that a set of rulings draws: row bounds where horizontal rules run, column bounds where
 * vertical rules run, and whether a rule separates two neighbouring grid cells. Tables and the ruled forms of
 * cover sheets read their cells from it.
 */
public final class RuledGrid {

    /** Positions closer than this are one rule: borders are often drawn once per cell, a hair apart. */
    static final double SAME = 1.6;

    private final List<Ruling> rulings;
    private final List<Double> ys;
    private final List<Double> xs;

    private RuledGrid(List<Ruling> rulings) {
        this.rulings = List.copyOf(rulings);
        this.ys = merged(rulings.stream().filter(Ruling::horizontal).map(Ruling::y1).sorted().toList());
        this.xs = merged(rulings.stream().filter(Ruling::vertical).map(Ruling::x1).sorted().toList());
    }

    public static RuledGrid of(List<Ruling> rulings) {
        return new RuledGrid(rulings);
    }

    /** The horizontal bounds, top to bottom. */
    public List<Double> ys() {
        return ys;
    }

    /** The vertical bounds, left to right. */
    public List<Double> xs() {
        return xs;
    }

    /** The column bounds that vertical rules draw across the band from {@code top} to {@code bottom}. */
    public List<Double> columnsAcross(double top, double bottom) {
        double mid = (top + bottom) / 2;
        return merged(rulings.stream().filter(Ruling::vertical).filter(rule -> rule.y1() <= mid && rule.y2() >= mid)
                .map(Ruling::x1).sorted().toList());
    }

    /** Whether a horizontal rule runs along {@code y} over the middle of the span from {@code from} to {@code to}. */
    public boolean ruledAcross(double y, double from, double to) {
        double mid = (from + to) / 2;
        return rulings.stream().anyMatch(rule -> rule.horizontal() && Math.abs(rule.y1() - y) <= SAME
                && rule.x1() - SAME <= mid && rule.x2() + SAME >= mid);
    }

    /** Whether a vertical rule runs along {@code x} over the middle of the span from {@code from} to {@code to}. */
    public boolean ruledDown(double x, double from, double to) {
        double mid = (from + to) / 2;
        return rulings.stream().anyMatch(rule -> rule.vertical() && Math.abs(rule.x1() - x) <= SAME
                && rule.y1() - SAME <= mid && rule.y2() + SAME >= mid);
    }

    /** The index of the band of {@code bounds} that holds {@code value}, or -1 outside them. */
    public static int band(List<Double> bounds, double value) {
        for (int i = 0; i + 1 < bounds.size(); i++) {
            if (value >= bounds.get(i) && value < bounds.get(i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /** Words in reading order: by baseline (within a few points), then left to right. */
    public static List<Word> readingOrder(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble((Word word) -> Math.round(word.box().bottom() / 3.0))
                .thenComparingDouble(word -> word.box().x()));
        return sorted;
    }

    /** Sorted positions with those closer than a rule's width taken as one. */
    static List<Double> merged(List<Double> sorted) {
        List<Double> out = new ArrayList<>();
        for (double value : sorted) {
            if (out.isEmpty() || value - out.get(out.size() - 1) > SAME) {
                out.add(value);
            }
        }
        return out;
    }
}
