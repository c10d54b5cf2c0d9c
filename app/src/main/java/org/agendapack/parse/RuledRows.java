package org.agendapack.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agendapack.segment.PackPage;
import org.agendapack.segment.PageLine;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.Ruling;
import org.agendapack.source.Word;
import org.agendapack.table.RuledGrid;

/**
 * Regroups a PDF page's words by the cells of its ruled tables: each row of a table becomes one line with
 * one cell per ruled cell (empty cells kept), so a label or value that wraps within its cell is one cell.
 * Words outside the tables keep their lines. Pages without rulings (and text input) are left as they are.
 */
public final class RuledRows {

    private static final int MIN_HORIZONTALS = 3;

    private RuledRows() {
    }

    public static List<PageLine> regroup(List<PageLine> lines) {
        List<PageLine> out = new ArrayList<>();
        PageLine.byPage(lines).forEach(pageLines -> out.addAll(regroupPage(pageLines.get(0).page(), pageLines)));
        return out;
    }

    private record Row(double top, double bottom, List<Double> columns) {
        int column(double x) {
            return RuledGrid.band(columns, x);
        }
    }

    private record Placed(double y, PageLine line) {
    }

    private static List<PageLine> regroupPage(PackPage page, List<PageLine> lines) {
        List<Row> rows = rows(page.rulings());
        if (rows.isEmpty()) {
            return lines;
        }
        Integer printed = lines.get(0).printedPage();
        List<List<List<Word>>> cells = new ArrayList<>();
        rows.forEach(row -> {
            List<List<Word>> rowCells = new ArrayList<>();
            for (int i = 0; i + 1 < row.columns().size(); i++) {
                rowCells.add(new ArrayList<>());
            }
            cells.add(rowCells);
        });
        List<Placed> placed = new ArrayList<>();
        for (PageLine line : lines) {
            List<Word> free = new ArrayList<>();
            for (Word word : line.line().words()) {
                Box box = word.box();
                int row = box == null ? -1 : rowOf(rows, box.centerY());
                int column = row < 0 ? -1 : rows.get(row).column(box.centerX());
                if (column < 0 || line.line().direction() != 0) {
                    free.add(word);
                } else {
                    cells.get(row).get(column).add(word);
                }
            }
            if (free.size() == line.line().words().size()) {
                placed.add(new Placed(top(line.line()), line));
            } else if (!free.isEmpty()) {
                Line rest = new Line(List.of(new Cell(free)), line.line().direction());
                placed.add(new Placed(top(rest), new PageLine(rest, page, printed)));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> rowCells = cells.get(r).stream().map(words -> new Cell(RuledGrid.readingOrder(words))).toList();
            if (rowCells.stream().anyMatch(cell -> !cell.isEmpty())) {
                placed.add(new Placed(rows.get(r).top(), new PageLine(Line.horizontal(rowCells), page, printed)));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::y));
        return placed.stream().map(Placed::line).toList();
    }

    private static double top(Line line) {
        Box box = line.box();
        return box == null ? 0 : box.y();
    }

    private static int rowOf(List<Row> rows, double y) {
        for (int i = 0; i < rows.size(); i++) {
            if (y >= rows.get(i).top() && y < rows.get(i).bottom()) {
                return i;
            }
        }
        return -1;
    }

    /** The rows of the page's tables: between consecutive horizontal rules, where vertical rules cross. */
    private static List<Row> rows(List<Ruling> rulings) {
        RuledGrid grid = RuledGrid.of(rulings);
        List<Double> ys = grid.ys();
        if (ys.size() < MIN_HORIZONTALS || grid.xs().size() < 2) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i + 1 < ys.size(); i++) {
            List<Double> xs = grid.columnsAcross(ys.get(i), ys.get(i + 1));
            if (xs.size() >= 2) {
                rows.add(new Row(ys.get(i), ys.get(i + 1), xs));
            }
        }
        return rows;
    }
}
