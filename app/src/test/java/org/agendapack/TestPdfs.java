package org.agendapack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/** Builds small PDFs for tests: text placed at given positions and angles, in PDF user space (y up). */
public final class TestPdfs {

    /** A run of text: where it starts, its angle in degrees counter-clockwise, size, and weight. */
    public record Text(String text, double x, double y, double angle, double size, boolean bold) {
        public static Text at(String text, double x, double y) {
            return new Text(text, x, y, 0, 10, false);
        }

        public static Text bold(String text, double x, double y) {
            return new Text(text, x, y, 0, 10, true);
        }

        public static Text rotated(String text, double x, double y, double angle) {
            return new Text(text, x, y, angle, 10, false);
        }
    }

    /**
     * One page: its size, its /Rotate value and its texts. With {@code rotation} 90 the texts are placed in the
     * displayed (landscape) frame, as producers lay out landscape tables on a turned portrait page; a text
     * with {@code angle} -90 there is drawn upright on the unturned page, as stamps are.
     */
    public record Page(PDRectangle size, int rotation, List<Text> texts, List<Rule> rules) {
        public static Page portrait(Text... texts) {
            return new Page(PDRectangle.A4, 0, List.of(texts), List.of());
        }

        public static Page landscape(Text... texts) {
            return new Page(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()), 0,
                    List.of(texts), List.of());
        }

        public static Page turnedPortrait(Text... texts) {
            return new Page(PDRectangle.A4, 90, List.of(texts), List.of());
        }

        public Page withRules(List<Rule> added) {
            return new Page(size, rotation, texts, added);
        }
    }

    /**
     * A ruled line in PDF user space: stroked from (x1, y1) to (x2, y2), or, with {@code filled}, drawn as a
     * thin filled rectangle as browsers draw table borders.
     */
    public record Rule(double x1, double y1, double x2, double y2, boolean filled) {
    }

    /** The rules of a grid: every row boundary across, every column boundary down, as thin filled bars. */
    public static List<Rule> grid(double[] columns, double[] rows) {
        List<Rule> rules = new ArrayList<>();
        for (double y : rows) {
            rules.add(new Rule(columns[0], y, columns[columns.length - 1], y, true));
        }
        for (double x : columns) {
            rules.add(new Rule(x, rows[rows.length - 1], x, rows[0], false));
        }
        return rules;
    }

    /**
     * A grid drawn as shaded cells, one filled rectangle each, with a white gap of {@code gap} points left between
     * neighbours and no rule drawn.
     */
    public static List<Rule> shadedCells(double[] columns, double[] rows, double gap) {
        List<Rule> cells = new ArrayList<>();
        for (int r = 0; r + 1 < rows.length; r++) {
            for (int c = 0; c + 1 < columns.length; c++) {
                cells.add(new Rule(columns[c] + gap / 2, rows[r + 1] + gap / 2, columns[c + 1] - gap / 2,
                        rows[r] - gap / 2, true));
            }
        }
        return cells;
    }

    private TestPdfs() {
    }

    public static Path write(Path file, Page... pages) throws IOException {
        try (PDDocument document = build(List.of(pages))) {
            document.save(file.toFile());
        }
        return file;
    }

    /** The pages as a PDF encrypted with AES-256: owner password {@code owner secret}, the user password given. */
    public static Path writeEncrypted(Path file, String userPassword, Page... pages) throws IOException {
        try (PDDocument document = build(List.of(pages))) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanModify(false);
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner secret", userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    public static PDDocument build(List<Page> pages) throws IOException {
        PDDocument document = new PDDocument();
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        for (Page spec : pages) {
            PDPage page = new PDPage(spec.size());
            page.setRotation(spec.rotation());
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (spec.rotation() == 90) {
                    content.transform(new Matrix(0, 1, -1, 0, spec.size().getWidth(), 0));
                }
                for (Rule rule : spec.rules()) {
                    if (rule.filled()) {
                        float thickness = 0.8f;
                        content.addRect((float) Math.min(rule.x1(), rule.x2()), (float) Math.min(rule.y1(), rule.y2()),
                                (float) Math.max(Math.abs(rule.x2() - rule.x1()), thickness),
                                (float) Math.max(Math.abs(rule.y2() - rule.y1()), thickness));
                        content.fill();
                    } else {
                        content.moveTo((float) rule.x1(), (float) rule.y1());
                        content.lineTo((float) rule.x2(), (float) rule.y2());
                        content.stroke();
                    }
                }
                for (Text text : spec.texts()) {
                    content.beginText();
                    content.setFont(text.bold() ? bold : regular, (float) text.size());
                    content.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(text.angle()),
                            (float) text.x(), (float) text.y()));
                    content.showText(text.text());
                    content.endText();
                }
            }
        }
        return document;
    }

    /** Lines of body text down a portrait page, starting near the top. */
    public static List<Text> paragraph(double top, String... lines) {
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            texts.add(Text.at(lines[i], 72, top - 14 * i));
        }
        return texts;
    }
}
