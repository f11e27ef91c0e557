package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A first placement that keeps every hard rule: the locked people in their own groups, then the hardest units first
 * (largest, then most conflicts) each into the allowed group where it adds least overlap and is not yet full, then
 * units moved into any group still below the minimum. Fails (returns nothing) when a unit finds no allowed group.
 */
final class Construction {
    private Construction() {
    }

    static java.util.Optional<Placement> build(Plan plan, int groups, SplittableRandom random) {
        Roster roster = plan.roster;
        SizeRange sizes = roster.request.sizes();
        Placement placement = new Placement(roster, plan.units, groups);
        int people = plan.freePeople();
        for (int a = 0; a < plan.anchors; a++) {
            placement.place(a, a);
        }
        List<Integer> order = new ArrayList<>();
        for (int u = plan.anchors; u < plan.units.size(); u++) {
            order.add(u);
        }
        shuffle(order, random);
        order.sort(Comparator.<Integer>comparingInt(u -> -plan.units.get(u).length).thenComparingInt(u -> -conflicts(roster, plan.units.get(u))));
        for (int unit : order) {
            int length = plan.units.get(unit).length;
            int best = -1;
            long bestKey = Long.MAX_VALUE;
            int offset = random.nextInt(groups);
            for (int i = 0; i < groups; i++) {
                int g = (i + offset) % groups;
                if (placement.size[g] + length > sizes.max() || !placement.fits(unit, g, -1)) {
                    continue;
                }
                int target = people / groups + (g < people % groups ? 1 : 0);
                long key = (placement.size[g] + length > target ? 1L << 40 : 0) + ((long) placement.overlap(unit, g) << 16)
                        + placement.size[g];
                if (key < bestKey) {
                    bestKey = key;
                    best = g;
                }
            }
            if (best < 0) {
                return java.util.Optional.empty();
            }
            placement.place(unit, best);
        }
        return repair(placement, plan, random) ? java.util.Optional.of(placement) : java.util.Optional.empty();
    }

    /** Moves units into groups below the minimum from groups that stay at or above it. */
    private static boolean repair(Placement placement, Plan plan, SplittableRandom random) {
        SizeRange sizes = plan.roster.request.sizes();
        List<Integer> movable = new ArrayList<>();
        for (int u = plan.anchors; u < plan.units.size(); u++) {
            movable.add(u);
        }
        for (int g = 0; g < placement.groups; g++) {
            while (placement.size[g] < sizes.min()) {
                shuffle(movable, random);
                int found = -1;
                for (int u : movable) {
                    int from = placement.groupOf[u];
                    int length = plan.units.get(u).length;
                    if (from != g && placement.size[from] - length >= sizes.min() && placement.size[g] + length <= sizes.max()
                            && placement.fits(u, g, -1)) {
                        found = u;
                        break;
                    }
                }
                if (found < 0) {
                    return false;
                }
                placement.remove(found);
                placement.place(found, g);
            }
        }
        return true;
    }

    private static int conflicts(Roster roster, int[] unit) {
        int count = 0;
        for (int p : unit) {
            count += roster.conflict[p].cardinality();
        }
        return count;
    }

    static void shuffle(List<Integer> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
