package nl.leerlijn.access;

import nl.leerlijn.InvalidInputException;

/**
 * The host platform's id of a person (LMS user id or LTI subject). Opaque to Leerlijn.
 *
 * @param value non-blank, at most 200 characters, no NUL character
 */
public record UserId(String value) {
    /**
     * Checks the id.
     *
     * @param value non-blank, at most 200 characters, no NUL character
     * @throws InvalidInputException when it is blank, longer than 200 characters or holds a NUL character
     */
    public UserId {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("A user id must not be blank");
        }
        if (value.length() > 200) {
            throw new InvalidInputException("A user id is at most 200 characters: " + value);
        }
        if (value.indexOf('\0') >= 0) {
            throw new InvalidInputException("A user id holds a NUL character");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
