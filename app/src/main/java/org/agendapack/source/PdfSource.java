package org.agendapack.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF into pages of positioned lines, from the glyph positions of PDFBox's content stream engine
 * ({@link PageReader}). Damage is kept to the page it is in: a page whose object or content cannot be read, or
 * whose content is larger than {@link ContentLimit} allows, is left empty with a warning; a page whose content
 * breaks off keeps what was read before; a font that cannot be loaded loses its text only; the other pages are
 * read as usual. Only a file in which PDFBox finds no pages at all fails as damaged. Pages of one large file can
 * be read on several threads, each with its own handle on the file.
 */
public final class PdfSource {

    /** Memory each open document may use for the streams it caches (decrypted ones) before using a temporary file. */
    private static final long STREAM_CACHE_MEMORY = 16L << 20;

    /** The pages read (or what was kept of each), in order, and what was worked around on the way. */
    public record Pages<T>(List<T> pages, List<SourceWarning> warnings) {

        public Pages {
            pages = List.copyOf(pages);
            warnings = List.copyOf(warnings);
        }
    }

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
        return read(file, password, selection, 1, Function.identity()).pages();
    }

    /**
     * Reads the selected pages, split into as many runs of pages as {@code threads} (one run when it is 1 or
     * less), each run on its own thread and its own handle on the file, and joined again in page order. Each page
     * is handed to {@code keep} on its reading thread as soon as it is read, and only what that returns is held.
     */
    public static <T> Pages<T> read(Path file, String password, PageSelection selection, int threads,
                                    Function<SourcePage, T> keep) throws SourceException {
        try (PDDocument document = open(file, password)) {
            PageTree tree = PageTree.of(document);
            selection.check(tree.size());
            List<Integer> wanted = new ArrayList<>();
            for (int index = 1; index <= tree.size(); index++) {
                if (selection.includes(index)) {
                    wanted.add(index);
                }
            }
            List<List<Integer>> runs = runs(wanted, threads);
            Pages<T> read = runs.size() <= 1 ? readRun(tree, wanted, keep)
                    : readRuns(tree, file, password, runs, keep);
            if (tree.damage() == null) {
                return read;
            }
            List<SourceWarning> warnings = new ArrayList<>(read.warnings());
            warnings.add(0, new SourceWarning("PAGE_TREE_DAMAGED", tree.damage(), null));
            return new Pages<>(read.pages(), warnings);
        } catch (IOException e) {
            throw new DamagedPdfException("damaged PDF: " + Damage.reason(e), e);
        } catch (RuntimeException e) {
            throw damagedUnlessOurs(e);
        }
    }

    /**
     * Opens the file without a password first: a PDF that needs none to open (one with an owner password only,
     * which merely restricts what may be done with it) is read as it is, whatever password was given.
     */
    private static PDDocument open(Path file, String password) throws SourceException {
        try {
            return load(file, "");
        } catch (InvalidPasswordException e) {
            if (password == null || password.isEmpty()) {
                throw new EncryptedPdfException("encrypted PDF: a password is needed to open it", e);
            }
        }
        try {
            return load(file, password);
        } catch (InvalidPasswordException e) {
            throw new EncryptedPdfException("encrypted PDF: the password given does not open it", e);
        }
    }

    private static PDDocument load(Path file, String password) throws SourceException, InvalidPasswordException {
        try {
            return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), password, null, null,
                    MemoryUsageSetting.setupMixed(STREAM_CACHE_MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            throw e;
        } catch (IOException e) {
            throw new DamagedPdfException("damaged PDF: " + Damage.reason(e), e);
        } catch (RuntimeException e) {
            throw damagedUnlessOurs(e);
        }
    }

    /** A failure of PDFBox is the file's, and is returned as such; one of Agendapack's own code is rethrown. */
    private static DamagedPdfException damagedUnlessOurs(RuntimeException e) {
        return new DamagedPdfException("damaged PDF: " + Damage.reason(e), e);
    }

    /** The wanted pages cut into at most {@code threads} runs of consecutive pages, alike in length. */
    static List<List<Integer>> runs(List<Integer> wanted, int threads) {
        int count = Math.max(1, Math.min(threads, wanted.size()));
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < count; run++) {
            runs.add(wanted.subList(wanted.size() * run / count, wanted.size() * (run + 1) / count));
        }
        return runs;
    }

    /** The first run on this thread and this handle, every other on a thread and a handle of its own. */
    private static <T> Pages<T> readRuns(PageTree tree, Path file, String password, List<List<Integer>> runs,
                                         Function<SourcePage, T> keep) throws SourceException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(runs.size() - 1, task -> {
            Thread thread = new Thread(task, "agendapack-pages");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Pages<T>>> others = new ArrayList<>();
            for (List<Integer> run : runs.subList(1, runs.size())) {
                others.add(pool.submit(() -> {
                    try (PDDocument own = open(file, password)) {
                        return readRun(PageTree.of(own), run, keep);
                    }
                }));
            }
            List<T> pages = new ArrayList<>();
            List<SourceWarning> warnings = new ArrayList<>();
            Pages<T> first = readRun(tree, runs.get(0), keep);
            pages.addAll(first.pages());
            warnings.addAll(first.warnings());
            for (Future<Pages<T>> other : others) {
                Pages<T> read = result(other);
                pages.addAll(read.pages());
                warnings.addAll(read.warnings());
            }
            return new Pages<>(pages, warnings);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> Pages<T> result(Future<Pages<T>> future) throws SourceException, IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("reading stopped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SourceException source) {
                throw source;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        }
    }

    /** Reads the pages of one run; a page whose object is damaged is kept empty, with a warning. */
    private static <T> Pages<T> readRun(PageTree tree, List<Integer> run, Function<SourcePage, T> keep) {
        PageReader reader = new PageReader();
        List<T> pages = new ArrayList<>();
        List<SourceWarning> warnings = new ArrayList<>();
        for (int wanted : run) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("reading stopped");
            }
            PageTree.Slot slot = tree.slot(wanted);
            if (slot.damaged()) {
                warnings.add(unreadable(wanted, slot.damage()));
                pages.add(keep.apply(sourcePage(wanted, slot.page(), List.of(), List.of())));
            } else {
                pages.add(keep.apply(readPage(reader, slot.page(), wanted, warnings)));
            }
        }
        return new Pages<>(pages, warnings);
    }

    private static SourcePage readPage(PageReader reader, PDPage page, int index, List<SourceWarning> warnings) {
        PageReader.Content content;
        try {
            content = reader.read(page);
        } catch (PageReader.PageSkippedException e) {
            warnings.add(new SourceWarning("PAGE_SKIPPED", "page " + index + " was skipped: " + e.getMessage(),
                    index));
            return sourcePage(index, page, List.of(), List.of());
        } catch (IOException | RuntimeException e) {
            warnings.add(unreadable(index, Damage.reason(e)));
            return sourcePage(index, page, List.of(), List.of());
        }
        if (content.brokenOff() != null) {
            warnings.add(content.glyphs().isEmpty() ? unreadable(index, content.brokenOff())
                    : new SourceWarning("PAGE_DAMAGED", "page " + index + " is damaged and was read up to the "
                            + "damage only: " + content.brokenOff(), index));
        }
        for (String font : content.lostFonts()) {
            warnings.add(new SourceWarning("FONT_UNREADABLE", "page " + index + ": the font " + font
                    + " could not be read, and the text in it is left out", index));
        }
        return sourcePage(index, page, LineAssembler.assemble(content.glyphs()), content.rulings());
    }

    private static SourceWarning unreadable(int index, String reason) {
        return new SourceWarning("PAGE_UNREADABLE", "page " + index + " could not be read and is left empty: "
                + reason, index);
    }

    /** The page as displayed: its crop box, turned by its rotation. */
    private static SourcePage sourcePage(int index, PDPage page, List<Line> lines, List<Ruling> rulings) {
        PDRectangle crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        boolean quarterTurn = rotation == 90 || rotation == 270;
        return new SourcePage(index, round(quarterTurn ? crop.getHeight() : crop.getWidth()),
                round(quarterTurn ? crop.getWidth() : crop.getHeight()), rotation, lines, rulings);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * PDFBox gives a glyph's direction on the unrotated page but its position on the displayed one; the
     * direction a reader sees is the first less the page's rotation. The text given is the glyph's as a reader
     * sees it ({@link TextNormaliser}), so a ligature is its letters and a non-breaking space a plain one.
     */
    static Glyph glyphOf(TextPosition position, String text, int pageRotation, boolean bold) {
        int direction = ((Math.round(position.getDir() / 90f) * 90 - pageRotation) % 360 + 360) % 360;
        double advance = position.getWidthDirAdj();
        double height = position.getHeightDir();
        double fontSize = position.getFontSizeInPt() > 0 ? position.getFontSizeInPt() : height;
        // the space width is scaled by the text matrix, so upside-down text gives it negative
        return new Glyph(text, direction, position.getXDirAdj(),
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
}
