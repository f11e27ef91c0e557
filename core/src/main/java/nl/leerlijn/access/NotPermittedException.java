package nl.leerlijn.access;

import nl.leerlijn.LeerlijnException;

/** The actor may not see or do what was asked. The web layer answers 403. */
public final class NotPermittedException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /**
     * @param actor who asked
     * @param what what they asked for, with the ids involved
     */
    public NotPermittedException(UserId actor, String what) {
        super("User " + actor + " may not " + what);
    }
}
