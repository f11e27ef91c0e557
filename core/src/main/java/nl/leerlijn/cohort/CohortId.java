package nl.leerlijn.cohort;

/**
 * Identifies one cohort (leergang): one run of a programme.
 *
 * @param value positive database id
 */
public record CohortId(long value) {
    public CohortId {
        if (value <= 0) {
            throw new IllegalArgumentException("A cohort id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
