package org.agendapack.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.agendapack.source.Ruling;

/**
 * The rulings of a page as the grids they draw: rules a few points apart taken as one (the edges of shaded cells
 * on either side of a white gap, double borders), rules that stop a few points short of the rule they should
 * meet carried on to it, and the rules that touch grouped into one network each.
 */
final class RuleNetwork {

    /** Parallel rules closer than this are one: the white gap between two shaded cells, a double border. */
    static final double EDGE_MERGE = 4;
    /** A rule that stops this close to a crossing rule meets it: producers leave small gaps at corners. */
    static final double JOIN = 5;
    /** A rule across this close under (or over) a ruled table's rule of the same length rules one of its rows. */
    static final double STACK_GAP = 50;

    private RuleNetwork() {
    }

    /** The networks of touching rules, each with its positions merged and its ends carried to the rules they meet. */
    static List<List<Ruling>> of(List<Ruling> rulings) {
        List<Ruling> horizontals = snapped(rulings.stream().filter(Ruling::horizontal).toList(), true);
        List<Ruling> verticals = snapped(rulings.stream().filter(Ruling::vertical).toList(), false);
        CrossingRules down = new CrossingRules(verticals, true);
        CrossingRules across = new CrossingRules(horizontals, false);
        List<Ruling> all = new ArrayList<>();
        horizontals.forEach(rule -> all.add(down.joined(rule)));
        verticals.forEach(rule -> all.add(across.joined(rule)));
        return withStackedRules(components(all));
    }

    /**
     * The networks with each one of rules across alone joined to the network with rules down whose rule across
     * it continues: of the same length, a row's height below or above (body rows ruled across under a header ruled
     * into columns).
     */
    private static List<List<Ruling>> withStackedRules(List<List<Ruling>> networks) {
        List<List<Ruling>> out = new ArrayList<>();
        List<List<Ruling>> loose = new ArrayList<>();
        for (List<Ruling> network : networks) {
            (network.stream().anyMatch(Ruling::vertical) ? out : loose).add(new ArrayList<>(network));
        }
        boolean joined = true;
        while (joined && !loose.isEmpty()) {
            joined = false;
            for (List<Ruling> rules : new ArrayList<>(loose)) {
                List<Ruling> host = out.stream().filter(network -> continues(network, rules)).findFirst().orElse(null);
                if (host != null) {
                    host.addAll(rules);
                    loose.remove(rules);
                    joined = true;
                }
            }
        }
        out.addAll(loose);
        return out;
    }

    private static boolean continues(List<Ruling> network, List<Ruling> rules) {
        return rules.stream().allMatch(Ruling::horizontal) && rules.stream().anyMatch(rule -> network.stream()
                .filter(Ruling::horizontal)
                .anyMatch(other -> Math.abs(other.x1() - rule.x1()) <= JOIN && Math.abs(other.x2() - rule.x2()) <= JOIN
                        && Math.abs(other.y1() - rule.y1()) <= STACK_GAP));
    }

    /** Rules whose positions across their length lie within {@link #EDGE_MERGE} of each other moved to one position. */
    private static List<Ruling> snapped(List<Ruling> rules, boolean horizontal) {
        double[] positions = rules.stream().mapToDouble(rule -> horizontal ? rule.y1() : rule.x1()).sorted().toArray();
        Map<Double, Double> snap = new TreeMap<>();
        int start = 0;
        for (int i = 1; i <= positions.length; i++) {
            if (i == positions.length || positions[i] - positions[i - 1] > EDGE_MERGE) {
                double middle = (positions[start] + positions[i - 1]) / 2;
                for (int j = start; j < i; j++) {
                    snap.put(positions[j], middle);
                }
                start = i;
            }
        }
        List<Ruling> out = new ArrayList<>();
        for (Ruling rule : rules) {
            if (horizontal) {
                double y = snap.get(rule.y1());
                out.add(new Ruling(rule.x1(), y, rule.x2(), y));
            } else {
                double x = snap.get(rule.x1());
                out.add(new Ruling(x, rule.y1(), x, rule.y2()));
            }
        }
        return out;
    }

    /**
     * Rulings that touch each other make one network; networks in the order of their first rule, each rule in
     * its place. A page drawing its cells as rectangles has hundreds of rules, so only the rules that start
     * down the page before one ends are compared with it (a sweep from the top), not every pair.
     */
    static List<List<Ruling>> components(List<Ruling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        double[] tops = new double[n];
        double[] bottoms = new double[n];
        for (int i = 0; i < n; i++) {
            tops[i] = Math.min(rulings.get(i).y1(), rulings.get(i).y2());
            bottoms[i] = Math.max(rulings.get(i).y1(), rulings.get(i).y2());
        }
        int[] byTop = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> tops[i]))
                .mapToInt(Integer::intValue).toArray();
        double same = RuledGrid.SAME;
        for (int k = 0; k < n; k++) {
            int i = byTop[k];
            // touch asks of rules that meet: the lower one starts within SAME of where the upper one ends
            for (int next = k + 1; next < n && tops[byTop[next]] - same <= bottoms[i]; next++) {
                int j = byTop[next];
                if (touch(rulings.get(i), rulings.get(j))) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] index = new int[n];
        Arrays.fill(index, -1);
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            if (index[root] < 0) {
                index[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(index[root]).add(rulings.get(i));
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(Ruling a, Ruling b) {
        double same = RuledGrid.SAME;
        return a.x1() - same <= b.x2() && b.x1() - same <= a.x2() && a.y1() - same <= b.y2() && b.y1() - same <= a.y2();
    }
}
