package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.DeflaterOutputStream;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.TestPdfs.Text;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages that cannot be read are left empty with a warning; the file fails only when its structure is broken. */
class PdfPageFailuresTest {

    /** Far past the content limit, yet a few hundred kilobytes compressed. */
    private static final long BOMB_BYTES = 200L << 20;

    @TempDir
    Path dir;

    @Test
    void aPageWhoseContentInflatesPastTheLimitIsSkippedWithoutInflatingIt() throws Exception {
        Path pdf = threePages(dir.resolve("bomb.pdf"), (document, page) ->
                page.setContents(new PDStream(deflated(document, BOMB_BYTES))));

        // a small heap: a reader that inflated the stream into memory could not finish
        Path errors = dir.resolve("errors.txt");
        Process reader = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), PrintPages.class.getName(), pdf.toString())
                .redirectError(errors.toFile()).start();
        String output = assertTimeoutPreemptively(Duration.ofMinutes(2),
                () -> new String(reader.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

        assertThat(reader.waitFor()).as("%s", Files.readString(errors)).isZero();
        assertThat(output.lines()).containsExactly("1: First page", "2: ", "3: Last page",
                        "WARNING PAGE_SKIPPED 2: page 2 was skipped: content stream larger than 64 MiB when "
                                + "decompressed");
    }

    @Test
    void aPageThatDrawsAFormPastTheLimitIsSkipped() throws Exception {
        Path pdf = threePages(dir.resolve("form.pdf"), (document, page) -> {
            PDFormXObject form = new PDFormXObject(deflated(document, BOMB_BYTES));
            form.setBBox(PDRectangle.A4);
            PDResources resources = new PDResources();
            COSName name = resources.add(form);
            page.setResources(resources);
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream out = content.createRawOutputStream()) {
                out.write(("/" + name.getName() + " Do").getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(new PDStream(content));
        });

        SourceDocument document = Sources.open(pdf);

        assertThat(texts(document)).containsExactly("First page", "", "Last page");
        assertThat(document.warnings()).extracting(SourceWarning::code, SourceWarning::page)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PAGE_SKIPPED", 2));
    }

    @Test
    void aPageWhoseContentCannotBeDecodedIsLeftEmptyAndTheOthersAreRead() throws Exception {
        Path pdf = threePages(dir.resolve("broken.pdf"), (document, page) -> {
            COSStream content = document.getDocument().createCOSStream();
            content.setItem(COSName.FILTER, COSName.getPDFName("NoSuchDecode"));
            try (OutputStream out = content.createRawOutputStream()) {
                out.write("BT /F1 10 Tf (lost) Tj ET".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(new PDStream(content));
        });

        SourceDocument document = Sources.open(pdf);

        assertThat(texts(document)).containsExactly("First page", "", "Last page");
        assertThat(document.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("PAGE_UNREADABLE");
            assertThat(warning.page()).isEqualTo(2);
            assertThat(warning.message()).startsWith("page 2 could not be read and is left empty: ");
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 200, Integer.MAX_VALUE})
    void aPageCountTheTreeDoesNotHoldIsNotTrusted(int count) throws Exception {
        Path pdf = dir.resolve("count.pdf");
        try (PDDocument document = TestPdfs.build(List.of(Page.portrait(Text.at("Only page", 72, 700))))) {
            document.getPages().getCOSObject().setInt(COSName.COUNT, count);
            document.save(pdf.toFile());
        }

        SourceDocument read = Sources.open(pdf);

        assertThat(texts(read)).containsExactly("Only page");
        assertThat(read.warnings()).allMatch(warning -> warning.code().equals("PAGE_TREE_DAMAGED"));
    }

    @Test
    void aFileWithoutPagesIsADamagedPdf() throws Exception {
        Path pdf = dir.resolve("none.pdf");
        try (PDDocument document = TestPdfs.build(List.of(Page.portrait(Text.at("Only page", 72, 700))))) {
            document.getPages().getCOSObject().setItem(COSName.KIDS, new COSArray());
            document.save(pdf.toFile());
        }

        assertThatThrownBy(() -> Sources.open(pdf)).isInstanceOf(DamagedPdfException.class)
                .extracting(error -> ((SourceException) error).kind()).isEqualTo("damaged");
    }

    @Test
    void pagesReadOnSeveralThreadsComeBackInOrderAsOneThreadReadsThem() throws Exception {
        Page[] pages = new Page[7];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = Page.portrait(Text.at("Page text " + (i + 1), 72, 700), Text.bold("Heading", 72, 760));
        }
        Path pdf = TestPdfs.write(dir.resolve("seven.pdf"), pages);

        SourceDocument one = Sources.open(pdf, null, PageSelection.ALL, 1);
        SourceDocument three = Sources.open(pdf, null, PageSelection.ALL, 3);
        SourceDocument some = Sources.open(pdf, null, PageSelection.of(List.of(2, 5, 6)), 2);

        assertThat(three.pages()).isEqualTo(one.pages());
        assertThat(three.pages()).extracting(SourcePage::index).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(some.pages()).extracting(page -> page.lines().get(1).text())
                .containsExactly("Page text 2", "Page text 5", "Page text 6");
    }

    @Test
    void pagesAreCutIntoRunsOfConsecutivePagesAlikeInLength() {
        assertThat(PdfSource.runs(List.of(1, 2, 3, 4, 5, 6, 7), 3))
                .containsExactly(List.of(1, 2), List.of(3, 4), List.of(5, 6, 7));
        assertThat(PdfSource.runs(List.of(4, 9), 8)).containsExactly(List.of(4), List.of(9));
        assertThat(PdfSource.runs(List.of(1, 2), 0)).containsExactly(List.of(1, 2));
    }

    /** Prints each page's text and each warning: the reader run in a JVM of its own, with a heap of its own. */
    static final class PrintPages {

        public static void main(String[] args) throws Exception {
            SourceDocument document = Sources.open(Path.of(args[0]));
            for (SourcePage page : document.pages()) {
                System.out.println(page.index() + ": " + text(page));
            }
            for (SourceWarning warning : document.warnings()) {
                System.out.println("WARNING " + warning.code() + " " + warning.page() + ": " + warning.message());
            }
        }
    }

    private interface MiddlePage {
        void build(PDDocument document, PDPage page) throws IOException;
    }

    /** A page of text, the page under test, and another page of text. */
    private static Path threePages(Path file, MiddlePage middle) throws IOException {
        try (PDDocument document = TestPdfs.build(List.of(Page.portrait(Text.at("First page", 72, 700)),
                Page.portrait(), Page.portrait(Text.at("Last page", 72, 700))))) {
            middle.build(document, document.getPage(1));
            document.save(file.toFile());
        }
        return file;
    }

    /** A Flate stream of {@code size} bytes of empty save-restore pairs, compressed as it is written. */
    private static COSStream deflated(PDDocument document, long size) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        byte[] chunk = "q Q ".repeat(1 << 14).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new DeflaterOutputStream(stream.createRawOutputStream(), true)) {
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
        }
        return stream;
    }

    private static List<String> texts(SourceDocument document) {
        return document.pages().stream().map(PdfPageFailuresTest::text).toList();
    }

    private static String text(SourcePage page) {
        return page.lines().stream().map(Line::text).collect(Collectors.joining(" | "));
    }
}
