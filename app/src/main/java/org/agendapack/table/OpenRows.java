package org.agendapack.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.agendapack.model.Table.Span;
import org.agendapack.source.Box;
import org.agendapack.source.Line;

/**
 * Aligned rows right against a ruled table, above or below it and across its width, are rows of that table
 * that its rules left open (a last row whose bottom rule is missing, the rows between a shaded table's
 * bands, a body under a ruled header), not a table of their own. Section headings of one cell ("Northern
 * districts") may stand between the rules and the rows.
 */
final class OpenRows {

    /**
     * Points between a ruled table and aligned rows that still touch it: a row's pitch or so; a table of its
     * own stands further off, under a caption or a paragraph.
     */
    private static final double ADJOINING = 20;
    /** Section headings that may stand between a ruled table and the rows it left open. */
    private static final int MAX_HEADINGS = 2;

    private OpenRows() {
    }

    /**
     * The page's tables: the ruled ones with the aligned rows each left open joined to it in as many columns,
     * and the aligned tables apart from them. Rows right against a ruled table in other columns are left out.
     *
     * @param lines the page's lines outside the ruled tables
     */
    static List<TableGrid> merged(List<TableGrid> ruled, List<TableGrid> aligned, List<Line> lines) {
        List<TableGrid> grids = new ArrayList<>(ruled);
        for (TableGrid rows : aligned) {
            boolean taken = false;
            for (int i = 0; i < ruled.size() && !taken; i++) {
                Optional<List<Line>> headings = between(grids.get(i), rows, lines);
                if (headings.isPresent() && grids.get(i).columnCount() == rows.columnCount()) {
                    grids.set(i, joined(grids.get(i), headings.get(), rows));
                    taken = true;
                } else {
                    taken = headings.isPresent() && headings.get().isEmpty();
                }
            }
            if (!taken) {
                grids.add(rows);
            }
        }
        return grids;
    }

    /**
     * The section headings between a ruled table and aligned rows, when they adjoin: across the same width,
     * each step from the table to a heading, and on to the rows, within a row's pitch.
     */
    private static Optional<List<Line>> between(TableGrid ruled, TableGrid rows, List<Line> lines) {
        Box table = ruled.bbox();
        Box box = rows.bbox();
        if (table == null || box == null || !across(box, table)) {
            return Optional.empty();
        }
        boolean below = box.centerY() > table.centerY();
        double top = below ? table.bottom() : box.bottom();
        double bottom = below ? box.y() : table.y();
        List<Line> headings = lines.stream().filter(line -> line.box() != null && line.direction() == 0
                        && line.box().centerY() > top && line.box().centerY() < bottom && across(line.box(), box))
                .sorted(Comparator.comparingDouble(line -> line.box().y())).toList();
        if (headings.size() > MAX_HEADINGS || !headings.stream().allMatch(OpenRows::isHeading)) {
            return Optional.empty();
        }
        double edge = top;
        for (Line heading : headings) {
            if (heading.box().y() - edge > ADJOINING) {
                return Optional.empty();
            }
            edge = heading.box().bottom();
        }
        return bottom - edge <= ADJOINING ? Optional.of(headings) : Optional.empty();
    }

    private static boolean across(Box box, Box other) {
        return box.x() < other.right() && other.x() < box.right();
    }

    /** A line of one cell that is not a caption. */
    private static boolean isHeading(Line line) {
        return line.cells().stream().filter(cell -> !cell.isEmpty()).count() == 1 && !StreamTables.isCaption(line);
    }

    /** The ruled table with the open rows above or below it, the headings between as rows of their own. */
    private static TableGrid joined(TableGrid ruled, List<Line> headings, TableGrid open) {
        boolean below = open.bbox().centerY() > ruled.bbox().centerY();
        TableGrid upper = below ? ruled : open;
        TableGrid lower = below ? open : ruled;
        List<List<String>> cells = new ArrayList<>(upper.cells());
        for (Line heading : headings) {
            List<String> row = new ArrayList<>(Collections.nCopies(ruled.columnCount(), ""));
            row.set(0, heading.plainText().strip());
            cells.add(row);
        }
        List<Span> spans = new ArrayList<>(upper.spans());
        int shift = cells.size();
        cells.addAll(lower.cells());
        lower.spans().forEach(span -> spans.add(new Span(span.row() + shift, span.column(), span.rows(),
                span.columns())));
        return new TableGrid(cells, spans, ruled.method(), ruled.page(), ruled.printedPage(),
                ruled.bbox().union(open.bbox()), ruled.confidence(), upper.above(), lower.below());
    }
}
