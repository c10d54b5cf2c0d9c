package org.agendapack.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruled lines of a page, collected from its path painting as the page's content is read for text:
 * stroked lines and rectangle edges, and the thin filled rectangles that browsers and office suites draw
 * table borders with. Points arrive in PDF user space (y up) and rulings leave in display coordinates: from the
 * top-left of the page as it is shown, turned by its /Rotate, so that they meet the words where a reader sees
 * them.
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
    private DisplayFrame frame = new DisplayFrame(0, 0, 0, 0, 0);

    /** Starts a page whose crop box runs from (left, bottom) to (right, top), shown turned by {@code rotation}. */
    void startPage(double left, double bottom, double right, double top, int rotation) {
        this.frame = new DisplayFrame(left, bottom, right, top, ((rotation % 360) + 360) % 360);
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
        {
            for (double[] segment : segments) {
                add(segment[0], segment[1], segment[2], segment[3]);
            }
        }
        segments.clear();
    }

    void fill() {
        if (!segments.isEmpty()) {
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
        double[] from = frame.display(x1, y1);
        double[] to = frame.display(x2, y2);
        Ruling ruling = new Ruling(round(Math.min(from[0], to[0])), round(Math.min(from[1], to[1])),
                round(Math.max(from[0], to[0])), round(Math.max(from[1], to[1])));
        boolean longEnough = Math.max(ruling.x2() - ruling.x1(), ruling.y2() - ruling.y1()) >= MIN_LENGTH;
        if (longEnough && (ruling.horizontal() || ruling.vertical())) {
            rulings.add(ruling);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * The page as shown: a point of the unturned page (y up) seen from the top-left corner of the displayed page.
     * A page turned a quarter clockwise (/Rotate 90) shows its bottom-left corner at the top-left, its y axis
     * running right; turned the other way (270) its top-right corner; upside down (180) its bottom-right.
     */
    private record DisplayFrame(double left, double bottom, double right, double top, int rotation) {

        double[] display(double x, double y) {
            return switch (rotation) {
                case 90 -> new double[] {y - bottom, x - left};
                case 180 -> new double[] {right - x, y - bottom};
                case 270 -> new double[] {top - y, right - x};
                default -> new double[] {x, top - y};
            };
        }
    }
}
