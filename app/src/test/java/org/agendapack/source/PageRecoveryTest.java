package org.agendapack.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Damage below the file (a page object, a content stream, a font, the page tree) costs that part only. */
class PageRecoveryTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aPageWhoseObjectCannotBeParsedIsKeptEmptyAndTheOthersAreRead(int threads) throws Exception {
        Path pdf = dir.resolve("page-object.pdf");
        byte[] file = save(threePages("BT /F1 12 Tf 72 700 Td (Second page) Tj ET"), pdf);
        // the page's dictionary opens a hex string that never closes: the object cannot be parsed
        String text = new String(file, StandardCharsets.ISO_8859_1);
        int page = text.indexOf("<<", secondPageObject(text));
        file[page + 1] = '0';
        Files.write(pdf, file);

        SourceDocument document = Sources.open(pdf, null, PageSelection.ALL, threads);

        assertThat(texts(document)).containsExactly("First page", "", "Last page");
        assertThat(document.warnings()).extracting(SourceWarning::code, SourceWarning::page)
                .containsExactly(tuple("PAGE_UNREADABLE", 2));
        assertThat(document.warnings().get(0).message())
                .isEqualTo("page 2 could not be read and is left empty: its page object is damaged");
    }

    @Test
    void aContentStreamThatBreaksOffKeepsTheTextBeforeTheDamage() throws Exception {
        Path pdf = dir.resolve("broken-off.pdf");
        save(threePages("BT /F1 12 Tf 72 700 Td (Read before the damage) Tj ET BT 72 600 Td <4142"), pdf);

        SourceDocument document = Sources.open(pdf);

        assertThat(texts(document)).containsExactly("First page", "Read before the damage", "Last page");
        assertThat(document.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("PAGE_DAMAGED");
            assertThat(warning.page()).isEqualTo(2);
            assertThat(warning.message()).startsWith("page 2 is damaged and was read up to the damage only: ")
                    .contains("hex string");
        });
    }

    @Test
    void aCompressedContentStreamCutShortIsWarnedWithItsPage() throws Exception {
        Path pdf = dir.resolve("cut-short.pdf");
        PDDocument document = threePages("");
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 72 700 Td (Read before the cut) Tj ET\n");
        for (int line = 0; line < 2000; line++) {
            content.append("BT /F1 12 Tf 72 ").append(line % 600).append(" Td (Line ").append(line).append(") Tj ET\n");
        }
        byte[] whole = deflated(content.toString());
        COSStream stream = document.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(whole, 0, whole.length / 2);
        }
        document.getPage(1).setContents(new PDStream(stream));
        save(document, pdf);

        SourceDocument read = Sources.open(pdf);

        assertThat(texts(read).get(1)).startsWith("Read before the cut");
        assertThat(read.warnings()).extracting(SourceWarning::code, SourceWarning::page, SourceWarning::message)
                .containsExactly(tuple("PAGE_DAMAGED", 2, "page 2 is damaged and was read up to the damage only: "
                        + "its compressed content stream is cut short"));
    }

    @Test
    void aFontThatCannotBeLoadedLosesItsTextAndThePageKeepsTheRest() throws Exception {
        Path pdf = dir.resolve("font.pdf");
        PDDocument document = threePages("BT /F1 12 Tf 72 700 Td (Kept) Tj /F2 12 Tf 72 600 Td <0041> Tj ET "
                + "BT /F1 12 Tf 72 500 Td (Kept too) Tj ET");
        // a composite font without its descendant font: PDFBox cannot load it
        COSDictionary broken = new COSDictionary();
        broken.setItem(COSName.TYPE, COSName.FONT);
        broken.setItem(COSName.SUBTYPE, COSName.TYPE0);
        broken.setName(COSName.BASE_FONT, "Broken");
        broken.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        document.getPage(1).getResources().getCOSObject().getCOSDictionary(COSName.FONT)
                .setItem(COSName.getPDFName("F2"), broken);
        save(document, pdf);

        SourceDocument read = Sources.open(pdf);

        assertThat(texts(read)).containsExactly("First page", "Kept | Kept too", "Last page");
        assertThat(read.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("FONT_UNREADABLE");
            assertThat(warning.page()).isEqualTo(2);
            assertThat(warning.message()).startsWith("page 2: the font /F2 (");
        });
    }

    @Test
    void textInAFontMissingFromTheResourcesIsLeftOutWithAWarning() throws Exception {
        Path pdf = dir.resolve("missing-font.pdf");
        save(threePages("BT /F1 12 Tf 72 700 Td (Kept) Tj /F9 12 Tf 72 600 Td <00240025> Tj ET"), pdf);

        SourceDocument read = Sources.open(pdf);

        assertThat(texts(read)).containsExactly("First page", "Kept", "Last page");
        assertThat(read.warnings()).extracting(SourceWarning::code, SourceWarning::page, SourceWarning::message)
                .containsExactly(tuple("FONT_UNREADABLE", 2, "page 2: the font /F9 (it is not among the page's "
                        + "resources) could not be read, and the text in it is left out"));
    }

    @Test
    void aPageTreeRootThatIsNoTreeGivesThePagesFoundByTheirObjects() throws Exception {
        Path pdf = dir.resolve("tree.pdf");
        PDDocument document = threePages("BT /F1 12 Tf 72 700 Td (Second page) Tj ET");
        // the catalog's page tree points at some other dictionary, as when an object is overwritten
        COSDictionary stray = new COSDictionary();
        stray.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
        COSDictionary tree = document.getPages().getCOSObject();
        document.getDocumentCatalog().getCOSObject().setItem(COSName.PAGES, stray);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Kept"), tree);
        save(document, pdf);

        SourceDocument read = Sources.open(pdf);

        assertThat(texts(read)).containsExactly("First page", "Second page", "Last page");
        assertThat(read.warnings()).extracting(SourceWarning::code, SourceWarning::page)
                .containsExactly(tuple("PAGE_TREE_DAMAGED", null));
    }

    @Test
    void aPageTreeBranchThatIsLostLeavesThePagesItHoldsCounted() throws Exception {
        Path pdf = dir.resolve("lost.pdf");
        PDDocument document = threePages("BT /F1 12 Tf 72 700 Td (Second page) Tj ET");
        COSArray kids = document.getPages().getCOSObject().getCOSArray(COSName.KIDS);
        kids.remove(2);
        save(document, pdf);

        SourceDocument read = Sources.open(pdf);

        assertThat(texts(read)).containsExactly("First page", "Second page");
        assertThat(read.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("PAGE_TREE_DAMAGED");
            assertThat(warning.message()).isEqualTo("its page tree holds 2 pages, though it counts 3; the others "
                    + "could not be found");
        });
    }

    /** The offset of the second page object's header in a file saved without object streams. */
    private static int secondPageObject(String file) {
        int first = file.indexOf("/Type /Page\n");
        int second = file.indexOf("/Type /Page\n", first + 1);
        return file.lastIndexOf(" obj", second);
    }

    /** Three pages in Helvetica: "First page", the content given, "Last page". */
    private static PDDocument threePages(String middle) throws IOException {
        PDDocument document = new PDDocument();
        for (String content : List.of("BT /F1 12 Tf 72 700 Td (First page) Tj ET", middle,
                "BT /F1 12 Tf 72 700 Td (Last page) Tj ET")) {
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(new PDStream(stream));
            document.addPage(page);
        }
        return document;
    }

    /** Saves without object streams, so that a test can find an object's bytes; returns the file's bytes. */
    private static byte[] save(PDDocument document, Path file) throws IOException {
        try (document) {
            document.save(file.toFile(), CompressParameters.NO_COMPRESSION);
        }
        return Files.readAllBytes(file);
    }

    private static byte[] deflated(String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(bytes)) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return bytes.toByteArray();
    }

    private static List<String> texts(SourceDocument document) {
        return document.pages().stream()
                .map(page -> page.lines().stream().map(Line::text).collect(Collectors.joining(" | ")))
                .toList();
    }
}
