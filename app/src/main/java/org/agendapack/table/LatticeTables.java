package org.agendapack.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agendapack.model.Table.Span;
import org.agendapack.source.Box;
import org.agendapack.source.Line;
import org.agendapack.source.Ruling;
import org.agendapack.source.Word;

/**
 * Ruled tables: the cell grid from the page's rulings (rows between horizontal rules, columns between
 * vertical ones), merged cells where a rule between two grid cells is missing, and each word placed in the
 * cell its centre falls in.
 */
final class LatticeTables {

    private static final double SAME = RuledGrid.SAME;
    private static final double CONFIDENCE = 0.9;

    private LatticeTables() {
    }

    static List<TableGrid> find(TablePage page) {
        List<Ruling> horizontals = page.rulings().stream().filter(Ruling::horizontal).toList();
        List<Ruling> verticals = page.rulings().stream().filter(Ruling::vertical).toList();
        List<TableGrid> tables = new ArrayList<>();
        for (List<Ruling> component : components(page.rulings())) {
            TableGrid grid = grid(component, page);
            if (grid != null) {
                tables.add(grid);
            }
        }
        tables.sort(Comparator.comparingDouble(grid -> grid.bbox().y()));
        return horizontals.isEmpty() || verticals.isEmpty() ? List.of() : tables;
    }

    /** Rulings that touch each other make one table. */
    private static List<List<Ruling>> components(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(rulings.get(i), rulings.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] index = new int[n];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (index[root] < 0) {
                index[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(index[root]).add(rulings.get(i));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(Ruling a, Ruling b) {
        return a.x1() - SAME <= b.x2() && b.x1() - SAME <= a.x2() && a.y1() - SAME <= b.y2() && b.y1() - SAME <= a.y2();
    }

    private static TableGrid grid(List<Ruling> rulings, TablePage page) {
        RuledGrid ruled = RuledGrid.of(rulings);
        List<Double> ys = ruled.ys();
        List<Double> xs = ruled.xs();
        if (ys.size() < 2 || xs.size() < 2) {
            return null;
        }
        int rows = ys.size() - 1;
        int columns = xs.size() - 1;
        // which grid cell each grid cell belongs to, after merging across missing rules
        int[][] owner = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                owner[r][c] = r * columns + c;
                boolean openLeft = c > 0 && !ruled.ruledDown(xs.get(c), ys.get(r), ys.get(r + 1));
                boolean openTop = r > 0 && !ruled.ruledAcross(ys.get(r), xs.get(c), xs.get(c + 1));
                if (openLeft) {
                    owner[r][c] = owner[r][c - 1];
                } else if (openTop) {
                    owner[r][c] = owner[r - 1][c];
                }
            }
        }
        List<List<StringBuilder>> texts = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<StringBuilder> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(new StringBuilder());
            }
            texts.add(row);
        }
        Box bbox = new Box(xs.get(0), ys.get(0), xs.get(columns) - xs.get(0), ys.get(rows) - ys.get(0));
        List<Word> words = new ArrayList<>();
        List<Line> above = new ArrayList<>();
        List<Line> below = new ArrayList<>();
        for (Line line : page.lines()) {
            Box box = line.box();
            if (box == null || line.direction() != 0) {
                continue;
            }
            if (box.centerY() < bbox.y()) {
                above.add(line);
            } else if (box.centerY() > bbox.bottom()) {
                below.add(line);
            }
            line.words().stream().filter(word -> word.box() != null).forEach(words::add);
        }
        int placed = 0;
        for (Word word : RuledGrid.readingOrder(words)) {
            int r = RuledGrid.band(ys, word.box().centerY());
            int c = RuledGrid.band(xs, word.box().centerX());
            if (r < 0 || c < 0) {
                continue;
            }
            int cell = owner[r][c];
            StringBuilder text = texts.get(cell / columns).get(cell % columns);
            text.append(text.length() == 0 ? "" : " ").append(word.text());
            placed++;
        }
        if (placed == 0) {
            return null;
        }
        List<Span> spans = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                if (owner[r][c] == r * columns + c) {
                    int rowSpan = 1;
                    int columnSpan = 1;
                    while (c + columnSpan < columns && owner[r][c + columnSpan] == owner[r][c]) {
                        columnSpan++;
                    }
                    while (r + rowSpan < rows && owner[r + rowSpan][c] == owner[r][c]) {
                        rowSpan++;
                    }
                    if (rowSpan > 1 || columnSpan > 1) {
                        spans.add(new Span(r, c, rowSpan, columnSpan));
                    }
                }
            }
        }
        List<List<String>> cells = texts.stream().map(row -> row.stream().map(StringBuilder::toString).toList())
                .toList();
        return new TableGrid(cells, spans, "lattice", page.physical(), page.printed(), bbox, CONFIDENCE,
                lastLines(above), below.stream().limit(2).toList());
    }

    private static List<Line> lastLines(List<Line> above) {
        return above.subList(Math.max(0, above.size() - 3), above.size());
    }
}
