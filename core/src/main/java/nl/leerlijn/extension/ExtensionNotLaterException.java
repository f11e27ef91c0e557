package nl.leerlijn.extension;

import java.time.Instant;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.curriculum.ActivityKey;

/** An extension must move the deadline later than the one that applies now. */
public final class ExtensionNotLaterException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param activity whose deadline
     * @param current the deadline that applies now
     */
    public ExtensionNotLaterException(ActivityKey activity, Instant current) {
        super("An extension moves the deadline of " + activity + " later than " + current);
    }
}
