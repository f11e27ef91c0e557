package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.List;

/**
 * Every grouping of a small cohort into a given number of groups that keeps every hard rule, found by enumeration: the
 * truth the bounds are checked against. Reports the best weakest-group diversity over all of them.
 */
final class AllGroupings {
    private final GroupingRequest request;
    private final Roster roster;
    private final int groups;
    private final int[] groupOf;
    private final int[] size;
    private int bestOrganisations = -1;
    private int bestFunctions = -1;
    private List<List<String>> example = List.of();

    private AllGroupings(GroupingRequest request, int groups) {
        this.request = request;
        this.roster = new Roster(request);
        this.groups = groups;
        this.groupOf = new int[roster.size];
        this.size = new int[groups];
    }

    /** @return the best over every valid grouping into {@code groups} groups; none found when the rules allow none */
    static AllGroupings of(GroupingRequest request, int groups) {
        AllGroupings all = new AllGroupings(request, groups);
        all.place(0, 0);
        return all;
    }

    boolean any() {
        return bestOrganisations >= 0;
    }

    int bestOrganisations() {
        return bestOrganisations;
    }

    int bestFunctions() {
        return bestFunctions;
    }

    /** @return one valid grouping, to have its bounds scored */
    List<List<String>> example() {
        return example;
    }

    /** Places person p in each group up to one past the groups used so far (each partition once). */
    private void place(int p, int used) {
        if (p == roster.size) {
            record(used);
            return;
        }
        for (int g = 0; g < Math.min(groups, used + 1); g++) {
            if (size[g] < request.sizes().max() && allowed(p, g)) {
                groupOf[p] = g;
                size[g]++;
                place(p + 1, Math.max(used, g + 1));
                size[g]--;
            }
        }
    }

    private boolean allowed(int p, int g) {
        for (int q = 0; q < p; q++) {
            if (groupOf[q] == g && roster.conflict[p].get(q)) {
                return false;
            }
        }
        for (int[] pin : roster.pins) {
            int other = pin[0] == p ? pin[1] : pin[1] == p ? pin[0] : -1;
            if (other >= 0 && other < p && groupOf[other] != g) {
                return false;
            }
        }
        return true;
    }

    private void record(int used) {
        if (used < groups || java.util.Arrays.stream(size).anyMatch(s -> s < request.sizes().min())) {
            return;
        }
        List<List<Integer>> grouping = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            grouping.add(new ArrayList<>());
        }
        for (int p = 0; p < roster.size; p++) {
            grouping.get(groupOf[p]).add(p);
        }
        bestOrganisations = Math.max(bestOrganisations, weakest(grouping, roster.organisation, roster.organisations));
        bestFunctions = Math.max(bestFunctions, weakest(grouping, roster.function, roster.functions));
        example = grouping.stream().map(roster::ids).toList();
    }

    private static int weakest(List<List<Integer>> grouping, int[] valueOf, int values) {
        return grouping.stream().mapToInt(g -> Scorer.distinct(g, valueOf, values)).min().orElse(0);
    }
}
