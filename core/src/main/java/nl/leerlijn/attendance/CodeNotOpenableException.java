package nl.leerlijn.attendance;

/** A session code can be opened only from an hour before the session until its end. */
public final class CodeNotOpenableException extends nl.leerlijn.NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param why what was asked and why it cannot be done */
    public CodeNotOpenableException(String why) {
        super(why);
    }
}
