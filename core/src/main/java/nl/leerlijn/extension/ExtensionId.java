package nl.leerlijn.extension;

import nl.leerlijn.InvalidInputException;

/**
 * Identifies one extension request or grant.
 *
 * @param value positive database id
 */
public record ExtensionId(long value) {
    /**
     * Checks the id.
     *
     * @param value positive database id
     * @throws InvalidInputException when it is not positive
     */
    public ExtensionId {
        if (value <= 0) {
            throw new InvalidInputException("An extension id is positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
