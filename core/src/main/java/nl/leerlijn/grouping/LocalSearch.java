package nl.leerlijn.grouping;

import java.util.SplittableRandom;

/**
 * Improves a placement by moves and swaps of units that keep every hard rule, accepting any that do not make the
 * objective worse (so it walks across plateaus), with a few random swaps as a kick when it stalls. Keeps the best
 * placement seen; stops at the step budget or as soon as the objective reaches what the bounds allow.
 */
final class LocalSearch {
    private static final int KICK_SWAPS = 3;
    private final Placement placement;
    private final int firstMovable;
    private final SizeRange sizes;
    private final SplittableRandom random;

    LocalSearch(Placement placement, int firstMovable, SizeRange sizes, SplittableRandom random) {
        this.placement = placement;
        this.firstMovable = firstMovable;
        this.sizes = sizes;
        this.random = random;
    }

    /**
     * @param budget the most steps to try
     * @param ideal the best objective the bounds allow, compared where it is known (see {@link #reached})
     * @return the steps taken
     */
    int improve(int budget, long[] ideal) {
        int units = placement.units.size() - firstMovable;
        if (units < 1 || placement.groups < 2) {
            return 0;
        }
        long[] current = placement.objective();
        long[] best = current;
        int[] bestPlaces = placement.groupOf.clone();
        int stall = 0;
        int stallLimit = 500 + 20 * units;
        int step = 0;
        for (; step < budget && !reached(best, ideal); step++) {
            int u = random.nextBoolean() ? weakSpot(current) : -1;
            u = u < 0 ? firstMovable + random.nextInt(units) : u;
            int from = placement.groupOf[u];
            int to = (from + 1 + random.nextInt(placement.groups - 1)) % placement.groups;
            int v = random.nextInt(4) == 0 ? -1 : pickMovable(to);
            if (!tryMove(u, v, from, to)) {
                continue;
            }
            long[] next = placement.objective();
            if (Placement.compare(next, current) >= 0) {
                current = next;
                if (Placement.compare(next, best) > 0) {
                    best = next;
                    bestPlaces = placement.groupOf.clone();
                    stall = 0;
                }
            } else {
                undo(u, v, from, to);
            }
            if (++stall > stallLimit) {
                kick(units);
                current = placement.objective();
                stall = 0;
            }
        }
        restore(bestPlaces);
        return step;
    }

    /**
     * Compares the goals whose best is known: the weakest group's diversity, the spread of sizes and the repeats. The
     * sums of diversity only break ties; the search does not spend its budget chasing their loose bound.
     */
    static boolean reached(long[] objective, long[] ideal) {
        return objective[0] >= ideal[0] && objective[1] >= ideal[1] && objective[2] >= ideal[2] && objective[3] >= ideal[3];
    }

    /** @return a movable unit from a group that holds the objective back (weakest diversity or repeats), or -1 */
    private int weakSpot(long[] objective) {
        for (int tries = 0; tries < 4; tries++) {
            int g = random.nextInt(placement.groups);
            if (placement.repeats[g] > 0 || placement.distinctOrganisations[g] == objective[0]
                    || placement.distinctFunctions[g] == objective[1]) {
                return pickMovable(g);
            }
        }
        return -1;
    }

    private int pickMovable(int group) {
        var there = placement.unitsIn.get(group);
        int start = random.nextInt(there.size());
        for (int i = 0; i < there.size(); i++) {
            int candidate = there.get((start + i) % there.size());
            if (candidate >= firstMovable) {
                return candidate;
            }
        }
        return -1;
    }

    /** Moves u to {@code to} and, when v is given, v to {@code from}, if sizes and conflicts allow. */
    private boolean tryMove(int u, int v, int from, int to) {
        int lu = placement.units.get(u).length;
        int lv = v < 0 ? 0 : placement.units.get(v).length;
        int sizeFrom = placement.size[from] - lu + lv;
        int sizeTo = placement.size[to] - lv + lu;
        if (sizeFrom < sizes.min() || sizeFrom > sizes.max() || sizeTo < sizes.min() || sizeTo > sizes.max()
                || !placement.fits(u, to, v) || (v >= 0 && !placement.fits(v, from, u))) {
            return false;
        }
        placement.remove(u);
        if (v >= 0) {
            placement.remove(v);
            placement.place(v, from);
        }
        placement.place(u, to);
        return true;
    }

    private void undo(int u, int v, int from, int to) {
        placement.remove(u);
        if (v >= 0) {
            placement.remove(v);
            placement.place(v, to);
        }
        placement.place(u, from);
    }

    private void kick(int units) {
        for (int done = 0, tries = 0; done < KICK_SWAPS && tries < 50; tries++) {
            int u = firstMovable + random.nextInt(units);
            int from = placement.groupOf[u];
            int to = (from + 1 + random.nextInt(placement.groups - 1)) % placement.groups;
            int v = pickMovable(to);
            if (v >= 0 && tryMove(u, v, from, to)) {
                done++;
            }
        }
    }

    private void restore(int[] places) {
        for (int u = firstMovable; u < places.length; u++) {
            if (placement.groupOf[u] != places[u]) {
                placement.remove(u);
            }
        }
        for (int u = firstMovable; u < places.length; u++) {
            if (placement.groupOf[u] == Placement.UNPLACED) {
                placement.place(u, places[u]);
            }
        }
    }
}
