package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Units placed in groups, with per group the counts the objective needs, kept up to date move by move. Mutable; one
 * search owns it.
 */
final class Placement {
    static final int UNPLACED = -1;
    final Roster roster;
    final List<int[]> units;
    final int groups;
    final int[] groupOf;
    final List<List<Integer>> unitsIn = new ArrayList<>();
    final BitSet[] persons;
    final int[] size;
    private final int[] personUnit;
    final int[] distinctOrganisations;
    final int[] distinctFunctions;
    final int[] repeats;
    private final int[][] organisationCount;
    private final int[][] functionCount;

    Placement(Roster roster, List<int[]> units, int groups) {
        this.roster = roster;
        this.units = units;
        this.groups = groups;
        this.groupOf = new int[units.size()];
        java.util.Arrays.fill(groupOf, UNPLACED);
        this.personUnit = new int[roster.size];
        for (int u = 0; u < units.size(); u++) {
            for (int p : units.get(u)) {
                personUnit[p] = u;
            }
        }
        persons = new BitSet[groups];
        size = new int[groups];
        distinctOrganisations = new int[groups];
        distinctFunctions = new int[groups];
        repeats = new int[groups];
        organisationCount = new int[groups][roster.organisations];
        functionCount = new int[groups][roster.functions];
        for (int g = 0; g < groups; g++) {
            persons[g] = new BitSet(roster.size);
            unitsIn.add(new ArrayList<>());
        }
    }

    void place(int unit, int group) {
        groupOf[unit] = group;
        unitsIn.get(group).add(unit);
        for (int p : units.get(unit)) {
            for (int q = persons[group].nextSetBit(0); q >= 0; q = persons[group].nextSetBit(q + 1)) {
                repeats[group] += roster.met[p].get(q) ? 1 : 0;
            }
            persons[group].set(p);
            size[group]++;
            distinctOrganisations[group] += organisationCount[group][roster.organisation[p]]++ == 0 ? 1 : 0;
            distinctFunctions[group] += functionCount[group][roster.function[p]]++ == 0 ? 1 : 0;
        }
    }

    void remove(int unit) {
        int group = groupOf[unit];
        groupOf[unit] = UNPLACED;
        unitsIn.get(group).remove(Integer.valueOf(unit));
        for (int p : units.get(unit)) {
            persons[group].clear(p);
            size[group]--;
            for (int q = persons[group].nextSetBit(0); q >= 0; q = persons[group].nextSetBit(q + 1)) {
                repeats[group] -= roster.met[p].get(q) ? 1 : 0;
            }
            distinctOrganisations[group] -= --organisationCount[group][roster.organisation[p]] == 0 ? 1 : 0;
            distinctFunctions[group] -= --functionCount[group][roster.function[p]] == 0 ? 1 : 0;
        }
    }

    /** @return whether the unit can share the group with everyone in it except the members of {@code except} */
    boolean fits(int unit, int group, int except) {
        BitSet there = persons[group];
        for (int p : units.get(unit)) {
            BitSet conflicts = roster.conflict[p];
            for (int q = conflicts.nextSetBit(0); q >= 0; q = conflicts.nextSetBit(q + 1)) {
                if (there.get(q) && personUnit[q] != except) {
                    return false;
                }
            }
        }
        return true;
    }

    int overlap(int unit, int group) {
        int overlap = 0;
        for (int p : units.get(unit)) {
            overlap += organisationCount[group][roster.organisation[p]] > 0 ? 2 : 0;
            overlap += functionCount[group][roster.function[p]] > 0 ? 1 : 0;
            for (int q = persons[group].nextSetBit(0); q >= 0; q = persons[group].nextSetBit(q + 1)) {
                overlap += roster.met[p].get(q) ? 1 : 0;
            }
        }
        return overlap;
    }

    /**
     * The objective, larger is better, compared element by element: the weakest group's organisations, the weakest
     * group's functions, a smaller spread of sizes, fewer repeat pairs, then fewer groups at the weakest level (for
     * organisations, then functions: the way up for the first two) and the sums of organisations and functions.
     */
    long[] objective() {
        int minOrganisations = Integer.MAX_VALUE;
        int atMinOrganisations = 0;
        int minFunctions = Integer.MAX_VALUE;
        int atMinFunctions = 0;
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        long repeated = 0;
        long sumOrganisations = 0;
        long sumFunctions = 0;
        for (int g = 0; g < groups; g++) {
            int o = distinctOrganisations[g];
            atMinOrganisations = o < minOrganisations ? 1 : atMinOrganisations + (o == minOrganisations ? 1 : 0);
            minOrganisations = Math.min(minOrganisations, o);
            int f = distinctFunctions[g];
            atMinFunctions = f < minFunctions ? 1 : atMinFunctions + (f == minFunctions ? 1 : 0);
            minFunctions = Math.min(minFunctions, f);
            smallest = Math.min(smallest, size[g]);
            largest = Math.max(largest, size[g]);
            repeated += repeats[g];
            sumOrganisations += o;
            sumFunctions += f;
        }
        return new long[] {minOrganisations, minFunctions, smallest - largest, -repeated, -atMinOrganisations, -atMinFunctions,
            sumOrganisations, sumFunctions};
    }

    static int compare(long[] a, long[] b) {
        return java.util.Arrays.compare(a, b);
    }

    /** @return the groups as candidate indexes, each in candidate order */
    List<List<Integer>> groupsOfPeople() {
        List<List<Integer>> result = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            result.add(persons[g].stream().boxed().toList());
        }
        return result;
    }
}
