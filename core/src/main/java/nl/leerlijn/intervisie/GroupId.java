package nl.leerlijn.intervisie;

import nl.leerlijn.InvalidInputException;

/**
 * Identifies one intervisie group of one round.
 *
 * @param value positive database id
 */
public record GroupId(long value) {
    /**
     * Checks the id.
     *
     * @param value positive database id
     * @throws InvalidInputException when it is not positive
     */
    public GroupId {
        if (value <= 0) {
            throw new InvalidInputException("A group id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
