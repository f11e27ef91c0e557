package nl.leerlijn;

/**
 * The thing exists and the person may act on it, but its state does not allow this now (a result is agreed, a
 * version is not handed in yet), or someone changed it meanwhile. Subclasses name the rule; the web layer answers 409.
 */
public abstract class NotNowException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /** @param message what the state does not allow, with the ids involved */
    protected NotNowException(String message) {
        super(message);
    }
}
