package nl.leerlijn.grouping;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The best any grouping can do. Diversity: in g groups, a value (an organisation or a function) adds at most one to the
 * distinct count of a group, and it reaches at most as many groups as there are pieces holding it: a piece is a block
 * that must stay together (a pin chain, the locked people of a group, or one person alone) within one group, so a valid
 * grouping has one piece per block. With p_v pieces holding value v, the distinct counts add up to at most
 * Σ_v min(p_v, g) and the weakest group has at most the floor of that over g; it also has at most floor(n / g) members.
 * Counting pieces rather than people is what makes two pinned people of one function count once. Repeats: the larger of
 * two bounds, see {@link #repeats} and {@link #cliqueRepeats}.
 */
final class Bounds {
    private Bounds() {
    }

    /**
     * @param groups the groups, as candidate indexes
     * @param valueOf the organisation or function number of each candidate
     * @param values how many organisation or function numbers there are
     * @param blockOf per candidate the block it must stay with (pin chain, locked people), -1 for none
     * @return the most distinct values the weakest of these groups can have, over any regrouping of the same placements
     *         into as many groups that keeps each block whole where this grouping does; {@link Integer#MAX_VALUE} for no
     *         groups
     */
    static int weakestDiversity(List<List<Integer>> groups, int[] valueOf, int values, int[] blockOf) {
        int g = groups.size();
        if (g == 0) {
            return Integer.MAX_VALUE;
        }
        int[] pieces = new int[values];
        Set<Piece> seen = new HashSet<>();
        int placements = 0;
        for (int i = 0; i < g; i++) {
            for (int person : groups.get(i)) {
                long block = blockOf[person] >= 0 ? blockOf[person] : -1L - person;
                if (seen.add(new Piece(valueOf[person], i, block))) {
                    pieces[valueOf[person]]++;
                }
                placements++;
            }
        }
        long spread = 0;
        for (int p : pieces) {
            spread += Math.min(p, g);
        }
        return (int) Math.min(placements / g, spread / g);
    }

    /** The part of a block in one group that holds a value: it adds that value to one group only. */
    private record Piece(int value, int group, long block) {
    }

    /** @return Σ C(s, 2) over n people in g groups whose sizes differ by at most one: the fewest pairs g groups make */
    static long balancedPairs(int n, int g) {
        if (g == 0) {
            return 0;
        }
        long q = n / g;
        long r = n % g;
        return r * (q + 1) * q / 2 + (g - r) * q * (q - 1) / 2;
    }

    /**
     * A lower bound on repeat pairs. The grouping has at least {@code pairs} pairs; {@code forced} of them must be
     * together whatever happens (pins, locks), {@code forcedMet} of those met before. Every other pair is either new or
     * a repeat, and only C(n,2) − |met ∪ forced| pairs are new and not forced, so at least the rest are repeats.
     *
     * @param n the people
     * @param pairs the fewest pairs any such grouping has
     * @param forced the pairs that must be together
     * @param forcedMet how many of those met before
     * @param metPairs the pairs among these people that met before
     * @return the fewest repeat pairs any grouping can have
     */
    static long repeats(int n, long pairs, long forced, long forcedMet, long metPairs) {
        long all = (long) n * (n - 1) / 2;
        long freshAvailable = all - (metPairs + forced - forcedMet);
        return forcedMet + Math.max(0, (pairs - forced) - freshAvailable);
    }

    /**
     * A lower bound on repeat pairs from the shape of the history. If the people who met form k cliques that cover
     * everyone (each earlier group is one), at most k people are mutually new to each other, so by Turán's theorem a group
     * of s has at most T(s, k) new pairs and at least the rest repeated: the pairs within k balanced parts of s. That
     * count is convex in s, so balanced sizes give the fewest.
     *
     * @param met who met whom
     * @param present the people placed
     * @param sizes the group sizes to bound (balanced sizes bound every grouping into as many groups)
     * @return the fewest repeat pairs any grouping into groups of these sizes can have
     */
    static long cliqueRepeats(BitSet[] met, BitSet present, int[] sizes) {
        int k = cliqueCover(met, present);
        long total = 0;
        for (int s : sizes) {
            total += k == 0 ? 0 : balancedPairs(s, k);
        }
        return total;
    }

    /** @return the number of cliques a greedy cover of the met graph among the present people needs */
    static int cliqueCover(BitSet[] met, BitSet present) {
        BitSet uncovered = (BitSet) present.clone();
        int cliques = 0;
        for (int v = uncovered.nextSetBit(0); v >= 0; v = uncovered.nextSetBit(v + 1)) {
            uncovered.clear(v);
            BitSet candidates = (BitSet) met[v].clone();
            candidates.and(uncovered);
            for (int u = candidates.nextSetBit(0); u >= 0; u = candidates.nextSetBit(0)) {
                uncovered.clear(u);
                candidates.and(met[u]);
                candidates.clear(u);
            }
            cliques++;
        }
        return cliques;
    }

    /** @return sizes of n people in g groups that differ by at most one */
    static int[] balancedSizes(int n, int g) {
        int[] sizes = new int[g];
        for (int i = 0; i < g; i++) {
            sizes[i] = n / g + (i < n % g ? 1 : 0);
        }
        return sizes;
    }
}
