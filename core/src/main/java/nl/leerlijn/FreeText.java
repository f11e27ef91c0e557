package nl.leerlijn;

/**
 * The rule for the free-text fields people fill in: not blank, surrounding white space removed, a maximum length, and no
 * NUL character (which no keyboard types and PostgreSQL does not store).
 */
public final class FreeText {
    private FreeText() {
    }

    /**
     * @param value what was typed; may be {@code null}
     * @param max the most characters it may have once stripped
     * @param what the field, for the message
     * @return the value without surrounding white space
     * @throws InvalidInputException when it is blank, longer than {@code max} or holds a NUL character
     */
    public static String required(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("The " + what + " must not be empty");
        }
        if (value.indexOf('\0') >= 0) {
            throw new InvalidInputException("The " + what + " holds a NUL character");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException("The " + what + " is at most " + max + " characters");
        }
        return stripped;
    }
}
