package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How many groups to make of a number of people: every count whose balanced sizes stay within the allowed range, best
 * first: the fewest people outside the preferred range, then an average size nearest the middle of the preferred
 * range, then fewer groups.
 */
final class GroupCount {
    private GroupCount() {
    }

    /**
     * @param people how many to place
     * @param atLeast the fewest groups (groups that already hold locked people)
     * @param sizes the size range
     * @return the possible numbers of groups, best first; empty when none fits
     */
    static List<Integer> choices(int people, int atLeast, SizeRange sizes) {
        List<Integer> counts = new ArrayList<>();
        for (int g = Math.max(1, atLeast); g <= people / sizes.min(); g++) {
            int q = people / g;
            if (q >= sizes.min() && (people % g == 0 ? q : q + 1) <= sizes.max()) {
                counts.add(g);
            }
        }
        double middle = (sizes.preferredMin() + sizes.preferredMax()) / 2.0;
        counts.sort(Comparator.<Integer>comparingInt(g -> outsidePreferred(people, g, sizes))
                .thenComparingDouble(g -> Math.abs((double) people / g - middle)).thenComparingInt(g -> g));
        return counts;
    }

    private static int outsidePreferred(int people, int g, SizeRange sizes) {
        int q = people / g;
        int r = people % g;
        return r * sizes.distanceFromPreferred(q + 1) + (g - r) * sizes.distanceFromPreferred(q);
    }
}
