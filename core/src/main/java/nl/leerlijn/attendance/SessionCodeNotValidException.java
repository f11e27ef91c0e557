package nl.leerlijn.attendance;

/** The code a participant entered belongs to no session of theirs that is open for confirmation now. */
public final class SessionCodeNotValidException extends nl.leerlijn.InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** @param why what was asked and why it cannot be done */
    public SessionCodeNotValidException(String why) {
        super(why);
    }
}
