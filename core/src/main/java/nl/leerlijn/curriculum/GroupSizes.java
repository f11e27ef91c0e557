package nl.leerlijn.curriculum;

/**
 * How many participants an intervisiegroep has: never fewer than {@code minimum} or more than {@code maximum}, and
 * preferably from {@code preferredMinimum} to {@code preferredMaximum}.
 *
 * @param minimum the smallest group allowed, at least 2
 * @param preferredMinimum the smallest group preferred
 * @param preferredMaximum the largest group preferred
 * @param maximum the largest group allowed, at most {@link #LIMIT}
 */
public record GroupSizes(int minimum, int preferredMinimum, int preferredMaximum, int maximum) {
    /** The largest group any programme may allow. */
    public static final int LIMIT = 12;

    /** The sizes a programme has unless its definition says otherwise: 4 to 8, preferably 5 or 6. */
    public static final GroupSizes DEFAULT = new GroupSizes(4, 5, 6, 8);

    /**
     * Checks the order.
     *
     * @param minimum the smallest group allowed, at least 2
     * @param preferredMinimum the smallest group preferred
     * @param preferredMaximum the largest group preferred
     * @param maximum the largest group allowed, at most {@link #LIMIT}
     * @throws IllegalArgumentException unless 2 ≤ minimum ≤ preferredMinimum ≤ preferredMaximum ≤ maximum ≤ {@link #LIMIT}
     */
    public GroupSizes {
        if (!isOrdered(minimum, preferredMinimum, preferredMaximum, maximum)) {
            throw new IllegalArgumentException("Group sizes must satisfy 2 ≤ minimum ≤ preferredMinimum ≤ preferredMaximum ≤ maximum ≤ "
                    + LIMIT + ": " + minimum + ", " + preferredMinimum + ", " + preferredMaximum + ", " + maximum);
        }
    }

    /**
     * @param size a number of participants
     * @return whether a group of this size is allowed
     */
    public boolean allows(int size) {
        return size >= minimum && size <= maximum;
    }

    /**
     * @param size a number of participants
     * @return whether a group of this size is preferred
     */
    public boolean prefers(int size) {
        return size >= preferredMinimum && size <= preferredMaximum;
    }

    static boolean isOrdered(int minimum, int preferredMinimum, int preferredMaximum, int maximum) {
        return 2 <= minimum && minimum <= preferredMinimum && preferredMinimum <= preferredMaximum
                && preferredMaximum <= maximum && maximum <= LIMIT;
    }
}
