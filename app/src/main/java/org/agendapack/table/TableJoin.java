package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.Table;

/** Whether a table goes on from the previous page, and the two joined into one. */
final class TableJoin {

    private TableJoin() {
    }

    /**
     * A table continues on the next page when it has the same columns and either repeats the header or has
     * none of its own.
     */
    static boolean continues(Table previous, Table next) {
        return previous.pageEnd() != null && next.pageStart() != null && next.pageStart() == previous.pageEnd() + 1
                && previous.columns().size() == next.columns().size()
                && (next.headerRows() == 0 || next.columns().equals(previous.columns()))
                && next.caption() == null;
    }

    static Table joined(Table previous, Table next) {
        List<List<String>> rows = new ArrayList<>(previous.rows());
        List<Table.Span> spans = new ArrayList<>(previous.spans());
        next.spans().forEach(span -> spans.add(new Table.Span(span.row() + rows.size(), span.column(), span.rows(),
                span.columns())));
        List<List<String>> nextRows = next.headerRows() == 0 && !next.columns().stream().allMatch(String::isEmpty)
                ? concat(List.of(next.columns()), next.rows()) : next.rows();
        rows.addAll(nextRows);
        List<Boolean> sections = new ArrayList<>(previous.sectionRows());
        sections.addAll(nextRows.size() > next.sectionRows().size()
                ? concat(List.of(false), next.sectionRows()) : next.sectionRows());
        return new Table(previous.id(), previous.document(), previous.agendaItem(), previous.caption(),
                MetricKind.of(previous.columns(), rows, sections, previous.caption()), previous.headerRows(),
                previous.header(), previous.columns(), rows, spans, sections, previous.method(),
                previous.pageStart(), next.pageEnd(), previous.printedPageStart(), next.printedPageEnd(),
                previous.bbox(), Math.min(previous.confidence(), next.confidence()));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
