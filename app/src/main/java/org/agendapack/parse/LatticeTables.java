package org.agendapack.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agendapack.model.Table.Span;
import org.agendapack.segment.PackPage;
import org.agendapack.segment.PageLine;
import org.agendapack.source.Box;
import org.agendapack.source.Ruling;
import org.agendapack.source.Word;

/**
 * Ruled tables: the cell grid from the page's rulings (rows between horizontal rules, columns between
 * vertical ones), merged cells where a rule between two grid cells is missing, and each word placed in the
 * cell its centre falls in.
 */
final class LatticeTables {

    private static final double SAME = 1.6;
    private static final double CONFIDENCE = 0.9;

    private LatticeTables() {
    }

    static List<TableGrid> find(PackPage page, List<PageLine> lines) {
        List<Ruling> horizontals = page.rulings().stream().filter(Ruling::horizontal).toList();
        List<Ruling> verticals = page.rulings().stream().filter(Ruling::vertical).toList();
        List<TableGrid> tables = new ArrayList<>();
        for (List<Ruling> component : components(page.rulings())) {
            TableGrid grid = grid(component, lines, page);
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

    private static TableGrid grid(List<Ruling> rulings, List<PageLine> lines, PackPage page) {
        List<Double> ys = merged(rulings.stream().filter(Ruling::horizontal).map(Ruling::y1).sorted().toList());
        List<Double> xs = merged(rulings.stream().filter(Ruling::vertical).map(Ruling::x1).sorted().toList());
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
                boolean openLeft = c > 0 && !ruled(rulings, false, xs.get(c), ys.get(r), ys.get(r + 1));
                boolean openTop = r > 0 && !ruled(rulings, true, ys.get(r), xs.get(c), xs.get(c + 1));
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
        List<PageLine> above = new ArrayList<>();
        List<PageLine> below = new ArrayList<>();
        for (PageLine line : lines) {
            Box box = line.line().box();
            if (box == null || line.line().direction() != 0) {
                continue;
            }
            if (box.centerY() < bbox.y()) {
                above.add(line);
            } else if (box.centerY() > bbox.bottom()) {
                below.add(line);
            }
            line.line().words().stream().filter(word -> word.box() != null).forEach(words::add);
        }
        words.sort(Comparator.comparingDouble((Word word) -> Math.round(word.box().bottom() / 3.0))
                .thenComparingDouble(word -> word.box().x()));
        int placed = 0;
        for (Word word : words) {
            int r = index(ys, word.box().centerY());
            int c = index(xs, word.box().centerX());
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
        Integer printed = lines.isEmpty() ? null : lines.get(0).printedPage();
        return new TableGrid(cells, spans, "lattice", page.physical() ? page.index() : null, printed, bbox,
                CONFIDENCE, lastLines(above), below.stream().limit(2).toList());
    }

    private static List<PageLine> lastLines(List<PageLine> above) {
        return above.subList(Math.max(0, above.size() - 3), above.size());
    }

    /** Whether a rule runs along {@code at} from {@code from} to {@code to} (covering the middle of that span). */
    private static boolean ruled(List<Ruling> rulings, boolean horizontal, double at, double from, double to) {
        double mid = (from + to) / 2;
        for (Ruling rule : rulings) {
            if (horizontal && rule.horizontal() && Math.abs(rule.y1() - at) <= SAME
                    && rule.x1() - SAME <= mid && rule.x2() + SAME >= mid) {
                return true;
            }
            if (!horizontal && rule.vertical() && Math.abs(rule.x1() - at) <= SAME
                    && rule.y1() - SAME <= mid && rule.y2() + SAME >= mid) {
                return true;
            }
        }
        return false;
    }

    private static int index(List<Double> bounds, double value) {
        for (int i = 0; i + 1 < bounds.size(); i++) {
            if (value >= bounds.get(i) && value < bounds.get(i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /** Sorted positions with those closer than a ruling's width taken as one (borders are drawn per cell). */
    static List<Double> merged(List<Double> sorted) {
        List<Double> out = new ArrayList<>();
        for (double value : sorted) {
            if (out.isEmpty() || value - out.get(out.size() - 1) > SAME) {
                out.add(value);
            }
        }
        return out;
    }
}
