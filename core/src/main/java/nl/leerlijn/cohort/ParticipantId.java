package nl.leerlijn.cohort;

/**
 * Identifies one participation: a person in one cohort.
 *
 * @param value positive database id
 */
public record ParticipantId(long value) {
    public ParticipantId {
        if (value <= 0) {
            throw new IllegalArgumentException("A participant id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
