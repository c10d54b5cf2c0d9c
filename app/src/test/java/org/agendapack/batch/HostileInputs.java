package org.agendapack.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.agendapack.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Small hostile inputs for the batch, built in Java from the samples and from raw PDF objects: damaged and
 * truncated PDFs, structures that loop (a page tree inside itself, a form that draws itself), a compression
 * bomb, text a parser may choke on, and two good files that must come through whatever their neighbours do.
 * Every text is made up.
 */
final class HostileInputs {

    static final String GOOD_PDF = "good.pdf";
    static final String GOOD_TEXT = "good.txt";
    /** A folder with a PDF's name: not an input, and it must not be taken for one. */
    static final String FOLDER_NAMED_PDF = "x.pdf";

    private static final String PAGE_TEXT = "BT /F1 12 Tf 72 770 Td (Agenda) Tj 0 -20 Td (Date: 1 May 2030) Tj ET\n";
    private static final String HELVETICA = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>";
    private static final long MIB = 1L << 20;

    private HostileInputs() {
    }

    /** Writes every hostile input and the two good files into {@code dir}; returns the files' names. */
    static List<String> writeAll(Path dir) throws IOException {
        byte[] sample = Files.readAllBytes(Samples.file("002", ".pdf"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("truncated-10.pdf", truncated(sample, 10));
        files.put("truncated-50.pdf", truncated(sample, 50));
        files.put("truncated-90.pdf", truncated(sample, 90));
        files.put("flipped.pdf", flipped(sample, 13, 64));
        files.put("broken-xref.pdf", brokenXref(sample));
        files.put("page-tree-cycle.pdf", pageTreeCycle());
        files.put("self-drawing-form.pdf", selfDrawingForm());
        files.put("deep-nesting.pdf", deepNesting(50_000));
        files.put("font-removed.pdf", fontRemoved(Samples.file("002", ".pdf")));
        files.put("flate-bomb.pdf", flateBomb(300 * MIB));
        files.put("negative-count.pdf", negativeCount());
        files.put("nuls.txt", utf8("Agenda\nDate: 1 May 2030\n\0\0\0 1. Apologies\u0000\n"));
        files.put("unclosed-html.md", unclosedHtml(2_000));
        files.put("long-line.txt", longLine(5 * (int) MIB));
        files.put("many-lines.txt", manyLines(200_000));
        files.put("pipe-table.md", pipeTable(2_000, 20));
        files.put("empty.pdf", new byte[0]);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        Files.copy(Samples.file("002", ".pdf"), dir.resolve(GOOD_PDF));
        Files.copy(Samples.file("002", ".txt"), dir.resolve(GOOD_TEXT));
        Files.createDirectory(dir.resolve(FOLDER_NAMED_PDF));
        return Stream.concat(files.keySet().stream(), Stream.of(GOOD_PDF, GOOD_TEXT)).sorted().toList();
    }

    /** The first {@code percent} of the file. */
    static byte[] truncated(byte[] file, int percent) {
        return Arrays.copyOf(file, (int) ((long) file.length * percent / 100));
    }

    /** The file with {@code flips} random bits flipped, the same for the same seed. */
    static byte[] flipped(byte[] file, long seed, int flips) {
        byte[] copy = file.clone();
        Random random = new Random(seed);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    /** The PDF with every offset of its (last) cross-reference table pointing a few bytes past its object. */
    static byte[] brokenXref(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = text.lastIndexOf("\nxref");
        Matcher entry = Pattern.compile("(\\d{10}) (\\d{5}) n").matcher(text).region(xref, text.length());
        StringBuilder broken = new StringBuilder(text.substring(0, xref));
        int last = xref;
        while (entry.find()) {
            broken.append(text, last, entry.start())
                    .append(String.format("%010d %s n", Long.parseLong(entry.group(1)) + 7, entry.group(2)));
            last = entry.end();
        }
        broken.append(text.substring(last));
        return broken.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A page tree whose root lists itself among its kids. */
    static byte[] pageTreeCycle() {
        return onePage("/Kids[3 0 R 2 0 R]/Count 2", "", utf8(PAGE_TEXT));
    }

    /** A page tree that counts minus one page. */
    static byte[] negativeCount() {
        return onePage("/Kids[3 0 R]/Count -1", "", utf8(PAGE_TEXT));
    }

    /** A page drawing a form XObject whose own resources name itself and whose content draws itself. */
    static byte[] selfDrawingForm() {
        RawPdf pdf = onePageObjects("/Kids[3 0 R]/Count 1", "/X0 6 0 R", "", utf8(PAGE_TEXT + "/X0 Do\n"));
        pdf.addStream(form("/X0 6 0 R"), utf8(PAGE_TEXT + "/X0 Do\n"));
        return pdf.bytes(1);
    }

    /**
     * A page drawing a form that draws the next form {@code fanOut} times, {@code levels} deep, the last one
     * a few text operators: {@code fanOut ^ levels} forms drawn from a file of a few kilobytes, a file that
     * takes as long as a reader is willing to give it.
     */
    static byte[] formFanOut(int levels, int fanOut) {
        RawPdf pdf = onePageObjects("/Kids[3 0 R]/Count 1", "/X0 6 0 R", "", utf8(PAGE_TEXT + "/X0 Do\n"));
        for (int level = 0; level < levels; level++) {
            boolean leaf = level == levels - 1;
            String next = leaf ? "" : "/X0 " + (7 + level) + " 0 R";
            String content = leaf ? "q 1 0 0 1 0 0 cm Q\n".repeat(fanOut) : "q /X0 Do Q\n".repeat(fanOut);
            pdf.addStream(form(next), utf8(content));
        }
        return pdf.bytes(1);
    }

    /** A page whose text sits under {@code depth} saved graphics states. */
    static byte[] deepNesting(int depth) {
        return onePage("/Kids[3 0 R]/Count 1", "", utf8("q ".repeat(depth) + PAGE_TEXT + "Q ".repeat(depth)));
    }

    /** The PDF with the fonts taken out of every page's resources, while its text still uses them. */
    static byte[] fontRemoved(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                page.getResources().getCOSObject().removeItem(COSName.FONT);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A page whose Flate content stream inflates to {@code inflated} bytes (text, then blanks), compressed here
     * as it is produced so that the inflated stream is never held.
     */
    static byte[] flateBomb(long inflated) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (OutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] text = utf8(PAGE_TEXT);
            out.write(text);
            byte[] blanks = new byte[1 << 16];
            Arrays.fill(blanks, (byte) ' ');
            for (long left = inflated - text.length; left > 0; left -= blanks.length) {
                out.write(blanks, 0, (int) Math.min(blanks.length, left));
            }
        } finally {
            deflater.end();
        }
        return onePageObjects("/Kids[3 0 R]/Count 1", "", "/Filter/FlateDecode", compressed.toByteArray()).bytes(1);
    }

    /** Lines of tags opened and never closed, {@code tags} to a line, with tick boxes among them. */
    static byte[] unclosedHtml(int tags) {
        String line = "<div class=\"agenda\" <input type=\"checkbox\" checked <span style=\"x\" ".repeat(tags / 3);
        return utf8("Agenda\n" + line + "\n<table><tr><td>1. Apologies<td>Minutes\n" + line + "\n");
    }

    /** One line of {@code length} characters of words. */
    static byte[] longLine(int length) {
        String words = "The committee noted the report and agreed the recommendations. ";
        return utf8(words.repeat(length / words.length() + 1).substring(0, length) + "\n");
    }

    /** {@code count} short lines: agenda items, labels and resolutions in turn. */
    static byte[] manyLines(int count) {
        StringBuilder text = new StringBuilder("Agenda\n");
        for (int i = 1; i <= count; i++) {
            text.append(switch (i % 4) {
                case 0 -> i + ". Item " + i + " (Pages " + i + " - " + (i + 1) + ")";
                case 1 -> "Date: " + (i % 28 + 1) + " May 2030";
                case 2 -> "RESOLVED: that report " + i + " be noted.";
                default -> "Present: Councillor A. Example " + i;
            }).append('\n');
        }
        return utf8(text.toString());
    }

    /** A markdown pipe table of {@code rows} rows of figures under a header, {@code columns} wide. */
    static byte[] pipeTable(int rows, int columns) {
        StringBuilder text = new StringBuilder("Performance table\n\n|");
        for (int column = 0; column < columns; column++) {
            text.append(" Measure ").append(column).append(" |");
        }
        text.append("\n|").append(" --- |".repeat(columns)).append('\n');
        for (int row = 0; row < rows; row++) {
            text.append('|');
            for (int column = 0; column < columns; column++) {
                text.append(' ').append(row * columns + column).append('.').append(column).append(" |");
            }
            text.append('\n');
        }
        return utf8(text.toString());
    }

    /** A one-page PDF: catalog 1, page tree 2 (with the kids and count given), page 3, content 4, font 5. */
    private static byte[] onePage(String kidsAndCount, String xObjects, byte[] content) {
        return onePageObjects(kidsAndCount, xObjects, "", content).bytes(1);
    }

    /**
     * The objects of {@link #onePage}, its content stream encoded as {@code contentEntries} say, for a caller
     * to add its forms to (from object 6 on).
     */
    private static RawPdf onePageObjects(String kidsAndCount, String xObjects, String contentEntries, byte[] content) {
        RawPdf pdf = new RawPdf();
        pdf.add("<</Type/Catalog/Pages 2 0 R>>");
        pdf.add("<</Type/Pages" + kidsAndCount + ">>");
        pdf.add("<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>"
                + "/XObject<<" + xObjects + ">>>>>>");
        pdf.addStream(contentEntries, content);
        pdf.add(HELVETICA);
        return pdf;
    }

    /** The dictionary entries of a page-sized form XObject using font 5 and the XObjects given. */
    private static String form(String xObjects) {
        return "/Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>/XObject<<" + xObjects
                + ">>>>";
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
