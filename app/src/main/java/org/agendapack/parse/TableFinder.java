package org.agendapack.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agendapack.model.Table;
import org.agendapack.segment.PackPage;
import org.agendapack.segment.PageLine;

/**
 * Finds the tables of a document: ruled tables on PDF pages, TAB tables in text. Ids run on from
 * {@code firstId} so that a pack's tables are numbered in pack order.
 */
public final class TableFinder {

    private TableFinder() {
    }

    /** How tables are looked for on PDF pages. */
    public enum Mode {
        /** ruled tables where the page has rulings, else aligned words */
        AUTO,
        /** ruled tables only */
        LATTICE,
        /** aligned words only */
        STREAM
    }

    public static List<Table> find(List<PageLine> lines, String document, String agendaItem, int firstId) {
        return find(lines, document, agendaItem, firstId, Mode.AUTO);
    }

    public static List<Table> find(List<PageLine> lines, String document, String agendaItem, int firstId,
                                   Mode mode) {
        Map<PackPage, List<PageLine>> byPage = new LinkedHashMap<>();
        lines.forEach(line -> byPage.computeIfAbsent(line.page(), page -> new ArrayList<>()).add(line));
        List<TableGrid> grids = new ArrayList<>();
        byPage.forEach((page, pageLines) -> grids.addAll(grids(page, pageLines, mode)));
        List<Table> tables = new ArrayList<>();
        for (TableGrid grid : grids) {
            Table table = TableBuilder.build(grid, "t" + (firstId + tables.size()), document, agendaItem);
            Table previous = tables.isEmpty() ? null : tables.get(tables.size() - 1);
            if (previous != null && continues(previous, table)) {
                tables.set(tables.size() - 1, joined(previous, table));
            } else {
                tables.add(table);
            }
        }
        return tables;
    }

    private static List<TableGrid> grids(PackPage page, List<PageLine> lines, Mode mode) {
        if (page.width() == null) {
            return TextTables.find(lines);
        }
        List<TableGrid> ruled = mode == Mode.STREAM ? List.of() : LatticeTables.find(page, lines);
        if (mode == Mode.LATTICE || mode == Mode.AUTO && !ruled.isEmpty()) {
            return ruled;
        }
        return StreamTables.find(lines);
    }

    /**
     * A table continues on the next page when it has the same columns and either repeats the header or has
     * none of its own.
     */
    private static boolean continues(Table previous, Table next) {
        return previous.pageEnd() != null && next.pageStart() != null && next.pageStart() == previous.pageEnd() + 1
                && previous.columns().size() == next.columns().size()
                && (next.headerRows() == 0 || next.columns().equals(previous.columns()))
                && next.caption() == null;
    }

    private static Table joined(Table previous, Table next) {
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
                previous.kind().equals("metric") || next.kind().equals("metric") ? "metric" : "other",
                previous.headerRows(), previous.columns(), rows, spans, sections, previous.method(),
                previous.pageStart(), next.pageEnd(), previous.printedPageStart(), next.printedPageEnd(),
                previous.bbox(), Math.min(previous.confidence(), next.confidence()));
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
