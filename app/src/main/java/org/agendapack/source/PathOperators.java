package org.agendapack.source;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.util.Matrix;

/**
 * The path construction and painting operators, taught to the text reader so that a page's rulings are
 * collected in the same pass over its content as its glyphs.
 */
final class PathOperators {

    private static final int WHITE = 0xFFFFFF;

    private PathOperators() {
    }

    static void register(PDFStreamEngine engine, RulingPath path) {
        engine.addOperator(points(engine, "m", 1, (points, unused) -> path.moveTo(points[0], points[1])));
        engine.addOperator(points(engine, "l", 1, (points, unused) -> path.lineTo(points[0], points[1])));
        engine.addOperator(points(engine, "c", 3, (points, unused) -> path.curveTo(points[4], points[5])));
        engine.addOperator(points(engine, "v", 2, (points, unused) -> path.curveTo(points[2], points[3])));
        engine.addOperator(points(engine, "y", 2, (points, unused) -> path.curveTo(points[2], points[3])));
        engine.addOperator(new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (operands.size() < 4 || !operands.stream().limit(4).allMatch(COSNumber.class::isInstance)) {
                    return;
                }
                float x = ((COSNumber) operands.get(0)).floatValue();
                float y = ((COSNumber) operands.get(1)).floatValue();
                float w = ((COSNumber) operands.get(2)).floatValue();
                float h = ((COSNumber) operands.get(3)).floatValue();
                path.rectangle(transform(getContext(), x, y, x + w, y, x + w, y + h, x, y + h));
            }

            @Override
            public String getName() {
                return "re";
            }
        });
        for (String name : List.of("h")) {
            engine.addOperator(simple(engine, name, path::closePath));
        }
        for (String name : List.of("S")) {
            engine.addOperator(simple(engine, name, path::stroke));
        }
        engine.addOperator(simple(engine, "s", () -> {
            path.closePath();
            path.stroke();
        }));
        for (String name : List.of("f", "F", "f*")) {
            engine.addOperator(simple(engine, name, () -> {
                if (paintsWhite(engine)) {
                    path.end();
                } else {
                    path.fill();
                }
            }));
        }
        for (String name : List.of("B", "B*", "b", "b*")) {
            engine.addOperator(simple(engine, name, path::stroke));
        }
        engine.addOperator(simple(engine, "n", path::end));
    }

    /**
     * Whether the fill colour is white: a white rectangle is a page's or text box's ground, or the gap between
     * shaded cells, and draws no edge a reader sees.
     */
    private static boolean paintsWhite(PDFStreamEngine engine) {
        try {
            PDColor color = engine.getGraphicsState().getNonStrokingColor();
            return color != null && (color.toRGB() & WHITE) == WHITE;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static OperatorProcessor simple(PDFStreamEngine engine, String name, Runnable action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                action.run();
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    /** An operator whose operands are {@code count} points, handed on transformed to device space. */
    private static OperatorProcessor points(PDFStreamEngine engine, String name, int count,
                                            BiConsumer<double[], Void> action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                if (operands.size() < 2 * count
                        || !operands.stream().limit(2L * count).allMatch(COSNumber.class::isInstance)) {
                    return;
                }
                float[] raw = new float[2 * count];
                for (int i = 0; i < raw.length; i++) {
                    raw[i] = ((COSNumber) operands.get(i)).floatValue();
                }
                action.accept(transform(getContext(), raw), null);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    private static double[] transform(PDFStreamEngine engine, float... coordinates) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        double[] out = new double[coordinates.length];
        for (int i = 0; i + 1 < coordinates.length; i += 2) {
            Point2D.Float point = ctm.transformPoint(coordinates[i], coordinates[i + 1]);
            out[i] = point.x;
            out[i + 1] = point.y;
        }
        return out;
    }
}
