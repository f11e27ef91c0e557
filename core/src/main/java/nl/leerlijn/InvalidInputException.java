package nl.leerlijn;

/**
 * What was given cannot be used: a value out of its range, an unknown choice, a date that is not later. The web layer
 * answers 400; forms check their fields first, so this is the last line, not the usual way a mistake is reported.
 */
public class InvalidInputException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong with the input */
    public InvalidInputException(String message) {
        super(message);
    }
}
