package nl.leerlijn.enrolment;

import nl.leerlijn.InvalidInputException;

/**
 * Identifies one participation: a person in one cohort.
 *
 * @param value positive database id
 */
public record ParticipantId(long value) {
    /**
     * Checks the id.
     *
     * @param value positive database id
     * @throws InvalidInputException when it is not positive
     */
    public ParticipantId {
        if (value <= 0) {
            throw new InvalidInputException("A participant id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
