package org.agendapack.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF into pages of positioned lines, from PDFBox's glyph positions. */
public final class PdfSource {

    private PdfSource() {
    }

    public static List<SourcePage> read(Path file) throws SourceException {
        return read(file, null);
    }

    /** Reads the PDF, opening it with the password when it is encrypted (null for none). */
    public static List<SourcePage> read(Path file, String password) throws SourceException {
        return read(file, password, PageSelection.ALL);
    }

    /** Reads the selected pages only; the others are not parsed at all. */
    public static List<SourcePage> read(Path file, String password, PageSelection selection) throws SourceException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
                password == null ? "" : password)) {
            if (document.getNumberOfPages() == 0) {
                throw new SourceException("damaged PDF: it has no pages");
            }
            selection.check(document.getNumberOfPages());
            PageCollector collector = new PageCollector(selection);
            collector.setStartPage(selection.first());
            collector.setEndPage(selection.last(document.getNumberOfPages()));
            collector.getText(document);
            return collector.allPages(document);
        } catch (PageOutOfRangeException e) {
            throw e;
        } catch (InvalidPasswordException e) {
            throw new SourceException(password == null ? "encrypted PDF: a password is needed to open it"
                    : "encrypted PDF: the password given does not open it");
        } catch (IOException | RuntimeException e) {
            throw new SourceException("damaged PDF: " + oneLine(e));
        }
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }

    /**
     * Uses the text stripper only for its glyph positions (with overlapping duplicate glyphs, used by some
     * producers to fake bold, already suppressed) and assembles the lines itself.
     */
    private static final class PageCollector extends PDFTextStripper {

        private final List<SourcePage> pages = new ArrayList<>();
        private final RulingPath rulings = new RulingPath();
        /** Whether each font is bold, asked once per font rather than once per glyph. */
        private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();

        private final PageSelection selection;

        PageCollector(PageSelection selection) {
            this.selection = selection;
            setShouldSeparateByBeads(false);
            PathOperators.register(this, rulings);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (selection.includes(getCurrentPageNo())) {
                super.processPage(page);
            }
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            PDRectangle crop = page.getCropBox();
            rulings.startPage(crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getUpperRightX(), crop.getUpperRightY(),
                    page.getRotation());
        }

        @Override
        protected void writePage() throws IOException {
            PDPage page = getCurrentPage();
            PDRectangle crop = page.getCropBox();
            int rotation = ((page.getRotation() % 360) + 360) % 360;
            boolean quarterTurn = rotation == 90 || rotation == 270;
            double width = quarterTurn ? crop.getHeight() : crop.getWidth();
            double height = quarterTurn ? crop.getWidth() : crop.getHeight();
            List<Glyph> glyphs = new ArrayList<>();
            for (List<TextPosition> article : charactersByArticle) {
                for (TextPosition position : article) {
                    boolean bold = boldFonts.computeIfAbsent(position.getFont(), PdfSource::isBold);
                    glyphs.add(glyphOf(position, rotation, bold));
                }
            }
            pages.add(new SourcePage(getCurrentPageNo(), round(width), round(height), rotation,
                    LineAssembler.assemble(glyphs), rulings.rulings()));
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }

        /** Every selected page in order: the stripper skips pages without content, which are pages without text. */
        List<SourcePage> allPages(PDDocument document) {
            List<SourcePage> all = new ArrayList<>();
            int next = 0;
            for (int index = 1; index <= document.getNumberOfPages(); index++) {
                if (!selection.includes(index)) {
                    continue;
                }
                if (next < pages.size() && pages.get(next).index() == index) {
                    all.add(pages.get(next++));
                } else {
                    PDRectangle box = document.getPage(index - 1).getCropBox();
                    int rotation = ((document.getPage(index - 1).getRotation() % 360) + 360) % 360;
                    boolean quarterTurn = rotation == 90 || rotation == 270;
                    all.add(new SourcePage(index, round(quarterTurn ? box.getHeight() : box.getWidth()),
                            round(quarterTurn ? box.getWidth() : box.getHeight()), rotation, List.of(), List.of()));
                }
            }
            return all;
        }
    }

    /**
     * PDFBox gives a glyph's direction on the unrotated page but its position on the displayed one; the
     * direction a reader sees is the first less the page's rotation. The glyph's text is normalised as a
     * reader sees it, so a ligature is its letters and a non-breaking space a plain one.
     */
    static Glyph glyphOf(TextPosition position, int pageRotation, boolean bold) {
        int direction = ((Math.round(position.getDir() / 90f) * 90 - pageRotation) % 360 + 360) % 360;
        double advance = position.getWidthDirAdj();
        double height = position.getHeightDir();
        double fontSize = position.getFontSizeInPt() > 0 ? position.getFontSizeInPt() : height;
        // the space width is scaled by the text matrix, so upside-down text gives it negative
        return new Glyph(TextNormaliser.normalise(position.getUnicode()), direction, position.getXDirAdj(),
                position.getYDirAdj(), advance, height, fontSize, Math.abs(position.getWidthOfSpace()),
                bold,
                displayBox(direction, position.getX(), position.getY(), advance, height));
    }

    /**
     * The glyph's rectangle on the displayed page, from its origin (x, y from the top-left) and its extent
     * along and across its direction of writing.
     */
    static Box displayBox(int direction, double x, double y, double advance, double height) {
        return switch (direction) {
            case 90 -> new Box(x - height, y - advance, height, advance);
            case 180 -> new Box(x - advance, y, advance, height);
            case 270 -> new Box(x, y, height, advance);
            default -> new Box(x, y - height, advance, height);
        };
    }

    private static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("demi")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }
}
