package org.agendapack.table;

import java.util.List;
import org.agendapack.model.Table.Span;
import org.agendapack.source.Box;
import org.agendapack.source.Line;

/**
 * A table as found, before its header is read: a matrix of cell texts (a merged cell's text in its first
 * position, empty elsewhere), the merged cells, and where it stands.
 *
 * @param above the lines just above the table, where a caption may be
 * @param below the lines just below it
 */
record TableGrid(List<List<String>> cells, List<Span> spans, String method, Integer page, Integer printedPage,
                 Box bbox, double confidence, List<Line> above, List<Line> below) {

    int columnCount() {
        return cells.stream().mapToInt(List::size).max().orElse(0);
    }
}
