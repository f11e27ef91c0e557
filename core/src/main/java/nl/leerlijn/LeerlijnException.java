package nl.leerlijn;

/**
 * Root of every exception Leerlijn throws for a broken precondition or a missing thing.
 *
 * <p>Expected business outcomes (a refused enrolment, say) are return values, not exceptions.
 * Subclasses are named for what failed and carry the ids involved in their message.
 */
public class LeerlijnException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what failed, with the ids involved; never {@code null} */
    public LeerlijnException(String message) {
        super(message);
    }

    /**
     * @param message what failed, with the ids involved; never {@code null}
     * @param cause the underlying failure
     */
    public LeerlijnException(String message, Throwable cause) {
        super(message, cause);
    }
}
