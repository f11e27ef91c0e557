package nl.leerlijn.grouping;

import nl.leerlijn.InvalidInputException;

/**
 * How large groups may be: always within [{@code min}, {@code max}], and within the preferred range when the number of
 * people allows.
 *
 * @param min the smallest allowed size, at least 1
 * @param preferredMin the smallest preferred size
 * @param preferredMax the largest preferred size
 * @param max the largest allowed size
 */
public record SizeRange(int min, int preferredMin, int preferredMax, int max) {
    /** Intervisie groups: 4 to 8, preferably 5 or 6. */
    public static final SizeRange INTERVISIE = new SizeRange(4, 5, 6, 8);
    /** Praktijk duos: pairs, and one trio when the count is odd. */
    public static final SizeRange DUO = new SizeRange(2, 2, 2, 3);

    /**
     * Checks the order.
     *
     * @param min the smallest allowed size, at least 1
     * @param preferredMin the smallest preferred size
     * @param preferredMax the largest preferred size
     * @param max the largest allowed size
     * @throws InvalidInputException unless {@code 1 <= min <= preferredMin <= preferredMax <= max}
     */
    public SizeRange {
        if (min < 1 || preferredMin < min || preferredMax < preferredMin || max < preferredMax) {
            throw new InvalidInputException("Group sizes need 1 <= min <= preferred <= max: " + min + ", " + preferredMin
                    + "-" + preferredMax + ", " + max);
        }
    }

    /**
     * @param size a group size
     * @return how far it lies outside the preferred range (0 inside)
     */
    int distanceFromPreferred(int size) {
        return Math.max(0, Math.max(preferredMin - size, size - preferredMax));
    }
}
