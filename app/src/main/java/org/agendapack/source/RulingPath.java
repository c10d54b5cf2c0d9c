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
    /** A filled path's points within this of its bounds' corners make it a rectangle (rounding of producers). */
    private static final double CORNER = 0.5;

    /** The subpaths of the path being built, each a list of segments {x1, y1, x2, y2}. */
    private final List<List<double[]>> subpaths = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private double currentX;
    private double currentY;
    private double startX;
    private double startY;
    private DisplayFrame frame = new DisplayFrame(0, 0, 0, 0, 0);

    /** Starts a page whose crop box runs from (left, bottom) to (right, top), shown turned by {@code rotation}. */
    void startPage(double left, double bottom, double right, double top, int rotation) {
        this.frame = new DisplayFrame(left, bottom, right, top, ((rotation % 360) + 360) % 360);
        subpaths.clear();
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
        subpaths.add(new ArrayList<>());
    }

    void lineTo(double x, double y) {
        if (subpaths.isEmpty()) {
            subpaths.add(new ArrayList<>());
        }
        subpaths.get(subpaths.size() - 1).add(new double[] {currentX, currentY, x, y});
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
        moveTo(corners[0], corners[1]);
        for (int i = 1; i <= 4; i++) {
            int next = i % 4;
            lineTo(corners[2 * next], corners[2 * next + 1]);
        }
    }

    void stroke() {
        for (List<double[]> subpath : subpaths) {
            for (double[] segment : subpath) {
                add(segment[0], segment[1], segment[2], segment[3]);
            }
        }
        subpaths.clear();
    }

    /**
     * A filled rectangle is a rule when it is thin; when it is wider, it is a shaded cell or band whose edges
     * bound the cells as rules would (tables drawn as coloured cells with white gaps between them). Filled
     * shapes other than upright rectangles (charts' wedges, logos) draw no rules.
     */
    void fill() {
        for (List<double[]> subpath : subpaths) {
            double[] box = uprightRectangle(subpath);
            if (box == null) {
                continue;
            }
            double minX = box[0];
            double minY = box[1];
            double maxX = box[2];
            double maxY = box[3];
            if (maxX - minX <= THIN) {
                add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
            } else if (maxY - minY <= THIN) {
                add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
            } else {
                add(minX, minY, maxX, minY);
                add(minX, maxY, maxX, maxY);
                add(minX, minY, minX, maxY);
                add(maxX, minY, maxX, maxY);
            }
        }
        subpaths.clear();
    }

    void end() {
        subpaths.clear();
    }

    /** The bounds {minX, minY, maxX, maxY} of a subpath that traces an upright rectangle, or null. */
    private static double[] uprightRectangle(List<double[]> subpath) {
        if (subpath.size() < 3) {
            return null;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] segment : subpath) {
            minX = Math.min(minX, Math.min(segment[0], segment[2]));
            maxX = Math.max(maxX, Math.max(segment[0], segment[2]));
            minY = Math.min(minY, Math.min(segment[1], segment[3]));
            maxY = Math.max(maxY, Math.max(segment[1], segment[3]));
        }
        for (double[] segment : subpath) {
            for (int i = 0; i < 4; i += 2) {
                boolean onSide = near(segment[i], minX) || near(segment[i], maxX);
                boolean onEnd = near(segment[i + 1], minY) || near(segment[i + 1], maxY);
                if (!onSide || !onEnd) {
                    return null;
                }
            }
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= CORNER;
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
