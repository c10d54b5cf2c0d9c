package org.agendapack.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.agendapack.source.Line;

/**
 * Runs of table rows among a page's lines. A run starts at a row and goes on over rows, and over lines that
 * a table can hold inside it (kept as rows, like a section banner) or that it can be broken by (skipped,
 * like a blank line), as long as a row follows them.
 */
final class RowRuns {

    /** A run: its rows, and where it starts and ends among the lines (end exclusive). */
    record Run(int start, int end, List<Line> rows) {
    }

    private RowRuns() {
    }

    static List<Run> find(List<Line> lines, Predicate<Line> isRow, Predicate<Line> keptInside,
                          Predicate<Line> skippedInside) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!isRow.test(lines.get(i))) {
                i++;
                continue;
            }
            List<Line> rows = new ArrayList<>();
            int end = i;
            while (end < lines.size()) {
                Line line = lines.get(end);
                boolean inside = !isRow.test(line) && rowFollows(lines, end + 1, isRow);
                if (isRow.test(line) || inside && keptInside.test(line)) {
                    rows.add(line);
                } else if (!(inside && skippedInside.test(line))) {
                    break;
                }
                end++;
            }
            runs.add(new Run(i, end, rows));
            i = end;
        }
        return runs;
    }

    private static boolean rowFollows(List<Line> lines, int from, Predicate<Line> isRow) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return isRow.test(lines.get(i));
            }
        }
        return false;
    }
}
