package org.agendapack.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.agendapack.output.CsvExports;
import org.agendapack.output.JsonOutput;
import org.agendapack.source.SourceDocument;
import org.agendapack.source.SourceException;
import org.agendapack.source.SourceFormat;
import org.agendapack.source.TextSource;

/**
 * Loads and initialises what every extraction needs before the first file does: the PDF library's classes whose
 * initialisation builds large tables (code-to-string tables of character maps, the Adobe glyph list), then the
 * pipeline, JSON and CSV writers once on a few made-up lines. A worker runs it before it takes files, so that it
 * is not counted against the first file's time limit; a run of one file in this JVM initialises the library and
 * the JSON writer on a second thread, while the file is opened, so that the file finds them ready.
 */
final class Warmup {

    /** Classes of the PDF library with costly static initialisers, by name: a renamed one is merely skipped. */
    private static final List<String> PDF_LIBRARY_CLASSES = List.of(
            "org.apache.fontbox.cmap.CMapStrings",
            "org.apache.pdfbox.pdmodel.font.encoding.GlyphList",
            "org.apache.pdfbox.pdmodel.PDDocument");

    private static final String PAPER = """
            Anytown Parish Council
            Agenda
            Date: Monday 3 March 2025
            Time: 7.00 pm
            1. Apologies for absence
            2. Minutes of the last meeting (Pages 1 - 2)
            Item | 2023/24 | 2024/25
            Visitors | 1,200 | 1,350
            """;

    private Warmup() {
    }

    /**
     * Initialises the PDF library's costly classes and the JSON writer on a daemon thread (it ends with the process
     * if still running). Not the whole of {@link #run}: beside one file on two cores, running the pipeline as well
     * competes with the file for the processor and gains nothing (measured).
     */
    static void inBackground() {
        Thread thread = new Thread(() -> {
            initialisePdfLibrary();
            JsonOutput.toBytes(List.of());
        }, "agendapack-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    static void run() {
        initialisePdfLibrary();
        pipeline();
    }

    private static void initialisePdfLibrary() {
        for (String name : PDF_LIBRARY_CLASSES) {
            try {
                Class.forName(name, true, Warmup.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                // a class of another version of the library: nothing to prepare
            }
        }
    }

    private static void pipeline() {
        try {
            TextSource.Pages pages = TextSource.read(PAPER.getBytes(StandardCharsets.UTF_8));
            var pack = PackExtractor.extract(new SourceDocument("warmup.txt", "", SourceFormat.TEXT, pages.paged(),
                    pages.pages()));
            JsonOutput.toBytes(pack);
            CsvExports.rowsOf(pack);
        } catch (SourceException | RuntimeException e) {
            // a warm-up only: the files themselves report whatever goes wrong
        }
    }
}
