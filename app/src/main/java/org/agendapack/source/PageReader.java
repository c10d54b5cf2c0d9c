package org.agendapack.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDTrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads the pages of one open PDF, each in a single pass over its content: its glyphs and its rulings.
 *
 * <p>Glyphs are placed as PDFBox's text extraction places them (its text positions, measured the way its text
 * stripper measures them, so lines assemble as they always have), but nothing of the stripper's own work is
 * done: no text is written, no articles are sorted. What is kept of that work is cheap: a glyph drawn again over
 * itself is dropped ({@link OverlapFilter}) and an accent drawn on its own is merged into its letter.
 */
final class PageReader extends PDFStreamEngine {

    /** Adobe's glyph names and PDFBox's additional ones, for fonts without a Unicode map. */
    private static final GlyphList GLYPH_NAMES = loadGlyphNames();

    /** The page's decompressed content would not fit in the limit, so it is not read. */
    static final class PageSkippedException extends Exception {

        PageSkippedException(String reason) {
            super(reason);
        }
    }

    /** A form drawn on the page is over the limit: thrown past PDFBox's operators, which forgive IO errors. */
    private static final class OversizedFormException extends RuntimeException {

        OversizedFormException() {
            super(ContentLimit.REASON, null, false, false);
        }
    }

    /**
     * What a page holds: its glyphs in content order and its ruled lines; and what was damaged on the way: why
     * its content broke off (null when it was read to its end), and the fonts that could not be loaded, whose
     * text is left out.
     */
    record Content(List<Glyph> glyphs, List<Ruling> rulings, String brokenOff, List<String> lostFonts) {
    }

    private final RulingPath rulings = new RulingPath();
    private final OverlapFilter overlaps = new OverlapFilter();
    /** Per-font measures, worked out once per font rather than once per glyph. */
    private final Map<PDFont, FontMeasures> fonts = new IdentityHashMap<>();
    /** Whether each form is over the limit, decided once however many pages draw it. */
    private final Map<COSStream, Boolean> oversizedForms = new IdentityHashMap<>();
    private final List<TextPosition> positions = new ArrayList<>();
    /** Each glyph text as a reader sees it: a page repeats a few dozen texts thousands of times. */
    private final Map<String, String> readerTexts = new HashMap<>();

    /** The fonts of the page at hand that could not be loaded, each with the reason, in the order met. */
    private final Map<String, String> lostFonts = new LinkedHashMap<>();

    private int rotation;
    private PDRectangle cropBox;
    /** Moves the crop box's lower-left corner to the origin; null when it is there already. */
    private Matrix cropShift;

    PageReader() {
        addOperator(new BeginText(this));
        addOperator(new Concatenate(this));
        // the text version: it draws forms, not images
        addOperator(new DrawObject(this));
        addOperator(new EndText(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new NextLine(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new FontSetting());
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetMatrix(this));
        addOperator(new SetTextRenderingMode(this));
        addOperator(new SetTextRise(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
        PathOperators.register(this, rulings);
    }

    private static GlyphList loadGlyphNames() {
        try (InputStream additional = GlyphList.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), additional);
        } catch (IOException e) {
            throw new UncheckedIOException("PDFBox's glyph list is missing from its jar", e);
        }
    }

    /** Reads the page's glyphs and rulings; a page whose content is over the size limit is not read at all. */
    Content read(PDPage page) throws IOException, PageSkippedException {
        List<COSStream> streams = contentStreams(page);
        if (ContentLimit.exceededBy(streams)) {
            throw new PageSkippedException(ContentLimit.REASON);
        }
        rotation = page.getRotation();
        cropBox = page.getCropBox();
        cropShift = cropBox.getLowerLeftX() == 0 && cropBox.getLowerLeftY() == 0 ? null
                : Matrix.getTranslateInstance(-cropBox.getLowerLeftX(), -cropBox.getLowerLeftY());
        rulings.startPage(cropBox.getLowerLeftX(), cropBox.getLowerLeftY(), cropBox.getUpperRightX(),
                cropBox.getUpperRightY(), rotation);
        overlaps.startPage();
        positions.clear();
        lostFonts.clear();
        String brokenOff = null;
        try {
            processPage(page);
        } catch (OversizedFormException e) {
            throw new PageSkippedException(e.getMessage());
        } catch (IOException | RuntimeException e) {
            // what was drawn before the damage stands, as in any PDF viewer
            brokenOff = Damage.reason(e);
        }
        if (brokenOff == null) {
            brokenOff = CutShort.reason(streams);
        }
        int turned = ((rotation % 360) + 360) % 360;
        List<Glyph> glyphs = new ArrayList<>(positions.size());
        for (TextPosition position : positions) {
            String text = readerTexts.computeIfAbsent(position.getUnicode(), TextNormaliser::normalise);
            glyphs.add(PdfSource.glyphOf(position, text, turned, fontOf(position.getFont()).bold()));
        }
        positions.clear();
        List<String> fonts = lostFonts.entrySet().stream().map(font -> font.getKey() + " (" + font.getValue() + ")")
                .toList();
        return new Content(glyphs, rulings.rulings(), brokenOff, fonts);
    }

    private static List<COSStream> contentStreams(PDPage page) {
        List<COSStream> streams = new ArrayList<>();
        for (Iterator<PDStream> it = page.getContentStreams(); it.hasNext(); ) {
            streams.add(it.next().getCOSObject());
        }
        return streams;
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        checkForm(form.getCOSObject());
        super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        checkForm(form.getCOSObject());
        super.showTransparencyGroup(form);
    }

    private void checkForm(COSStream stream) throws IOException {
        Boolean oversized = oversizedForms.get(stream);
        if (oversized == null) {
            oversized = ContentLimit.exceededBy(List.of(stream));
            oversizedForms.put(stream, oversized);
        }
        if (oversized) {
            throw new OversizedFormException();
        }
    }

    /**
     * Sets the font and size. A font that cannot be loaded (its dictionary or its program is damaged) would fail
     * the whole page in PDFBox; here it is noted, the text state is left without a font, and the text drawn in it
     * is left out ({@link #showGlyph}) while the rest of the page is read. A font missing from the resources is
     * noted too: PDFBox leaves the text state without a font for it as well.
     */
    private final class FontSetting extends SetFontAndSize {

        FontSetting() {
            super(PageReader.this);
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (!operands.isEmpty() && operands.get(0) instanceof COSName name && getResources() != null) {
                try {
                    if (getResources().getFont(name) == null) {
                        lostFonts.putIfAbsent("/" + name.getName(), "it is not among the page's resources");
                    }
                } catch (IOException | RuntimeException e) {
                    lostFonts.putIfAbsent("/" + name.getName(), Damage.reason(e));
                    getGraphicsState().getTextState().setFont(null);
                    return;
                }
            }
            super.process(operator, operands);
        }
    }

    /**
     * The glyph's text position: its origin and the origin of the glyph after it (without character and word
     * spacing, which text extraction has always left out of a glyph's width), its height from the font's
     * bounding box, and the width of the font's space.
     */
    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        if (getGraphicsState().getTextState().getFont() == null) {
            // drawn in a font that could not be loaded: PDFBox stands in a default font, whose text would be wrong
            return;
        }
        String unicode = font.toUnicode(code, GLYPH_NAMES);
        if (unicode == null) {
            if (!(font instanceof PDSimpleFont)) {
                // as Acrobat does, a composite font's code without a Unicode value is no text
                return;
            }
            unicode = String.valueOf((char) code);
        }
        FontMeasures measures = fontOf(font);
        PDTextState textState = getGraphicsState().getTextState();
        float fontSize = textState.getFontSize();
        float horizontalScaling = textState.getHorizontalScaling() / 100f;
        Matrix textMatrix = getTextMatrix();
        float advance = font.isVertical() ? measures.verticalAdvance(font, code) : displacement.getX();
        Matrix next = Matrix.getTranslateInstance(advance * fontSize * horizontalScaling,
                displacement.getY() * fontSize).multiply(textMatrix)
                .multiply(getGraphicsState().getCurrentTransformationMatrix());
        float nextX = next.getTranslateX();
        float nextY = next.getTranslateY();
        float width = nextX - textRenderingMatrix.getTranslateX();
        float height = measures.height() * textRenderingMatrix.getScalingFactorY();
        float spaceWidth = measures.spaceWidth() * textRenderingMatrix.getScalingFactorX();
        Matrix matrix = textRenderingMatrix;
        if (cropShift != null) {
            matrix = Matrix.concatenate(cropShift, textRenderingMatrix);
            nextX -= cropBox.getLowerLeftX();
            nextY -= cropBox.getLowerLeftY();
        }
        add(new TextPosition(rotation, cropBox.getWidth(), cropBox.getHeight(), matrix, nextX, nextY,
                Math.abs(height), width, Math.abs(spaceWidth), unicode, new int[] {code}, font, fontSize,
                (int) (fontSize * textMatrix.getScalingFactorX())));
    }

    /**
     * Keeps the glyph unless it repeats one drawn over it; an accent drawn on its own, over the glyph next to it
     * in the content, becomes part of that glyph.
     */
    private void add(TextPosition position) {
        if (overlaps.repeats(position.getUnicode(), position.getX(), position.getY(), position.getWidth())) {
            return;
        }
        if (positions.isEmpty()) {
            positions.add(position);
            return;
        }
        TextPosition previous = positions.get(positions.size() - 1);
        if (position.isDiacritic() && previous.contains(position)) {
            previous.mergeDiacritic(position);
        } else if (previous.isDiacritic() && position.contains(previous)) {
            position.mergeDiacritic(previous);
            positions.set(positions.size() - 1, position);
        } else {
            positions.add(position);
        }
    }

    private FontMeasures fontOf(PDFont font) throws IOException {
        FontMeasures measures = fonts.get(font);
        if (measures == null) {
            measures = FontMeasures.of(font);
            fonts.put(font, measures);
        }
        return measures;
    }

    /**
     * What text extraction measures of a font, in text space: a glyph's height (half the bounding box, or the
     * cap height, or half of ascent and descent, whichever is sane), the width of its space, and whether it is
     * bold.
     */
    private record FontMeasures(float height, float spaceWidth, boolean bold) {

        static FontMeasures of(PDFont font) throws IOException {
            return new FontMeasures(height(font), spaceWidth(font), isBold(font));
        }

        private static float height(PDFont font) throws IOException {
            BoundingBox box = font.getBoundingBox();
            if (box.getLowerLeftY() < Short.MIN_VALUE) {
                // some producers write the box's bottom as an unsigned 16-bit number
                box.setLowerLeftY(-(box.getLowerLeftY() + 65536));
            }
            float glyphHeight = box.getHeight() / 2;
            PDFontDescriptor descriptor = font.getFontDescriptor();
            if (descriptor != null) {
                float capHeight = descriptor.getCapHeight();
                if (capHeight != 0 && (capHeight < glyphHeight || glyphHeight == 0)) {
                    glyphHeight = capHeight;
                }
                float ascent = descriptor.getAscent();
                float descent = descriptor.getDescent();
                if (capHeight > ascent && ascent > 0 && descent < 0
                        && ((ascent - descent) / 2 < glyphHeight || glyphHeight == 0)) {
                    glyphHeight = (ascent - descent) / 2;
                }
            }
            return font instanceof PDType3Font ? font.getFontMatrix().transformPoint(0, glyphHeight).y
                    : glyphHeight / 1000;
        }

        private static float spaceWidth(PDFont font) {
            float glyphToText = font instanceof PDType3Font ? font.getFontMatrix().getScaleX() : 1 / 1000f;
            float width = 0;
            try {
                width = font.getSpaceWidth() * glyphToText;
            } catch (RuntimeException e) {
                // a font too broken to say: the fallbacks below
            }
            if (width == 0) {
                // the average width is wider than a space
                width = font.getAverageFontWidth() * glyphToText * .80f;
            }
            return width == 0 ? 1.0f : width;
        }

        private static boolean isBold(PDFont font) {
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("demi")) {
                return true;
            }
            PDFontDescriptor descriptor = font.getFontDescriptor();
            return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        }

        /** A vertical font's advance, which the displacement does not give, in text space. */
        float verticalAdvance(PDFont font, int code) throws IOException {
            float advance = font.getWidth(code) / 1000;
            TrueTypeFont trueType = null;
            if (font instanceof PDTrueTypeFont simple) {
                trueType = simple.getTrueTypeFont();
            } else if (font instanceof PDType0Font composite
                    && composite.getDescendantFont() instanceof PDCIDFontType2 descendant) {
                trueType = descendant.getTrueTypeFont();
            }
            if (trueType != null && trueType.getUnitsPerEm() != 1000) {
                advance *= 1000f / trueType.getUnitsPerEm();
            }
            return advance;
        }
    }
}
