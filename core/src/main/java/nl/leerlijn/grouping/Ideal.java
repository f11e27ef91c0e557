package nl.leerlijn.grouping;

/** The best objective the bounds allow for the groups the search forms, in the shape of {@link Placement#objective()}. */
final class Ideal {
    private Ideal() {
    }

    static long[] of(Plan plan, Placement placement) {
        Roster roster = plan.roster;
        int g = placement.groups;
        int people = plan.freePeople();
        if (g == 0) {
            return new long[8];
        }
        java.util.List<java.util.List<Integer>> groups = placement.groupsOfPeople();
        long forced = 0;
        long forcedMet = 0;
        java.util.BitSet free = new java.util.BitSet(roster.size);
        for (int[] unit : plan.units) {
            forced += (long) unit.length * (unit.length - 1) / 2;
            for (int i = 0; i < unit.length; i++) {
                free.set(unit[i]);
                for (int j = i + 1; j < unit.length; j++) {
                    forcedMet += roster.met[unit[i]].get(unit[j]) ? 1 : 0;
                }
            }
        }
        long met = 0;
        for (int p = free.nextSetBit(0); p >= 0; p = free.nextSetBit(p + 1)) {
            java.util.BitSet both = (java.util.BitSet) roster.met[p].clone();
            both.and(free);
            met += both.cardinality();
        }
        long repeats = Math.max(Bounds.repeats(people, Bounds.balancedPairs(people, g), forced, forcedMet, met / 2),
                Bounds.cliqueRepeats(roster.met, free, Bounds.balancedSizes(people, g)));
        return new long[] {Bounds.weakestDiversity(groups, roster.organisation, roster.organisations, plan.blockOf),
            Bounds.weakestDiversity(groups, roster.function, roster.functions, plan.blockOf), people % g == 0 ? 0 : -1, -repeats,
            0, 0,
            sum(roster.organisation, roster.organisations, free, g, people), sum(roster.function, roster.functions, free, g, people)};
    }

    /** @return the most distinct values all groups together can have: Σ_v min(c_v, g), and at most one per person */
    private static long sum(int[] valueOf, int values, java.util.BitSet free, int g, int people) {
        int[] count = new int[values];
        free.stream().forEach(p -> count[valueOf[p]]++);
        long total = 0;
        for (int c : count) {
            total += Math.min(c, g);
        }
        return Math.min(total, people);
    }
}
