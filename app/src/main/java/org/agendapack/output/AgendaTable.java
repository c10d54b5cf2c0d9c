package org.agendapack.output;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.agendapack.model.AgendaOverview;
import org.agendapack.model.Document;

/** The agenda as a plain-text table: number, title, the agenda's printed pages, and the documents found. */
public final class AgendaTable {

    private static final int TITLE_WIDTH = 60;

    private AgendaTable() {
    }

    public static String render(List<AgendaOverview> items) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Item", "Title", "Pages", "Documents"});
        for (AgendaOverview item : items) {
            rows.add(new String[] {item.number() + (item.part() == 2 ? " (part 2)" : ""), shorten(item.title()),
                    pages(item), documents(item.documents())});
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row[column].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(String.format("%-" + widths[column] + "s  ", row[column]));
            }
            out.append(line.append(row[3]).toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String pages(AgendaOverview item) {
        if (item.pageStart() == null) {
            return item.verbal() ? "verbal" : "-";
        }
        return range(item.pageStart(), item.pageEnd());
    }

    private static String range(Integer start, Integer end) {
        return end == null || end.equals(start) ? String.valueOf(start) : start + "-" + end;
    }

    private static String documents(List<Document> documents) {
        if (documents.isEmpty()) {
            return "-";
        }
        return documents.stream().map(document -> document.id() + " " + document.kind()
                + (document.printedPageStart() == null ? "" : " " + range(document.printedPageStart(),
                document.printedPageEnd()))).collect(Collectors.joining(", "));
    }

    private static String shorten(String title) {
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }
}
