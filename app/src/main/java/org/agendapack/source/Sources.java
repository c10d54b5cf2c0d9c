package org.agendapack.source;

import java.io.IOException;
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

    private Sources() {
    }

    public static boolean isPdfName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    public static SourceDocument open(Path file) throws SourceException {
        byte[] bytes = readAll(file);
        String name = file.getFileName().toString();
        String sha256 = sha256(bytes);
        if (bytes.length == 0) {
            throw new SourceException("empty file");
        }
        if (startsWithPdfMagic(bytes)) {
            return new SourceDocument(name, sha256, SourceFormat.PDF, true, PdfSource.read(file));
        }
        if (isPdfName(file)) {
            throw new SourceException("not a PDF: the file has no PDF header");
        }
        TextSource.Pages text = TextSource.read(bytes);
        return new SourceDocument(name, sha256, SourceFormat.TEXT, text.paged(), text.pages());
    }

    private static byte[] readAll(Path file) throws SourceException {
        if (Files.isDirectory(file)) {
            throw new SourceException("is a directory");
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SourceException("no such file");
        } catch (AccessDeniedException e) {
            throw new SourceException("permission denied");
        } catch (IOException e) {
            throw new SourceException("cannot read: " + e.getMessage());
        }
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
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Extensions that a directory search picks up. */
    public static final List<String> INPUT_EXTENSIONS = List.of(".pdf", ".txt", ".md");
}
