package nl.leerlijn.intervisie;

import nl.leerlijn.InvalidInputException;

/**
 * Identifies one meeting of one intervisie group.
 *
 * @param value positive database id
 */
public record MeetingId(long value) {
    /**
     * Checks the id.
     *
     * @param value positive database id
     * @throws InvalidInputException when it is not positive
     */
    public MeetingId {
        if (value <= 0) {
            throw new InvalidInputException("A meeting id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
