package org.agendapack.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.agendapack.model.Table;
import org.agendapack.model.Table.Span;
import org.agendapack.source.Box;
import org.agendapack.source.Line;

/**
 * Finds the tables of any document, page by page: ruled tables and tables of aligned words on PDF pages, TAB
 * tables in text. It knows nothing of what the document is; a caller that knows a page's furniture (stamps,
 * footers) takes it out of the lines before handing the page over. Tables are numbered {@code t1}, {@code t2},
 * … in page order, and have no document or agenda item of their own.
 */
public final class TableEngine {

    /**
     * Points between a ruled table and aligned rows that still touch it: a row's pitch or so; a table of its
     * own stands further off, under a caption or a paragraph.
     */
    private static final double ADJOINING = 20;

    private TableEngine() {
    }

    /** How tables are looked for on PDF pages. */
    public enum Mode {
        /** ruled tables, and tables of aligned words among the lines outside them */
        AUTO,
        /** ruled tables only */
        LATTICE,
        /** aligned words only */
        STREAM
    }

    public static List<Table> find(List<TablePage> pages, Mode mode) {
        List<Table> tables = new ArrayList<>();
        TableJoin.Found last = null;
        for (TablePage page : pages) {
            for (TableGrid grid : grids(page, mode)) {
                TableJoin.Found found = new TableJoin.Found(TableBuilder.build(grid, "t" + (tables.size() + 1)),
                        grid, page);
                if (last != null && TableJoin.continues(last, found)) {
                    tables.set(tables.size() - 1, TableJoin.joined(last.table(), found.table()));
                    found = new TableJoin.Found(tables.get(tables.size() - 1), grid, page);
                } else {
                    tables.add(found.table());
                }
                last = found;
            }
        }
        return tables;
    }

    private static List<TableGrid> grids(TablePage page, Mode mode) {
        if (!page.positioned()) {
            return TextTables.find(page, page.lines());
        }
        List<TableGrid> ruled = mode == Mode.STREAM ? List.of() : LatticeTables.find(page);
        if (mode == Mode.LATTICE) {
            return ruled;
        }
        List<Line> outside = page.lines().stream().filter(line -> ruled.stream().noneMatch(grid -> inside(line, grid)))
                .toList();
        List<TableGrid> grids = new ArrayList<>(ruled);
        for (TableGrid stream : StreamTables.find(page, outside)) {
            int table = IntStream.range(0, grids.size()).filter(i -> i < ruled.size() && adjoins(stream, grids.get(i)))
                    .findFirst().orElse(-1);
            if (table < 0) {
                grids.add(stream);
            } else if (grids.get(table).columnCount() == stream.columnCount()) {
                grids.set(table, joined(grids.get(table), stream));
            }
        }
        grids.sort(Comparator.comparingDouble(grid -> grid.bbox() == null ? 0 : grid.bbox().y()));
        return grids;
    }

    /**
     * Aligned rows right against a ruled table, above or below it and across its width, are rows of that
     * table that its rules left open (a last row whose bottom rule is missing, the rows between shaded ones),
     * not a table of their own.
     */
    private static boolean adjoins(TableGrid stream, TableGrid ruled) {
        Box box = stream.bbox();
        Box table = ruled.bbox();
        return box != null && table != null && box.x() < table.right() && table.x() < box.right()
                && Math.max(box.y() - table.bottom(), table.y() - box.bottom()) <= ADJOINING;
    }

    /**
     * A ruled table with the aligned rows its rules left open, above or below it, in as many columns: one
     * table (as a table shaded on every other row, whose rules close only some of its rows).
     */
    private static TableGrid joined(TableGrid ruled, TableGrid open) {
        boolean below = open.bbox().centerY() > ruled.bbox().centerY();
        TableGrid upper = below ? ruled : open;
        TableGrid lower = below ? open : ruled;
        List<List<String>> cells = new ArrayList<>(upper.cells());
        cells.addAll(lower.cells());
        List<Span> spans = new ArrayList<>(upper.spans());
        int shift = upper.cells().size();
        lower.spans().forEach(span -> spans.add(new Span(span.row() + shift, span.column(), span.rows(),
                span.columns())));
        return new TableGrid(cells, spans, ruled.method(), ruled.page(), ruled.printedPage(),
                ruled.bbox().union(open.bbox()), ruled.confidence(), upper.above(), lower.below());
    }

    /** A line within a ruled table's box (its middle inside it) belongs to that table. */
    private static boolean inside(Line line, TableGrid grid) {
        Box box = line.box();
        Box table = grid.bbox();
        return box != null && table != null && box.centerY() >= table.y() && box.centerY() <= table.bottom()
                && box.centerX() >= table.x() && box.centerX() <= table.right();
    }
}
