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

    /**
     * Whether the rules draw no column inside their own extent: a shaded band, a box or rules across alone. Such
     * rules bound rows at most.
     */
    boolean drawsNoColumns() {
        return rulings.stream().filter(Ruling::vertical).allMatch(rule -> rule.x1() <= extent.x() + RuledGrid.SAME
                || rule.x1() >= extent.right() - RuledGrid.SAME);
    }

    boolean hasRulesDown() {
        return rulings.stream().anyMatch(Ruling::vertical);
    }

    boolean hasRulesAcross() {
        return rulings.stream().anyMatch(Ruling::horizontal);
    }
}
