package org.agendapack.source;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the ruled lines of a page from its vector graphics: stroked lines and rectangle edges, and the
 * thin filled rectangles that browsers and office suites draw table borders with. Nothing is rendered.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this (in points) is a rule, not a shaded area. */
    private static final double THIN = 2.5;
    /** Rules shorter than this are ticks, bullets or glyph parts. */
    private static final double MIN_LENGTH = 6;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();
    private final double pageHeight;
    private Point2D current = new Point2D.Double();

    RulingCollector(PDPage page) {
        super(page);
        this.pageHeight = page.getCropBox().getUpperRightY();
    }

    /** The page's rulings, or none for a turned page (whose tables are read without them). */
    static List<Ruling> of(PDPage page) throws IOException {
        if (page.getRotation() % 360 != 0) {
            return List.of();
        }
        RulingCollector collector = new RulingCollector(page);
        collector.processPage(page);
        return collector.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(new double[] {p0.getX(), p0.getY(), p1.getX(), p1.getY()});
        path.add(new double[] {p1.getX(), p1.getY(), p2.getX(), p2.getY()});
        path.add(new double[] {p2.getX(), p2.getY(), p3.getX(), p3.getY()});
        path.add(new double[] {p3.getX(), p3.getY(), p0.getX(), p0.getY()});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Double(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.add(new double[] {current.getX(), current.getY(), x, y});
        current = new Point2D.Double(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Double(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // a closed path's edges are already in the path
    }

    @Override
    public void endPath() {
        path.clear();
    }

    @Override
    public void strokePath() {
        for (double[] segment : path) {
            add(segment[0], segment[1], segment[2], segment[3]);
        }
        path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] segment : path) {
            minX = Math.min(minX, Math.min(segment[0], segment[2]));
            maxX = Math.max(maxX, Math.max(segment[0], segment[2]));
            minY = Math.min(minY, Math.min(segment[1], segment[3]));
            maxY = Math.max(maxY, Math.max(segment[1], segment[3]));
        }
        if (!path.isEmpty() && (maxX - minX <= THIN || maxY - minY <= THIN)) {
            double midX = (minX + maxX) / 2;
            double midY = (minY + maxY) / 2;
            if (maxX - minX <= THIN) {
                add(midX, minY, midX, maxY);
            } else {
                add(minX, midY, maxX, midY);
            }
        }
        path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        path.clear();
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // images hold no rulings
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are not drawn; endPath clears them
    }

    /** Keeps horizontal and vertical segments, turned into display coordinates (y from the top). */
    private void add(double x1, double y1, double x2, double y2) {
        double top = pageHeight - Math.max(y1, y2);
        double bottom = pageHeight - Math.min(y1, y2);
        Ruling ruling = new Ruling(Math.min(x1, x2), top, Math.max(x1, x2), bottom);
        boolean long_ = Math.max(ruling.x2() - ruling.x1(), ruling.y2() - ruling.y1()) >= MIN_LENGTH;
        if (long_ && (ruling.horizontal() || ruling.vertical())) {
            rulings.add(round(ruling));
        }
    }

    private static Ruling round(Ruling ruling) {
        return new Ruling(Math.round(ruling.x1() * 10) / 10.0, Math.round(ruling.y1() * 10) / 10.0,
                Math.round(ruling.x2() * 10) / 10.0, Math.round(ruling.y2() * 10) / 10.0);
    }
}
