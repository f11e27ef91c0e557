package nl.leerlijn.curriculum;

import nl.leerlijn.InvalidInputException;
import java.util.regex.Pattern;

/**
 * The stable name of a programme definition, such as {@code effectieve-klantmanager}.
 *
 * @param value lower-case words joined by hyphens, at most 100 characters
 */
public record ProgrammeId(String value) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Checks the id.
     *
     * @param value lower-case words joined by hyphens, at most 100 characters
     * @throws InvalidInputException when it is not a valid programme id (see {@link #isValid})
     */
    public ProgrammeId {
        if (value == null || !isValid(value)) {
            throw new InvalidInputException(
                    "A programme id is lower-case words joined by hyphens, e.g. effectieve-klantmanager: " + value);
        }
    }

    /**
     * @param value the text to check; not {@code null}
     * @return whether {@code value} would make a valid programme id
     */
    public static boolean isValid(String value) {
        return value.length() <= 100 && SLUG.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
