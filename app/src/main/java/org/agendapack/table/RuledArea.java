package org.agendapack.table;

import java.util.List;
import org.agendapack.source.Box;
import org.agendapack.source.Ruling;

/**
 * One network of rules and the part of the page its table covers: the rules' own extent, or more where rows set
 * without rules carry the table on under them.
 */
record RuledArea(List<Ruling> rulings, Box extent) {

    RuledArea {
        rulings = List.copyOf(rulings);
    }

    /** The network over the extent its rules span. */
    static RuledArea of(List<Ruling> rulings) {
        double top = rulings.stream().mapToDouble(Ruling::y1).min().orElseThrow();
        double bottom = rulings.stream().mapToDouble(Ruling::y2).max().orElseThrow();
        double left = rulings.stream().mapToDouble(Ruling::x1).min().orElseThrow();
        double right = rulings.stream().mapToDouble(Ruling::x2).max().orElseThrow();
        return new RuledArea(rulings, new Box(left, top, right - left, bottom - top));
    }

    /** The positions of the rules down inside the extent (not its sides): the columns the rules draw. */
    List<Double> columnRules() {
        return rulings.stream().filter(Ruling::vertical).map(Ruling::x1)
                .filter(x -> x > extent.x() + RuledGrid.SAME && x < extent.right() - RuledGrid.SAME).toList();
    }

    /**
     * Whether this network fits under another's columns: within its width, drawing no column (a shaded band, rules
     * across alone), or one row ruled into the same columns (a total row). Rows ruled into columns beneath another
     * are a table of their own.
     */
    boolean fitsUnder(RuledArea other) {
        List<Double> columns = other.columnRules();
        boolean within = extent.x() >= other.extent.x() - RuleNetwork.JOIN
                && extent.right() <= other.extent.right() + RuleNetwork.JOIN;
        boolean oneRow = RuledGrid.of(rulings).ys().size() <= 2;
        return within && (columnRules().isEmpty() || oneRow && columnRules().stream()
                .allMatch(x -> columns.stream().anyMatch(column -> Math.abs(column - x) <= RuledGrid.SAME)));
    }

    boolean hasRulesDown() {
        return rulings.stream().anyMatch(Ruling::vertical);
    }

    boolean hasRulesAcross() {
        return rulings.stream().anyMatch(Ruling::horizontal);
    }
}
