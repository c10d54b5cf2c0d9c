import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.agendapack.batch.TableExtractor;
import org.agendapack.source.PageSelection;
import org.agendapack.table.TableEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Table pages per second beside plain PDFBox text extraction of the same pages, in one warmed-up JVM so that
 * start-up and class loading count for neither. Each is timed over ROUNDS alternating rounds and its fastest
 * round kept: the collector and the other work of the machine only ever add time. Usage: TableSpeed ROUNDS FILE...
 */
public class TableSpeed {

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<String> files = List.of(args).subList(1, args.length);
        int pages = 0;
        for (String file : files) {
            try (PDDocument document = Loader.loadPDF(new File(file))) {
                pages += document.getNumberOfPages();
            }
        }
        plainText(files);
        tables(files);
        long plain = Long.MAX_VALUE;
        long tables = Long.MAX_VALUE;
        int found = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            plainText(files);
            plain = Math.min(plain, System.nanoTime() - start);
            start = System.nanoTime();
            found = tables(files);
            tables = Math.min(tables, System.nanoTime() - start);
        }
        double plainSeconds = plain / 1e9;
        double tableSeconds = tables / 1e9;
        System.out.printf("%-28s %6d pages %7.2f s %8.1f pages/s%n", "PDFBox plain text", pages, plainSeconds,
                pages / plainSeconds);
        System.out.printf("%-28s %6d pages %7.2f s %8.1f pages/s %5d tables %5.2fx plain text (wanted <= 1.5x)%n",
                "table engine (tables)", pages, tableSeconds, pages / tableSeconds, found, tableSeconds / plainSeconds);
    }

    private static void plainText(List<String> files) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (String file : files) {
            try (PDDocument document = Loader.loadPDF(new File(file))) {
                stripper.getText(document);
            }
        }
    }

    private static int tables(List<String> files) throws Exception {
        int found = 0;
        for (String file : files) {
            found += TableExtractor.extract(Path.of(file), PageSelection.ALL, null, TableEngine.Mode.AUTO).size();
        }
        return found;
    }
}
