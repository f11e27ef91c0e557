package nl.leerlijn.attendance;

/** A presence list can be confirmed only once every active participant has a presence recorded, and only after the session began. */
public final class ListIncompleteException extends nl.leerlijn.NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param why what was asked and why it cannot be done */
    public ListIncompleteException(String why) {
        super(why);
    }
}
