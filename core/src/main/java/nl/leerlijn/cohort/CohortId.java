package nl.leerlijn.cohort;

import nl.leerlijn.InvalidInputException;

/**
 * Identifies one cohort (leergang): one run of a programme.
 *
 * @param value positive database id
 */
public record CohortId(long value) {
    /**
     * Checks the id.
     *
     * @param value positive database id
     * @throws InvalidInputException when it is not positive
     */
    public CohortId {
        if (value <= 0) {
            throw new InvalidInputException("A cohort id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
