package nl.leerlijn.curriculum;

import nl.leerlijn.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The name of an activity, unique within its programme, such as {@code m1-trainingsdag-1}.
 *
 * @param value lower-case letters, digits and hyphens, at most 100 characters
 */
public record ActivityKey(String value) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Checks the key.
     *
     * @param value lower-case letters, digits and hyphens, at most 100 characters
     * @throws InvalidInputException when it is not a valid activity key (see {@link #isValid})
     */
    public ActivityKey {
        if (value == null || !isValid(value)) {
            throw new InvalidInputException(
                    "An activity key is lower-case words joined by hyphens, e.g. m1-trainingsdag-1: " + value);
        }
    }

    /**
     * @param value the text to check; not {@code null}
     * @return whether {@code value} would make a valid activity key
     */
    public static boolean isValid(String value) {
        return value.length() <= 100 && KEY.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
