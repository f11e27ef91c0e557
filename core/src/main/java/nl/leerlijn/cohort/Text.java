package nl.leerlijn.cohort;

/** Checks for the free-text fields of this feature. */
final class Text {
    private Text() {
    }

    /** @return the value without surrounding white space, when it is non-blank and at most {@code max} long */
    static String required(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " must not be empty");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("The " + what + " is at most " + max + " characters");
        }
        return stripped;
    }
}
