package nl.leerlijn.schedule;

import nl.leerlijn.InvalidInputException;

/**
 * Identifies one dated session or deadline of a cohort.
 *
 * @param value positive database id
 */
public record ScheduleItemId(long value) {
    /**
     * Checks the id.
     *
     * @param value positive database id
     * @throws InvalidInputException when it is not positive
     */
    public ScheduleItemId {
        if (value <= 0) {
            throw new InvalidInputException("A schedule item id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
