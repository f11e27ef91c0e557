package nl.leerlijn.graduation;

/**
 * Identifies a decision of the examencommissie.
 *
 * @param value the database id
 */
public record DecisionId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
