package org.agendapack.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * ({@link PageReader}). A page that cannot be read (its content is damaged, or larger than
 * {@link ContentLimit} allows) is left empty with a warning, and the other pages are read; a file whose
 * structure PDFBox cannot parse fails as damaged. Pages of one large file can be read on several threads, each
 * with its own handle on the file.
 */
public final class PdfSource {

    /** Memory each open document may use for the streams it caches (decrypted ones) before using a temporary file. */
    private static final long STREAM_CACHE_MEMORY = 16L << 20;

    /** The pages read, in order, and what was worked around on the way. */
    public record Pages(List<SourcePage> pages, List<SourceWarning> warnings) {

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
        return read(file, password, selection, 1).pages();
    }

    /**
     * Reads the selected pages, split into as many runs of pages as {@code threads} (one run when it is 1 or
     * less), each run on its own thread and its own handle on the file, and joined again in page order.
     */
    public static Pages read(Path file, String password, PageSelection selection, int threads)
            throws SourceException {
        try (PDDocument document = open(file, password)) {
            int count = pageCount(document, file);
            selection.check(count);
            List<Integer> wanted = new ArrayList<>();
            for (int index = 1; index <= count; index++) {
                if (selection.includes(index)) {
                    wanted.add(index);
                }
            }
            List<List<Integer>> runs = runs(wanted, threads);
            if (runs.size() <= 1) {
                return readRun(document, wanted);
            }
            return readRuns(document, file, password, runs);
        } catch (IOException e) {
            throw new DamagedPdfException("damaged PDF: " + oneLine(e), e);
        } catch (RuntimeException e) {
            throw damagedUnlessOurs(e);
        }
    }

    private static PDDocument open(Path file, String password) throws SourceException {
        try {
            return Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), password == null ? "" : password,
                    null, null, MemoryUsageSetting.setupMixed(STREAM_CACHE_MEMORY).streamCache);
        } catch (InvalidPasswordException e) {
            throw new EncryptedPdfException(password == null ? "encrypted PDF: a password is needed to open it"
                    : "encrypted PDF: the password given does not open it", e);
        } catch (IOException e) {
            throw new DamagedPdfException("damaged PDF: " + oneLine(e), e);
        } catch (RuntimeException e) {
            throw damagedUnlessOurs(e);
        }
    }

    /**
     * The page count the file states, refused when the file could not hold that many pages: each page is an
     * object of its own, and takes some bytes.
     */
    private static int pageCount(PDDocument document, Path file) throws SourceException, IOException {
        int count = document.getNumberOfPages();
        if (count == 0) {
            throw new DamagedPdfException("damaged PDF: it has no pages");
        }
        int objects = document.getDocument().getXrefTable().size();
        if (count < 0 || count > Files.size(file) || (objects > 0 && count > objects)) {
            throw new DamagedPdfException("damaged PDF: its page count of " + count + " is impossible");
        }
        return count;
    }

    /** A failure of PDFBox is the file's, and is returned as such; one of Agendapack's own code is rethrown. */
    private static DamagedPdfException damagedUnlessOurs(RuntimeException e) {
        if (isOursOrStop(e)) {
            throw e;
        }
        return new DamagedPdfException("damaged PDF: " + oneLine(e), e);
    }

    private static boolean isOursOrStop(RuntimeException e) {
        return Blame.isOurs(e) || e instanceof CancellationException;
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse("").strip();
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
    private static Pages readRuns(PDDocument document, Path file, String password, List<List<Integer>> runs)
            throws SourceException, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(runs.size() - 1, task -> {
            Thread thread = new Thread(task, "agendapack-pages");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Pages>> others = new ArrayList<>();
            for (List<Integer> run : runs.subList(1, runs.size())) {
                others.add(pool.submit(() -> {
                    try (PDDocument own = open(file, password)) {
                        return readRun(own, run);
                    }
                }));
            }
            List<SourcePage> pages = new ArrayList<>();
            List<SourceWarning> warnings = new ArrayList<>();
            Pages first = readRun(document, runs.get(0));
            pages.addAll(first.pages());
            warnings.addAll(first.warnings());
            for (Future<Pages> other : others) {
                Pages read = result(other);
                pages.addAll(read.pages());
                warnings.addAll(read.warnings());
            }
            return new Pages(pages, warnings);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Pages result(Future<Pages> future) throws SourceException, IOException {
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

    /** Reads the pages of one run, walking the page tree as it is rather than trusting its counts. */
    private static Pages readRun(PDDocument document, List<Integer> run) throws SourceException {
        PageReader reader = new PageReader();
        List<SourcePage> pages = new ArrayList<>();
        List<SourceWarning> warnings = new ArrayList<>();
        Iterator<PDPage> tree = document.getPages().iterator();
        int index = 0;
        for (int wanted : run) {
            PDPage page = null;
            while (index < wanted && tree.hasNext()) {
                page = tree.next();
                index++;
            }
            if (index < wanted) {
                throw new DamagedPdfException("damaged PDF: its page tree holds " + index
                        + " pages, fewer than its count");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("reading stopped");
            }
            pages.add(readPage(reader, page, wanted, warnings));
        }
        return new Pages(pages, warnings);
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
            if (e instanceof RuntimeException runtime && isOursOrStop(runtime)) {
                throw runtime;
            }
            warnings.add(new SourceWarning("PAGE_UNREADABLE", "page " + index + " could not be read and is left "
                    + "empty: " + oneLine(e), index));
            return sourcePage(index, page, List.of(), List.of());
        }
        return sourcePage(index, page, LineAssembler.assemble(content.glyphs()), content.rulings());
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
