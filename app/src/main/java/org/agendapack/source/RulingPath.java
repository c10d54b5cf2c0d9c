package org.agendapack.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruled lines of a page, collected from its path painting as the page's content is read for text:
 * stroked lines and rectangle edges, and the thin filled rectangles that browsers and office suites draw
 * table borders with. Points arrive in PDF user space (y up) and rulings leave in display coordinates.
 */
final class RulingPath {

    /** A filled rectangle thinner than this (in points) is a rule, not a shaded area. */
    private static final double THIN = 2.5;
    /** Rules shorter than this are ticks, bullets or glyph parts. */
    private static final double MIN_LENGTH = 6;

    private final List<double[]> segments = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private double currentX;
    private double currentY;
    private double startX;
    private double startY;
    private double pageTop;
    private boolean enabled;

    /** Starts a page; a turned page's rulings are not collected (its tables are read without them). */
    void startPage(double pageTop, boolean enabled) {
        this.pageTop = pageTop;
        this.enabled = enabled;
        segments.clear();
        rulings.clear();
    }

    List<Ruling> rulings() {
        return List.copyOf(rulings);
    }

    void moveTo(double x, double y) {
        currentX = x;
        currentY = y;
        startX = x;
        startY = y;
    }

    void lineTo(double x, double y) {
        segments.add(new double[] {currentX, currentY, x, y});
        currentX = x;
        currentY = y;
    }

    void curveTo(double x, double y) {
        currentX = x;
        currentY = y;
    }

    void closePath() {
        if (currentX != startX || currentY != startY) {
            lineTo(startX, startY);
        }
    }

    void rectangle(double[] corners) {
        for (int i = 0; i < 4; i++) {
            int next = (i + 1) % 4;
            segments.add(new double[] {corners[2 * i], corners[2 * i + 1], corners[2 * next], corners[2 * next + 1]});
        }
        moveTo(corners[0], corners[1]);
    }

    void stroke() {
        if (enabled) {
            for (double[] segment : segments) {
                add(segment[0], segment[1], segment[2], segment[3]);
            }
        }
        segments.clear();
    }

    void fill() {
        if (enabled && !segments.isEmpty()) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (double[] segment : segments) {
                minX = Math.min(minX, Math.min(segment[0], segment[2]));
                maxX = Math.max(maxX, Math.max(segment[0], segment[2]));
                minY = Math.min(minY, Math.min(segment[1], segment[3]));
                maxY = Math.max(maxY, Math.max(segment[1], segment[3]));
            }
            if (maxX - minX <= THIN) {
                add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
            } else if (maxY - minY <= THIN) {
                add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
            }
        }
        segments.clear();
    }

    void end() {
        segments.clear();
    }

    /** Keeps horizontal and vertical segments, turned into display coordinates (y from the top). */
    private void add(double x1, double y1, double x2, double y2) {
        double top = pageTop - Math.max(y1, y2);
        double bottom = pageTop - Math.min(y1, y2);
        Ruling ruling = new Ruling(round(Math.min(x1, x2)), round(top), round(Math.max(x1, x2)), round(bottom));
        boolean longEnough = Math.max(ruling.x2() - ruling.x1(), ruling.y2() - ruling.y1()) >= MIN_LENGTH;
        if (longEnough && (ruling.horizontal() || ruling.vertical())) {
            rulings.add(ruling);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
