package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.Table;

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
        /** ruled tables where the page has rulings, else aligned words */
        AUTO,
        /** ruled tables only */
        LATTICE,
        /** aligned words only */
        STREAM
    }

    public static List<Table> find(List<TablePage> pages, Mode mode) {
        List<TableGrid> grids = new ArrayList<>();
        pages.forEach(page -> grids.addAll(grids(page, mode)));
        List<Table> tables = new ArrayList<>();
        for (TableGrid grid : grids) {
            Table table = TableBuilder.build(grid, "t" + (tables.size() + 1));
            Table previous = tables.isEmpty() ? null : tables.get(tables.size() - 1);
            if (previous != null && TableJoin.continues(previous, table)) {
                tables.set(tables.size() - 1, TableJoin.joined(previous, table));
            } else {
                tables.add(table);
            }
        }
        return tables;
    }

    private static List<TableGrid> grids(TablePage page, Mode mode) {
        if (!page.positioned()) {
            return TextTables.find(page, page.lines());
        }
        List<TableGrid> ruled = mode == Mode.STREAM ? List.of() : LatticeTables.find(page);
        if (mode == Mode.LATTICE || mode == Mode.AUTO && !ruled.isEmpty()) {
            return ruled;
        }
        return StreamTables.find(page, page.lines());
    }
}
