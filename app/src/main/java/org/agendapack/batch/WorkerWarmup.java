package org.agendapack.batch;

import java.nio.charset.StandardCharsets;
import org.agendapack.output.CsvExports;
import org.agendapack.output.JsonOutput;
import org.agendapack.source.SourceDocument;
import org.agendapack.source.SourceException;
import org.agendapack.source.SourceFormat;
import org.agendapack.source.TextSource;

/**
 * Takes a new worker once through the pipeline on a few made-up lines before it takes files, so that loading
 * the pipeline's classes is not counted against the first file's time limit.
 */
final class WorkerWarmup {

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

    private WorkerWarmup() {
    }

    static void run() {
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
