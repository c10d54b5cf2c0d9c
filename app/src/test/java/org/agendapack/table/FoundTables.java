package org.agendapack.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agendapack.TestPdfs;
import org.agendapack.TestPdfs.Page;
import org.agendapack.batch.TableExtractor;
import org.agendapack.model.Table;
import org.agendapack.source.PageSelection;

/** The tables the engine finds in a PDF or a text written for a test, read as the tables command reads them. */
final class FoundTables {

    private FoundTables() {
    }

    static List<Table> inPdf(Path dir, TableEngine.Mode mode, Page... pages) throws Exception {
        return TableExtractor.extract(TestPdfs.write(dir.resolve("t.pdf"), pages), null, PageSelection.ALL, null, mode);
    }

    static List<Table> inPdf(Path dir, Page... pages) throws Exception {
        return inPdf(dir, TableEngine.Mode.AUTO, pages);
    }

    static List<Table> inText(Path dir, String text) throws Exception {
        return TableExtractor.extract(Files.writeString(dir.resolve("t.md"), text), null, PageSelection.ALL, null,
                TableEngine.Mode.AUTO);
    }
}
