package org.agendapack.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Opens any supported input: the format comes from the file's content, its name only breaks ties. */
public final class Sources {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** PDF readers accept the header anywhere in the first kilobyte, and so do we. */
    private static final int PDF_MAGIC_WINDOW = 1024;
    /** Text input is held in memory whole, so it must fit well within a modest heap; packs' text is a few MB. */
    private static final long MAX_TEXT_BYTES = 256L << 20;

    private Sources() {
    }

    private static boolean isPdfName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** Opens the file; a PDF is read from disk by PDFBox, so only text input is held in memory whole. */
    public static SourceDocument open(Path file) throws SourceException {
        return open(file, null);
    }

    /** Opens the file, with the password for an encrypted PDF (or null). */
    public static SourceDocument open(Path file, String password) throws SourceException {
        return open(file, password, PageSelection.ALL);
    }

    /** Opens the selected pages of the file only, with the password for an encrypted PDF (or null). */
    public static SourceDocument open(Path file, String password, PageSelection selection) throws SourceException {
        return open(file, password, selection, 1);
    }

    /**
     * Opens the selected pages of the file, reading a PDF's pages on up to {@code threads} threads at once (one
     * when it is 1 or less); text input is read on one.
     */
    public static SourceDocument open(Path file, String password, PageSelection selection, int threads)
            throws SourceException {
        Read<SourcePage> read = read(file, password, selection, threads, (page, paged) -> page);
        return new SourceDocument(read.head(), read.pages());
    }

    /** What a caller keeps of each page as it is read, told whether the input has page breaks. */
    @FunctionalInterface
    public interface PageKeeper<T> {
        T keep(SourcePage page, boolean paged);
    }

    /** An input read: what it is, and what was kept of each of its pages, in order. */
    public record Read<T>(SourceHead head, List<T> pages) {
    }

    /**
     * Reads the selected pages of the file as {@link #open(Path, String, PageSelection, int)} does, handing each
     * page to {@code keeper} as soon as it is read (on the thread that read it, so it must be safe to call from
     * several at once) and holding only what that returns: a large input need not be held whole.
     */
    public static <T> Read<T> read(Path file, String password, PageSelection selection, int threads,
                                   PageKeeper<T> keeper) throws SourceException {
        Head head = head(file);
        String name = FileNames.text(file.getFileName());
        if (head.size() == 0) {
            throw new UnreadableInputException("empty file");
        }
        if (startsWithPdfMagic(head.bytes())) {
            PdfSource.Pages<T> pdf = PdfSource.read(file, password, selection, threads,
                    page -> keeper.keep(page, true));
            return new Read<>(new SourceHead(name, head.sha256(), SourceFormat.PDF, true, pdf.warnings(), null),
                    pdf.pages());
        }
        if (isPdfName(file)) {
            throw new NotPdfException("not a PDF: the file has no PDF header");
        }
        if (head.size() > MAX_TEXT_BYTES) {
            throw new InputTooLargeException("too large: a text input of " + (head.size() >> 20)
                    + " MiB is over the limit of " + (MAX_TEXT_BYTES >> 20) + " MiB");
        }
        TextSource.Pages text = TextSource.read(readAll(file));
        selection.check(text.pages().size());
        List<T> pages = selection.of(text.pages(), SourcePage::index).stream()
                .map(page -> keeper.keep(page, text.paged())).toList();
        return new Read<>(new SourceHead(name, head.sha256(), SourceFormat.TEXT, text.paged(), text.warnings(selection),
                text.encoding()), pages);
    }

    /** The SHA-256 of the file's content, read in one streaming pass. */
    public static String sha256(Path file) throws SourceException {
        return head(file).sha256();
    }

    /** The file's first bytes (enough to tell a PDF), its size and its hash, in one pass. */
    private record Head(byte[] bytes, long size, String sha256) {
    }

    private static Head head(Path file) throws SourceException {
        if (Files.isDirectory(file)) {
            throw new UnreadableInputException("is a directory");
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = sha256Digest();
            byte[] head = in.readNBytes(PDF_MAGIC_WINDOW);
            digest.update(head);
            long size = head.length;
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
            return new Head(head, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static byte[] readAll(Path file) throws SourceException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private static SourceException unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UnreadableInputException("no such file", e);
        }
        if (e instanceof AccessDeniedException) {
            return new UnreadableInputException("permission denied", e);
        }
        return new UnreadableInputException("cannot read: " + e.getMessage(), e);
    }

    static boolean startsWithPdfMagic(byte[] bytes) {
        int limit = Math.min(bytes.length, PDF_MAGIC_WINDOW) - PDF_MAGIC.length;
        for (int start = 0; start <= limit; start++) {
            boolean match = true;
            for (int i = 0; i < PDF_MAGIC.length && match; i++) {
                match = bytes[start + i] == PDF_MAGIC[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256Digest().digest(bytes));
    }

    /** A new SHA-256 digest, the hash every input is known by. */
    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Extensions that a directory search picks up. */
    public static final List<String> INPUT_EXTENSIONS = List.of(".pdf", ".txt", ".md");

    /**
     * Whether a folder search takes a file of this name: an input's extension, and neither hidden nor a README,
     * which describes a folder rather than belongs to it.
     */
    public static boolean isFolderInput(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return INPUT_EXTENSIONS.stream().anyMatch(name::endsWith) && !name.startsWith(".")
                && !name.startsWith("readme.");
    }
}
