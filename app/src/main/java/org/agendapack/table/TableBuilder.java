package org.agendapack.table;

import java.util.Collections;
import java.util.List;
import org.agendapack.model.Table;
import org.agendapack.model.Table.Span;
import org.agendapack.model.TableKind;
import org.agendapack.source.Box;

/**
 * Turns a found grid into a table: its columns split by a stray rule joined ({@link SplitColumns}), its header
 * ({@link HeaderReader}), its body rows with wrapped lines joined ({@link WrappedRows}) and the section rows
 * marked ({@link SectionRows}), its caption ({@link CaptionFinder}, else the title row over its header) and its
 * kind ({@link MetricKind}).
 */
final class TableBuilder {

    private TableBuilder() {
    }

    static Table build(TableGrid found, String id) {
        TableGrid grid = SplitColumns.joined(found);
        HeaderReader.Header header = HeaderReader.read(grid);
        int headerRows = header.rows();
        int columns = grid.columnCount();
        WrappedRows.Joined body = WrappedRows.of(grid.cells().subList(headerRows, grid.cells().size()));
        List<List<String>> rows = body.rows();
        List<Boolean> sections = SectionRows.of(rows, columns);
        List<Span> spans = body.spans(grid.spans().stream().filter(span -> span.row() >= headerRows)
                .map(span -> new Span(span.row() - headerRows, span.column(), span.rows(), span.columns())).toList());
        String caption = CaptionFinder.find(grid);
        caption = caption == null ? header.title() : caption;
        TableKind kind = MetricKind.of(header.printed(), header.columns(), rows, sections, caption);
        Box box = grid.bbox();
        return new Table(id, null, null, caption, kind, headerRows, header.printed(), header.columns(), rows, spans,
                sections, grid.method(), grid.page(), grid.page(), grid.printedPage(), grid.printedPage(),
                box == null ? null : List.of(box.x(), box.y(), box.right(), box.bottom()),
                columns < 2 ? grid.confidence() / 2 : grid.confidence(),
                grid.page() == null ? null : Collections.nCopies(rows.size(), grid.page()));
    }
}
