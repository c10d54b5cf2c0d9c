package org.agendapack.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.agendapack.source.Ruling;
import org.junit.jupiter.api.Test;

/**
 * The searches of a page's rules by position ({@link CrossingRules}, the sweep of {@link RuleNetwork#components})
 * find what asking every pair of rules finds: the pairwise readings are written out plainly here and both are
 * run on made-up pages dense with rules that touch at their ends, cross, and stand just inside and just outside
 * the tolerances.
 */
class RuleNetworkTest {

    private static final double SAME = RuledGrid.SAME;
    private static final double JOIN = RuleNetwork.JOIN;

    private static Ruling across(double x1, double x2, double y) {
        return new Ruling(x1, y, x2, y);
    }

    private static Ruling down(double x, double y1, double y2) {
        return new Ruling(x, y1, x, y2);
    }

    @Test
    void aRuleIsCarriedToTheFarthestCrossingRuleItStopsShortOfWithinTheJoin() {
        List<Ruling> downs = List.of(down(97, 0, 100), down(96, 0, 100), down(205, 0, 100), down(204.9, 0, 100),
                down(150, 0, 100), down(94.9, 0, 100), down(205.1, 0, 100));

        Ruling joined = new CrossingRules(downs, true).joined(across(100, 200, 50));

        // 94.9 and 205.1 lie past the join; 150 stands between the ends and moves neither
        assertThat(joined).isEqualTo(across(96, 205, 50));
    }

    @Test
    void aCrossingRuleReachesTheRuleOnlyWithinTheJoinOfItsEnds() {
        List<Ruling> downs = List.of(down(98, 55, 100), down(202, 0, 45));

        assertThat(new CrossingRules(downs, true).joined(across(100, 200, 50))).isEqualTo(across(98, 202, 50));
        assertThat(new CrossingRules(downs, true).joined(across(100, 200, 44.9))).isEqualTo(across(100, 202, 44.9));
        assertThat(new CrossingRules(List.of(down(98, 55.1, 100)), true).joined(across(100, 200, 50)))
                .isEqualTo(across(100, 200, 50));
    }

    @Test
    void aRuleDownIsCarriedAlongRulesAcross() {
        List<Ruling> acrosses = List.of(across(0, 100, 7), across(0, 100, 96), across(0, 100, 95));

        assertThat(new CrossingRules(acrosses, false).joined(down(50, 10, 92))).isEqualTo(down(50, 7, 96));
    }

    @Test
    void rulesThatTouchCrossOrMeetAtTheirEndsAreOneNetwork() {
        Ruling top = across(0, 100, 0);
        Ruling left = down(0, 0, 50);
        Ruling crossing = down(50, -20, 20);
        Ruling nearEnd = across(101.5, 150, 0);
        Ruling apart = across(0, 100, 60);
        Ruling justApart = down(0, 51.7, 59);

        List<List<Ruling>> networks = RuleNetwork.components(List.of(top, apart, left, crossing, nearEnd, justApart));

        assertThat(networks).containsExactly(List.of(top, left, crossing, nearEnd), List.of(apart, justApart));
    }

    @Test
    void theSweepFindsTheNetworksThatComparingEveryPairFinds() {
        Random random = new Random(7);
        for (int page = 0; page < 300; page++) {
            List<Ruling> rulings = page(random, 1 + random.nextInt(120));

            assertThat(RuleNetwork.components(rulings)).isEqualTo(pairwiseComponents(rulings));
        }
    }

    @Test
    void theSearchByPositionCarriesEndsAsAskingEveryCrossingRuleDoes() {
        Random random = new Random(11);
        for (int page = 0; page < 300; page++) {
            List<Ruling> rulings = page(random, 1 + random.nextInt(120));
            List<Ruling> acrosses = rulings.stream().filter(Ruling::horizontal).toList();
            List<Ruling> downs = rulings.stream().filter(Ruling::vertical).toList();
            CrossingRules byX = new CrossingRules(downs, true);
            CrossingRules byY = new CrossingRules(acrosses, false);

            for (Ruling rule : acrosses) {
                assertThat(byX.joined(rule)).isEqualTo(pairwiseJoined(rule, downs, true));
            }
            for (Ruling rule : downs) {
                assertThat(byY.joined(rule)).isEqualTo(pairwiseJoined(rule, acrosses, false));
            }
        }
    }

    /**
     * Rules across and down on a small page in steps of a tenth of a point and of whole points, so that ends meet,
     * rules cross and lie on and about the tolerances, some of them at one place.
     */
    private static List<Ruling> page(Random random, int count) {
        List<Ruling> rulings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double at = position(random);
            double from = position(random);
            double to = from + 1 + random.nextInt(40) * (random.nextBoolean() ? 1 : 0.1);
            rulings.add(random.nextBoolean() ? across(from, to, at) : down(at, from, to));
        }
        return rulings;
    }

    private static double position(Random random) {
        return random.nextBoolean() ? random.nextInt(60) : random.nextInt(600) / 10.0;
    }

    /** Every crossing rule asked in turn whether the rule's ends are carried to it. */
    private static Ruling pairwiseJoined(Ruling rule, List<Ruling> crossing, boolean horizontal) {
        double at = horizontal ? rule.y1() : rule.x1();
        double from = horizontal ? rule.x1() : rule.y1();
        double to = horizontal ? rule.x2() : rule.y2();
        double newFrom = from;
        double newTo = to;
        for (Ruling other : crossing) {
            double otherAt = horizontal ? other.x1() : other.y1();
            double otherFrom = horizontal ? other.y1() : other.x1();
            double otherTo = horizontal ? other.y2() : other.x2();
            if (at < otherFrom - JOIN || at > otherTo + JOIN) {
                continue;
            }
            if (otherAt < newFrom && otherAt >= from - JOIN) {
                newFrom = otherAt;
            }
            if (otherAt > newTo && otherAt <= to + JOIN) {
                newTo = otherAt;
            }
        }
        return horizontal ? across(newFrom, newTo, at) : down(at, newFrom, newTo);
    }

    /** Every pair of rules asked whether they touch; networks in the order of their first rule. */
    private static List<List<Ruling>> pairwiseComponents(List<Ruling> rulings) {
        int n = rulings.size();
        int[] network = new int[n];
        Arrays.fill(network, -1);
        List<List<Ruling>> networks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (network[i] >= 0) {
                continue;
            }
            network[i] = networks.size();
            List<Integer> reached = new ArrayList<>(List.of(i));
            for (int k = 0; k < reached.size(); k++) {
                Ruling a = rulings.get(reached.get(k));
                for (int j = 0; j < n; j++) {
                    Ruling b = rulings.get(j);
                    boolean touch = a.x1() - SAME <= b.x2() && b.x1() - SAME <= a.x2() && a.y1() - SAME <= b.y2()
                            && b.y1() - SAME <= a.y2();
                    if (network[j] < 0 && touch) {
                        network[j] = networks.size();
                        reached.add(j);
                    }
                }
            }
            List<Ruling> members = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (network[j] == network[i]) {
                    members.add(rulings.get(j));
                }
            }
            networks.add(members);
        }
        return networks;
    }
}
