package org.agendapack.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * A small, valid PDF that takes long to read and much memory to hold: one page on which tens of thousands of
 * words are drawn one on top of another, as a broken producer might. It stands for any input that is slow or
 * large to extract without depending on the machine being slow.
 */
final class SlowPdf {

    private SlowPdf() {
    }

    static Path write(Path file, int pieces) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
                for (int i = 0; i < pieces; i++) {
                    content.setTextMatrix(new Matrix(1, 0, 0, 1, 10 + (i % 50) * 11, 10 + (i / 50) % 700));
                    content.showText("word" + (i % 97) + " figure " + i);
                }
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }
}
