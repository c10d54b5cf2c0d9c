package org.agendapack.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agendapack.model.Table;
import org.agendapack.source.Box;
import org.agendapack.source.Line;

/**
 * Finds the tables of any document, page by page: ruled tables and tables of aligned words on PDF pages, TAB
 * tables in text. It knows nothing of what the document is; a caller that knows a page's furniture (stamps,
 * footers) takes it out of the lines before handing the page over. Tables are numbered {@code t1}, {@code t2},
 * … in page order, and have no document or agenda item of their own.
 */
public final class TableEngine {

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
        List<Line> outside = page.lines().stream().filter(line -> outside(line, ruled)).toList();
        List<TableGrid> grids = OpenRows.merged(ruled, StreamTables.find(page, outside), outside);
        grids.sort(Comparator.comparingDouble(grid -> grid.bbox() == null ? 0 : grid.bbox().y()));
        return grids;
    }

    /** Whether a line stands outside every ruled table (its box is worked out once, and only if there are any). */
    private static boolean outside(Line line, List<TableGrid> ruled) {
        if (ruled.isEmpty()) {
            return true;
        }
        Box box = line.box();
        return ruled.stream().noneMatch(grid -> inside(box, grid));
    }

    /** A line within a ruled table's box (its middle inside it) belongs to that table. */
    private static boolean inside(Box box, TableGrid grid) {
        Box table = grid.bbox();
        return box != null && table != null && box.centerY() >= table.y() && box.centerY() <= table.bottom()
                && box.centerX() >= table.x() && box.centerX() <= table.right();
    }
}
