package nl.leerlijn.intervisie;

/**
 * One spot in a case text the guard objects to.
 *
 * @param identifier what it looks like
 * @param start the first character's index in the text
 * @param end the index after the last character
 */
public record Finding(Identifier identifier, int start, int end) {
    /**
     * Checks the span.
     *
     * @param identifier what it looks like
     * @param start the first character's index
     * @param end the index after the last character
     * @throws IllegalArgumentException when the span is empty or negative
     */
    public Finding {
        if (identifier == null || start < 0 || end <= start) {
            throw new IllegalArgumentException("A finding needs a kind and a non-empty span: " + start + ".." + end);
        }
    }

    /** @return whether this spot alone keeps the text from being stored */
    public boolean refused() {
        return identifier.refused();
    }
}
