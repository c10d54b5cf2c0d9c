package org.agendapack.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agendapack.source.Box;
import org.agendapack.source.Line;
import org.agendapack.source.Ruling;

/**
 * The rows of a table that run on under its ruled part without rules of their own: a ruled or shaded header over a
 * body set as plain lines, a ruled total row at its foot, rows shaded in alternate bands. The lines straight under
 * the ruled part carry the table on while they stay inside its width, cross none of its column rules and follow
 * each other a row's step apart; rows of several cells show a body, not a note under the table. The shaded bands,
 * loose rules across and rows ruled into the same columns among those rows join the table: they bound its rows,
 * and draw no column of their own.
 */
final class UnruledBody {

    /** A body row's baseline stands at most this many ems under the one above; further is a gap between blocks. */
    private static final double ROW_STEP_EMS = 2.5;
    /** A line of one cell this close under the last row (in ems) is the rest of its wrapped label. */
    private static final double WRAP_STEP_EMS = 1.5;
    /** A rule across this close under the last row (in ems) is that row's bottom border. */
    private static final double RULE_BELOW_EMS = 1.5;
    /** Rows of several cells that show a body; fewer are a note or a caption under the ruled part. */
    private static final int MIN_ROWS = 2;
    /** How far (in points) a body line's words may reach past the ruled part's sides. */
    private static final double SIDE_SLACK = 3;
    /** The grid's bottom bound this far (in points) under the last row's words. */
    private static final double MARGIN = 1.5;
    /** Words whose baselines are this close stand in one row, even when the page splits them into lines. */
    private static final double BASELINE = 2.5;

    private UnruledBody() {
    }

    /** The networks as areas, those over unruled body rows reaching down over them and taking in their rules. */
    static List<RuledArea> of(List<List<Ruling>> networks, List<Line> lines) {
        List<RuledArea> areas = new ArrayList<>(networks.stream().map(RuledArea::of).toList());
        areas.sort(Comparator.comparingDouble(area -> area.extent().y()));
        List<RuledArea> out = new ArrayList<>();
        while (!areas.isEmpty()) {
            RuledArea area = areas.remove(0);
            if (area.hasRulesDown() && area.hasRulesAcross()) {
                area = grown(area, areas, lines);
            }
            out.add(area);
        }
        return out;
    }

    /** The area reaching over the body rows under it, with the column-less rules among them (taken from others). */
    private static RuledArea grown(RuledArea area, List<RuledArea> others, List<Line> lines) {
        Box extent = area.extent();
        List<Row> rows = rows(lines, extent);
        double bottom = bodyBottom(area, rows, others);
        if (Double.isNaN(bottom)) {
            return area;
        }
        List<Ruling> rules = new ArrayList<>(area.rulings());
        double reach = bottom;
        for (RuledArea other : List.copyOf(others)) {
            Box box = other.extent();
            boolean joins = other.fitsUnder(area) && box.y() >= extent.y()
                    && box.y() <= bottom + RULE_BELOW_EMS * lastEm(rows, bottom);
            if (joins) {
                rules.addAll(other.rulings());
                others.remove(other);
                reach = Math.max(reach, box.bottom());
            }
        }
        return new RuledArea(rules, new Box(extent.x(), extent.y(), extent.width(), reach - extent.y()));
    }

    /**
     * The bottom of the body rows under the ruled part, or NaN when fewer than {@link #MIN_ROWS} rows of several
     * cells follow it.
     */
    private static double bodyBottom(RuledArea area, List<Row> rows, List<RuledArea> others) {
        Box extent = area.extent();
        List<Double> columnRules = area.columnRules();
        double previous = rows.stream().filter(row -> row.box().centerY() <= extent.bottom())
                .mapToDouble(row -> row.box().bottom()).max().orElse(extent.bottom());
        double bottom = Double.NaN;
        int bodyRows = 0;
        boolean wrapping = false;
        for (Row row : rows) {
            Box box = row.box();
            if (box.centerY() <= extent.bottom()) {
                continue;
            }
            double step = box.bottom() - previous;
            boolean carriesOn = box.x() >= extent.x() - SIDE_SLACK && box.right() <= extent.right() + SIDE_SLACK
                    && step <= ROW_STEP_EMS * row.em() && row.crossesNone(columnRules)
                    && others.stream().noneMatch(other -> !other.fitsUnder(area) && holds(other.extent(), box));
            if (!carriesOn) {
                break;
            }
            if (row.cells() >= 2) {
                bodyRows++;
                bottom = box.bottom();
                wrapping = true;
            } else if (wrapping && step <= WRAP_STEP_EMS * row.em()) {
                bottom = box.bottom();
            } else {
                wrapping = false;
            }
            previous = box.bottom();
        }
        return bodyRows >= MIN_ROWS ? bottom + MARGIN : Double.NaN;
    }

    private static double lastEm(List<Row> rows, double bottom) {
        return rows.stream().filter(row -> row.box().bottom() <= bottom).reduce((a, b) -> b).map(Row::em).orElse(0.0);
    }

    private static boolean holds(Box outer, Box inner) {
        return inner.centerX() >= outer.x() && inner.centerX() <= outer.right() && inner.centerY() >= outer.y()
                && inner.centerY() <= outer.bottom();
    }

    /** The upright lines that reach into the area's width, grouped by baseline, top to bottom. */
    private static List<Row> rows(List<Line> lines, Box extent) {
        List<Line> near = lines.stream().filter(line -> line.direction() == 0 && line.box() != null)
                .filter(line -> line.box().x() < extent.right() && line.box().right() > extent.x())
                .sorted(Comparator.comparingDouble(line -> line.box().bottom())).toList();
        List<Row> rows = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : near) {
            if (!current.isEmpty()
                    && line.box().bottom() - current.get(current.size() - 1).box().bottom() > BASELINE) {
                rows.add(new Row(current));
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            rows.add(new Row(current));
        }
        return rows;
    }

    /** The lines on one baseline. */
    private record Row(List<Line> lines) {

        Box box() {
            return lines.stream().map(Line::box).reduce(Box::union).orElseThrow();
        }

        int cells() {
            return (int) lines.stream().flatMap(line -> line.cells().stream()).filter(cell -> !cell.isEmpty()).count();
        }

        double em() {
            return lines.stream().map(Line::fontSize).filter(size -> size != null).max(Double::compare)
                    .orElse(box().height());
        }

        boolean crossesNone(List<Double> xs) {
            return lines.stream().flatMap(line -> line.words().stream()).filter(word -> word.box() != null)
                    .noneMatch(word -> xs.stream().anyMatch(x -> word.box().x() < x && word.box().right() > x));
        }
    }
}
