package nl.leerlijn.attendance;

/**
 * Identifies a replacement assignment (vervangende opdracht).
 *
 * @param value the database id
 */
public record ReplacementId(long value) {
    @Override
    public String toString() {
        return Long.toString(value);
    }
}
