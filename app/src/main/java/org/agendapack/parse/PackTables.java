package org.agendapack.parse;

import java.util.ArrayList;
import java.util.List;
import org.agendapack.model.Table;
import org.agendapack.segment.PackPage;
import org.agendapack.segment.PageLine;
import org.agendapack.table.TableEngine;
import org.agendapack.table.TablePage;

/**
 * The tables of a document of a pack: its pages handed to the table engine with their furniture already taken
 * out (the lines are the pages' bodies), and the tables found numbered on from {@code firstId} so that a pack's
 * tables are numbered in pack order.
 */
public final class PackTables {

    private PackTables() {
    }

    public static List<Table> find(List<PageLine> lines, String document, String agendaItem, int firstId) {
        List<TablePage> pages = new ArrayList<>();
        for (List<PageLine> pageLines : PageLine.byPage(lines)) {
            PackPage page = pageLines.get(0).page();
            pages.add(new TablePage(pageLines.get(0).physicalPage(), pageLines.get(0).printedPage(), page.width(),
                    page.height(), pageLines.stream().map(PageLine::line).toList(), page.rulings()));
        }
        List<Table> found = TableEngine.find(pages, TableEngine.Mode.AUTO);
        List<Table> tables = new ArrayList<>();
        for (Table table : found) {
            tables.add(table.in("t" + (firstId + tables.size()), document, agendaItem));
        }
        return tables;
    }
}
