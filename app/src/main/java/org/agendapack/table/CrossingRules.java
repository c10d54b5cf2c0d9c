package org.agendapack.table;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.agendapack.source.Ruling;

/**
 * The rules one way (all down, or all across) sorted by where they stand, so that a rule the other way finds the
 * ones near its ends by a binary search instead of asking every rule of the page: a grid of a hundred rules down
 * and a hundred across would otherwise make ten thousand comparisons.
 */
final class CrossingRules {

    /** Whether the rules run down, so that the rules they carry on run across. */
    private final boolean down;
    /** Where each rule stands (x of a rule down, y of a rule across), ascending. */
    private final double[] at;
    /** Where each rule starts and ends along its length, in the order of {@link #at}. */
    private final double[] from;
    private final double[] to;

    /** @param down whether the rules run down (they then cross rules across) */
    CrossingRules(List<Ruling> rules, boolean down) {
        this.down = down;
        Ruling[] sorted = rules.toArray(Ruling[]::new);
        Arrays.sort(sorted, Comparator.comparingDouble(rule -> down ? rule.x1() : rule.y1()));
        at = new double[sorted.length];
        from = new double[sorted.length];
        to = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            at[i] = down ? sorted[i].x1() : sorted[i].y1();
            from[i] = down ? sorted[i].y1() : sorted[i].x1();
            to[i] = down ? sorted[i].y2() : sorted[i].x2();
        }
    }

    /**
     * The rule (crossing these) with each end carried to the farthest of these rules that it stops short of by
     * {@link RuleNetwork#JOIN} at most and that reaches within JOIN of it; a rule between its ends does not move
     * them. Rules that stand at one place are one rule after snapping, so which of them is taken does not matter.
     */
    Ruling joined(Ruling rule) {
        boolean across = down;
        double position = across ? rule.y1() : rule.x1();
        double start = across ? rule.x1() : rule.y1();
        double end = across ? rule.x2() : rule.y2();
        double newStart = start;
        for (int i = first(start - RuleNetwork.JOIN, false); i < at.length && at[i] < start; i++) {
            if (reaches(i, position)) {
                newStart = at[i];
                break;
            }
        }
        double newEnd = end;
        for (int i = first(end + RuleNetwork.JOIN, true) - 1; i >= 0 && at[i] > end; i--) {
            if (reaches(i, position)) {
                newEnd = at[i];
                break;
            }
        }
        return across ? new Ruling(newStart, position, newEnd, position)
                : new Ruling(position, newStart, position, newEnd);
    }

    private boolean reaches(int i, double position) {
        return position >= from[i] - RuleNetwork.JOIN && position <= to[i] + RuleNetwork.JOIN;
    }

    /**
     * The index of the first rule standing after {@code value} (or at it, unless {@code past}); the count of rules
     * when none does.
     */
    private int first(double value, boolean past) {
        int low = 0;
        int high = at.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (past ? at[middle] > value : at[middle] >= value) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
