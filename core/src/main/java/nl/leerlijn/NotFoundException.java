package nl.leerlijn;

/**
 * What was asked for does not exist (or not where it was looked for). Subclasses name what was missing; the web
 * layer answers 404.
 */
public abstract class NotFoundException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /** @param message what was missing, with its id */
    protected NotFoundException(String message) {
        super(message);
    }
}
