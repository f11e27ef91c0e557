package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Scores a grouping, with its bounds, and explains each group. */
final class Scorer {
    private final Roster roster;
    private final Explainer explainer;

    Scorer(Roster roster) {
        this.roster = roster;
        this.explainer = new Explainer(roster);
    }

    /**
     * @param groups the groups as candidate indexes
     * @param fixed which groups were locked whole (their values bound the best too)
     * @param unitOf per candidate the block it must stay with (pins, locks), -1 for none
     * @param lockedPeople candidates locked in their group
     * @param violations what the grouping breaks
     * @return the scored, explained grouping
     */
    Grouping score(List<List<Integer>> groups, boolean[] fixed, int[] unitOf, BitSet lockedPeople, List<Violation> violations) {
        List<List<Integer>> free = new ArrayList<>();
        int fixedOrganisations = Integer.MAX_VALUE;
        int fixedFunctions = Integer.MAX_VALUE;
        long fixedPairs = 0;
        int freePlacements = 0;
        List<Integer> fixedSizes = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> group = groups.get(g);
            if (fixed[g]) {
                fixedOrganisations = Math.min(fixedOrganisations, distinct(group, roster.organisation, roster.organisations));
                fixedFunctions = Math.min(fixedFunctions, distinct(group, roster.function, roster.functions));
                fixedPairs += (long) group.size() * (group.size() - 1) / 2;
                fixedSizes.add(group.size());
            } else {
                free.add(group);
                freePlacements += group.size();
            }
        }
        List<FormedGroup> formed = new ArrayList<>();
        int weakestOrganisations = Integer.MAX_VALUE;
        int weakestFunctions = Integer.MAX_VALUE;
        int smallest = Integer.MAX_VALUE;
        int largest = 0;
        long repeats = 0;
        long forced = 0;
        long forcedMet = 0;
        int placements = 0;
        BitSet present = new BitSet(roster.size);
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> group = groups.get(g);
            int organisations = distinct(group, roster.organisation, roster.organisations);
            int functions = distinct(group, roster.function, roster.functions);
            List<Integer> repeated = repeatedPairs(group);
            Score own = new Score(organisations, Math.min(group.size(), roster.organisations), functions,
                    Math.min(group.size(), roster.functions), repeated.size() / 2, 0, group.size(), group.size(), 1);
            formed.add(new FormedGroup(roster.ids(group), own, explainer.reasons(group, own, repeated, fixed[g], lockedPeople),
                    fixed[g]));
            weakestOrganisations = Math.min(weakestOrganisations, organisations);
            weakestFunctions = Math.min(weakestFunctions, functions);
            smallest = Math.min(smallest, group.size());
            largest = Math.max(largest, group.size());
            repeats += repeated.size() / 2;
            placements += group.size();
            for (int i = 0; i < group.size(); i++) {
                present.set(group.get(i));
                for (int j = i + 1; j < group.size(); j++) {
                    int a = group.get(i);
                    int b = group.get(j);
                    if (unitOf[a] >= 0 && unitOf[a] == unitOf[b]) {
                        forced++;
                        forcedMet += roster.met[a].get(b) ? 1 : 0;
                    }
                }
            }
        }
        long metPairs = 0;
        for (int p = present.nextSetBit(0); p >= 0; p = present.nextSetBit(p + 1)) {
            BitSet met = (BitSet) roster.met[p].clone();
            met.and(present);
            metPairs += met.cardinality();
        }
        long pairs = fixedPairs + Bounds.balancedPairs(freePlacements, free.size());
        List<Integer> sizes = new ArrayList<>(fixedSizes);
        for (int s : Bounds.balancedSizes(freePlacements, free.size())) {
            sizes.add(s);
        }
        long repeatBound = Math.max(Bounds.repeats(placements, pairs, forced, forcedMet, metPairs / 2),
                Bounds.cliqueRepeats(roster.met, present, sizes.stream().mapToInt(Integer::intValue).toArray()));
        int organisationsBound = Math.min(fixedOrganisations,
                Bounds.weakestDiversity(free, roster.organisation, roster.organisations, unitOf));
        int functionsBound = Math.min(fixedFunctions, Bounds.weakestDiversity(free, roster.function, roster.functions, unitOf));
        Score overall = groups.isEmpty() ? new Score(0, 0, 0, 0, 0, 0, 0, 0, 0)
                : new Score(weakestOrganisations, organisationsBound, weakestFunctions, functionsBound, (int) repeats,
                        (int) repeatBound, smallest, largest, groups.size());
        return new Grouping(formed, overall, violations);
    }

    static int distinct(List<Integer> group, int[] valueOf, int values) {
        BitSet seen = new BitSet(values);
        group.forEach(p -> seen.set(valueOf[p]));
        return seen.cardinality();
    }

    /** @return the pairs in the group that met before, flattened */
    private List<Integer> repeatedPairs(List<Integer> group) {
        List<Integer> flat = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                if (roster.met[group.get(i)].get(group.get(j))) {
                    flat.add(group.get(i));
                    flat.add(group.get(j));
                }
            }
        }
        return flat;
    }
}
