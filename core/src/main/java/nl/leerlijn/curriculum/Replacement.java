package nl.leerlijn.curriculum;

/**
 * The vervangende opdracht of a session: what a participant who missed the session does instead, and how long they have.
 * Judged voldoende, it counts for the session's attendance.
 *
 * @param description what to do, as the participant reads it
 * @param days how many days after the missed session it is due, at least 1
 */
public record Replacement(String description, int days) {
    /**
     * Checks the values.
     *
     * @param description what to do, as the participant reads it
     * @param days how many days after the missed session it is due, at least 1
     * @throws IllegalArgumentException when the description is blank or the days are not positive
     */
    public Replacement {
        if (description == null || description.isBlank() || days < 1) {
            throw new IllegalArgumentException("A replacement assignment has a description and at least a day: " + days);
        }
    }
}
