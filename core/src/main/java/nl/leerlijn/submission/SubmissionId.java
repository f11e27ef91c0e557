package nl.leerlijn.submission;

import nl.leerlijn.InvalidInputException;

/**
 * Identifies one version of a participant's work.
 *
 * @param value positive database id
 */
public record SubmissionId(long value) {
    /**
     * Checks the id.
     *
     * @param value positive database id
     * @throws InvalidInputException when it is not positive
     */
    public SubmissionId {
        if (value <= 0) {
            throw new InvalidInputException("A submission id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
