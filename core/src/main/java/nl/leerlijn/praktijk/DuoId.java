package nl.leerlijn.praktijk;

import nl.leerlijn.InvalidInputException;

/**
 * Identifies a duo.
 *
 * @param value the database id, positive
 */
public record DuoId(long value) {
    /**
     * @param value the database id
     * @throws InvalidInputException when it is not positive
     */
    public DuoId {
        if (value <= 0) {
            throw new InvalidInputException("A duo id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
