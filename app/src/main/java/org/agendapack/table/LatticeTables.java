package org.agendapack.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.agendapack.model.Table.Span;
import org.agendapack.source.Box;
import org.agendapack.source.Cell;
import org.agendapack.source.Line;
import org.agendapack.source.Word;

/**
 * Ruled tables: the cell grid from the page's rulings where they are drawn and from the words where they are
 * not. Rows run between horizontal rules, columns between vertical ones; inside a band or column the rules leave
 * whole, the lines and the gaps between the words give the rows and columns a reader sees. A grid reaches the ends
 * of its rules, and past an open side to the words of its lines. Cells merge where a rule between two grid cells
 * is missing, unless the text stands apart on either side. Each upright word is placed in the cell its centre
 * falls in; turned words (stamps) are never table content.
 */
final class LatticeTables {

    private static final double CONFIDENCE = 0.9;
    /** Lines of labels beside figures that make a lone rule down a table's, not a divider between texts. */
    private static final int MIN_FIGURE_LINES = 3;
    /** A word runs across a bound when it reaches this far past it on both sides. */
    private static final double CROSSING = 1.5;
    /**
     * Texts on either side of a missing rule this far apart (in ems of their type) are two cells; the words of a
     * heading spanning the columns are a space apart (a quarter em or so).
     */
    private static final double SPLIT_GAP_EMS = 0.35;

    private LatticeTables() {
    }

    static List<TableGrid> find(TablePage page) {
        List<TableGrid> tables = new ArrayList<>();
        List<RuledArea> areas = UnruledBody.of(RuleNetwork.of(page.rulings()), page.lines());
        for (RuledArea area : areas) {
            Box outer = area.extent();
            List<Box> nested = areas.stream().map(RuledArea::extent)
                    .filter(inner -> inner != outer && within(inner, outer)).toList();
            TableGrid grid = grid(area, page, nested);
            if (grid != null) {
                tables.add(grid);
            }
        }
        tables.sort(Comparator.comparingDouble(grid -> grid.bbox().y()));
        return tables;
    }

    private static boolean within(Box inner, Box outer) {
        return inner.x() >= outer.x() && inner.right() <= outer.right() && inner.y() >= outer.y()
                && inner.bottom() <= outer.bottom();
    }

    /**
     * The grid of one network of rules; the words of the networks nested inside it (a table inside a layout box)
     * are theirs, not its.
     */
    private static TableGrid grid(RuledArea area, TablePage page, List<Box> nested) {
        RuledGrid ruled = RuledGrid.of(area.rulings());
        boolean anyAcross = !ruled.ys().isEmpty();
        if (ruled.xs().isEmpty()) {
            // rules across alone draw no columns: the words' alignment is read instead
            return null;
        }
        boolean loneRule = !anyAcross && ruled.xs().size() == 1;
        Box extent = area.extent();
        double top = extent.y();
        double bottom = extent.bottom();
        double left = extent.x();
        double right = extent.right();
        List<Line> lines = page.lines().stream()
                .filter(line -> line.direction() == 0 && line.box() != null).toList();
        boolean closedLeft = !loneRule && ruled.ruledDown(left, top, bottom);
        boolean closedRight = !loneRule && ruled.ruledDown(right, top, bottom);
        if (!closedLeft || !closedRight) {
            double[] reach = reach(lines, top, bottom, left, right);
            left = closedLeft ? left : reach[0];
            right = closedRight ? right : reach[1];
        }
        double frameLeft = left;
        double frameRight = right;
        double frameTop = top;
        double frameBottom = bottom;
        List<Word> words = lines.stream().flatMap(line -> line.words().stream())
                .filter(word -> word.box() != null)
                .filter(word -> inside(word.box().centerX(), frameLeft, frameRight)
                        && inside(word.box().centerY(), frameTop, frameBottom))
                .filter(word -> nested.stream().noneMatch(box -> inside(word.box().centerX(), box.x(), box.right())
                        && inside(word.box().centerY(), box.y(), box.bottom())))
                .toList();
        if (words.isEmpty()) {
            return null;
        }
        List<List<Word>> wordLines = WordLines.of(words);
        if (loneRule && !dividesFigures(wordLines, ruled.xs().get(0))) {
            return null;
        }
        List<Double> ruledXs = RuledGrid.merged(sorted(ruled.xs(), left, right));
        Set<Double> textXs = new TreeSet<>(TextColumns.inside(ruledXs, wordLines));
        List<Double> xs = sorted(ruledXs, textXs);
        List<Double> ys = RuledGrid.merged(sorted(ruled.ys(), top, bottom));
        if (anyAcross) {
            ys = withoutFragments(ys, ruled, xs, words);
        }
        Set<Double> textYs = new TreeSet<>();
        double pitch = TextRows.usualPitch(wordLines);
        double[] middles = wordLines.stream().mapToDouble(line -> (WordLines.top(line) + WordLines.bottom(line)) / 2)
                .toArray();
        for (int band = 0; band + 1 < ys.size(); band++) {
            double from = ys.get(band);
            double to = ys.get(band + 1);
            List<List<Word>> bandLines = IntStream.range(0, wordLines.size())
                    .filter(line -> inside(middles[line], from, to)).mapToObj(wordLines::get).toList();
            textYs.addAll(TextRows.inside(bandLines, xs, pitch));
        }
        ys = sorted(ys, textYs);
        return table(new Layout(ruled, xs, ys, textXs, textYs), words, lines, page);
    }

    /** The grid's bounds, which of them the text drew, and the rulings that drew the others. */
    private record Layout(RuledGrid ruled, List<Double> xs, List<Double> ys, Set<Double> textXs, Set<Double> textYs) {

        int rows() {
            return ys.size() - 1;
        }

        int columns() {
            return xs.size() - 1;
        }
    }

    private static TableGrid table(Layout layout, List<Word> words, List<Line> lines, TablePage page) {
        int rows = layout.rows();
        int columns = layout.columns();
        if (rows < 1 || columns < 1) {
            return null;
        }
        List<List<List<Word>>> placed = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<List<Word>> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(new ArrayList<>());
            }
            placed.add(row);
        }
        for (Word word : RuledGrid.readingOrder(words)) {
            int r = RuledGrid.band(layout.ys(), word.box().centerY());
            int c = RuledGrid.band(layout.xs(), word.box().centerX());
            if (r >= 0 && c >= 0) {
                placed.get(r).get(c).add(word);
            }
        }
        // which grid cell each grid cell belongs to, after merging across missing rules
        int[][] owner = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                owner[r][c] = r * columns + c;
                if (c > 0 && openLeft(layout, placed, r, c)) {
                    owner[r][c] = owner[r][c - 1];
                } else if (r > 0 && openTop(layout, placed, r, c)) {
                    owner[r][c] = owner[r - 1][c];
                }
            }
        }
        List<List<StringBuilder>> texts = new ArrayList<>();
        boolean[][] owned = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            List<StringBuilder> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(new StringBuilder());
                owned[r][c] = owner[r][c] == r * columns + c;
            }
            texts.add(row);
        }
        int crossing = 0;
        for (Word word : RuledGrid.readingOrder(words)) {
            int r = RuledGrid.band(layout.ys(), word.box().centerY());
            int c = RuledGrid.band(layout.xs(), word.box().centerX());
            if (r < 0 || c < 0) {
                continue;
            }
            int cell = owner[r][c];
            StringBuilder text = texts.get(cell / columns).get(cell % columns);
            text.append(text.length() == 0 ? "" : " ").append(word.text());
            if (crossesRule(layout, word, r)) {
                crossing++;
            }
        }
        List<List<String>> cells = texts.stream().map(row -> row.stream().map(StringBuilder::toString).toList())
                .toList();
        if (!TableShape.isTable(cells, owned) || crossing > words.size() * TableShape.MAX_CROSSING_SHARE) {
            return null;
        }
        Box bbox = new Box(layout.xs().get(0), layout.ys().get(0), layout.xs().get(columns) - layout.xs().get(0),
                layout.ys().get(rows) - layout.ys().get(0));
        List<Line> above = new ArrayList<>();
        List<Line> below = new ArrayList<>();
        for (Line line : lines) {
            Line over = overTable(line, bbox);
            if (over == null) {
                continue;
            }
            if (line.box().centerY() < bbox.y()) {
                above.add(over);
            } else if (line.box().centerY() > bbox.bottom()) {
                below.add(over);
            }
        }
        return new TableGrid(cells, spans(owner), "lattice", page.physical(), page.printed(), bbox, CONFIDENCE,
                above.subList(Math.max(0, above.size() - 3), above.size()), below.stream().limit(2).toList());
    }

    /**
     * The part of a line above or below the table that stands over its width, or null: a caption shares its line
     * with the text running beside the table, which is no part of it.
     */
    private static Line overTable(Line line, Box table) {
        List<Cell> cells = line.cells().stream().filter(cell -> {
            Box box = new Line(List.of(cell), line.direction()).box();
            return box != null && box.x() < table.right() && box.right() > table.x();
        }).toList();
        return cells.isEmpty() ? null : new Line(cells, line.direction());
    }

    /**
     * Whether the cell at (r, c) joins the one on its left: across a bound the text drew, when a word runs over
     * it; across a ruled bound, when no rule is drawn there and the texts on either side do not stand apart.
     */
    private static boolean openLeft(Layout layout, List<List<List<Word>>> placed, int r, int c) {
        double x = layout.xs().get(c);
        List<Word> leftWords = placed.get(r).get(c - 1);
        List<Word> rightWords = placed.get(r).get(c);
        if (layout.textXs().contains(x)) {
            return crossed(placed.get(r), x) || headingOverColumns(layout, placed, r, c);
        }
        if (layout.ruled().ruledDown(x, layout.ys().get(r), layout.ys().get(r + 1))) {
            return false;
        }
        if (leftWords.isEmpty() || rightWords.isEmpty() || crossed(placed.get(r), x)) {
            return true;
        }
        Word last = leftWords.stream().max(Comparator.comparingDouble(word -> word.box().right())).orElseThrow();
        Word first = rightWords.stream().min(Comparator.comparingDouble(word -> word.box().x())).orElseThrow();
        double em = Math.max(size(last), size(first));
        return first.box().x() - last.box().right() < SPLIT_GAP_EMS * em;
    }

    /**
     * Whether row r is a ruled row whose ruled cell around the bound left of column c holds words in one of the
     * columns the text drew inside it alone, and no figure: a heading over those columns, one cell as its rules
     * draw it (a figure alone is a value in its own column).
     */
    private static boolean headingOverColumns(Layout layout, List<List<List<Word>>> placed, int r, int c) {
        List<Double> xs = layout.xs();
        boolean ruledRow = !layout.textYs().contains(layout.ys().get(r))
                && !layout.textYs().contains(layout.ys().get(r + 1));
        if (!ruledRow) {
            return false;
        }
        int first = c;
        while (first > 0 && layout.textXs().contains(xs.get(first))) {
            first--;
        }
        int last = c;
        while (last + 1 < xs.size() - 1 && layout.textXs().contains(xs.get(last + 1))) {
            last++;
        }
        long filled = 0;
        for (int column = first; column <= last; column++) {
            List<Word> cell = placed.get(r).get(column);
            if (cell.stream().anyMatch(word -> WordLines.isFigure(word.text()))) {
                return false;
            }
            if (!cell.isEmpty()) {
                filled++;
            }
        }
        return filled <= 1;
    }

    private static double size(Word word) {
        return word.fontSize() != null ? word.fontSize() : word.box().height();
    }

    /**
     * Whether the cell at (r, c) joins the one above: not across a bound the text drew, nor across a rule, nor
     * where both hold text (a rule across the row that leaves out one column, with a line of the row on each side).
     */
    private static boolean openTop(Layout layout, List<List<List<Word>>> placed, int r, int c) {
        double y = layout.ys().get(r);
        return !layout.textYs().contains(y) && !layout.ruled().ruledAcross(y, layout.xs().get(c), layout.xs().get(c + 1))
                && (placed.get(r).get(c).isEmpty() || placed.get(r - 1).get(c).isEmpty());
    }

    /** Whether a word of the row runs across the bound at x (asked only where a rule does not settle it). */
    private static boolean crossed(List<List<Word>> row, double x) {
        return row.stream().flatMap(List::stream).anyMatch(word -> crosses(word, x));
    }

    private static boolean crosses(Word word, double x) {
        return word.box().x() < x - CROSSING && word.box().right() > x + CROSSING;
    }

    /** Whether a word runs across a column rule drawn beside it, as text laid over gridlines does. */
    private static boolean crossesRule(Layout layout, Word word, int r) {
        return layout.xs().stream().filter(x -> !layout.textXs().contains(x)).anyMatch(x -> crosses(word, x)
                && layout.ruled().ruledDown(x, layout.ys().get(r), layout.ys().get(r + 1)));
    }

    private static List<Span> spans(int[][] owner) {
        int rows = owner.length;
        int columns = owner[0].length;
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
        return spans;
    }

    /**
     * Whether a lone rule down stands between the labels and the figures of a table: on enough lines, words on
     * both sides of it and figures on one. A rule between two columns of prose does not.
     */
    private static boolean dividesFigures(List<List<Word>> lines, double x) {
        long divided = lines.stream().filter(line -> {
            List<Word> before = line.stream().filter(word -> word.box().right() <= x).toList();
            List<Word> after = line.stream().filter(word -> word.box().x() >= x).toList();
            return !before.isEmpty() && !after.isEmpty()
                    && (before.stream().allMatch(word -> WordLines.isFigure(word.text()))
                    || after.stream().allMatch(word -> WordLines.isFigure(word.text())));
        }).count();
        return divided >= MIN_FIGURE_LINES && divided * 2 >= lines.size();
    }

    /**
     * How far a grid open at the side reaches: to the words of the lines that run into it, so that the words of the
     * first and last columns are not cut off by a missing outer border.
     */
    private static double[] reach(List<Line> lines, double top, double bottom, double left, double right) {
        double reachLeft = left;
        double reachRight = right;
        for (Line line : lines) {
            boolean held = inside(line.box().centerY(), top, bottom) && line.box().x() <= right
                    && line.box().right() >= left;
            if (held) {
                reachLeft = Math.min(reachLeft, line.box().x() - CROSSING);
                reachRight = Math.max(reachRight, line.box().right() + CROSSING);
            }
        }
        return new double[] {reachLeft, reachRight};
    }

    /**
     * The bounds without an open end band (past the first or last rule across, where the rules down run on) that
     * holds text in fewer than two columns: the tail of a row continued from the page before, or a note under
     * the table, rather than a row of it.
     */
    private static List<Double> withoutFragments(List<Double> ys, RuledGrid ruled, List<Double> xs, List<Word> words) {
        List<Double> kept = new ArrayList<>(ys);
        double firstRule = ruled.ys().get(0);
        double lastRule = ruled.ys().get(ruled.ys().size() - 1);
        if (kept.size() > 2 && kept.get(0) < firstRule - RuledGrid.SAME
                && filledColumns(words, xs, kept.get(0), kept.get(1)) < 2) {
            kept.remove(0);
        }
        int last = kept.size() - 1;
        if (kept.size() > 2 && kept.get(last) > lastRule + RuledGrid.SAME
                && filledColumns(words, xs, kept.get(last - 1), kept.get(last)) < 2) {
            kept.remove(last);
        }
        return kept;
    }

    private static long filledColumns(List<Word> words, List<Double> xs, double top, double bottom) {
        return words.stream().filter(word -> inside(word.box().centerY(), top, bottom))
                .map(word -> RuledGrid.band(xs, word.box().centerX())).distinct().count();
    }

    private static boolean inside(double value, double from, double to) {
        return value >= from && value < to;
    }

    private static List<Double> sorted(List<Double> bounds, double... more) {
        List<Double> all = new ArrayList<>(bounds);
        for (double value : more) {
            all.add(value);
        }
        all.sort(Double::compare);
        return all;
    }

    private static List<Double> sorted(List<Double> bounds, Set<Double> more) {
        List<Double> all = new ArrayList<>(bounds);
        all.addAll(more);
        all.sort(Double::compare);
        return all;
    }
}
