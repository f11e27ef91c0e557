package nl.leerlijn.grouping;

/**
 * How good a grouping (or one group) is on each goal, next to the best the cohort allows.
 *
 * <p>For a whole grouping: {@code organisations} and {@code functions} are the distinct counts of the weakest group,
 * against upper bounds no grouping of these people into this many groups can exceed; {@code repeatPairs} counts pairs
 * together now that were together before, against a lower bound no grouping can go under. For one group: its own
 * distinct counts against min(size, distinct values in the cohort), its repeat pairs against 0, and its size.
 *
 * @param organisations distinct organisations (weakest group)
 * @param organisationsBound the most that is possible
 * @param functions distinct functions (weakest group)
 * @param functionsBound the most that is possible
 * @param repeatPairs pairs that were together before
 * @param repeatPairsLowerBound the fewest that are possible
 * @param smallest the smallest group's size
 * @param largest the largest group's size
 * @param groups the number of groups
 */
public record Score(int organisations, int organisationsBound, int functions, int functionsBound, int repeatPairs,
        int repeatPairsLowerBound, int smallest, int largest, int groups) {

    /** @return largest minus smallest size */
    public int spread() {
        return largest - smallest;
    }

    /** @return the score in plain English, for logs and the benchmark */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "organisations %d/%d, functions %d/%d, repeat pairs %d (at least %d), "
                + "%d groups of %d-%d", organisations, organisationsBound, functions, functionsBound, repeatPairs,
                repeatPairsLowerBound, groups, smallest, largest);
    }

    @Override
    public String toString() {
        return describe();
    }
}
