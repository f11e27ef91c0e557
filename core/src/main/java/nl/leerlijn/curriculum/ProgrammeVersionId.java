package nl.leerlijn.curriculum;

import nl.leerlijn.InvalidInputException;

/**
 * One stored version of a programme definition, as a cohort was created from it.
 *
 * @param value positive database id
 */
public record ProgrammeVersionId(long value) {
    /**
     * Checks the id.
     *
     * @param value positive database id
     * @throws InvalidInputException when it is not positive
     */
    public ProgrammeVersionId {
        if (value <= 0) {
            throw new InvalidInputException("A programme version id is positive: " + value);
        }
    }
}
