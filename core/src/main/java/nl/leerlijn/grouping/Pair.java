package nl.leerlijn.grouping;

import nl.leerlijn.InvalidInputException;

/**
 * Two different people, unordered: the constructor puts the smaller id first, so {@code Pair.of("b", "a")} equals
 * {@code Pair.of("a", "b")}.
 *
 * @param a the id that sorts first
 * @param b the id that sorts last
 */
public record Pair(String a, String b) {
    /**
     * Normalises the order.
     *
     * @param a the id that sorts first
     * @param b the id that sorts last
     * @throws InvalidInputException when an id is missing or both are the same
     */
    public Pair {
        if (a == null || b == null || a.equals(b)) {
            throw new InvalidInputException("A pair needs two different people: " + a + ", " + b);
        }
        if (a.compareTo(b) > 0) {
            String first = b;
            b = a;
            a = first;
        }
    }

    /**
     * @param x one id
     * @param y another id
     * @return the unordered pair
     */
    public static Pair of(String x, String y) {
        return new Pair(x, y);
    }

    /**
     * @param id an id
     * @return whether it is one of the two
     */
    public boolean contains(String id) {
        return a.equals(id) || b.equals(id);
    }
}
