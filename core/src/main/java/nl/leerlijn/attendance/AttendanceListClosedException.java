package nl.leerlijn.attendance;

/** The presence list was confirmed and its confirmation window has passed, or the window passed before it was confirmed: it can no longer change. */
public final class AttendanceListClosedException extends nl.leerlijn.NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param why what was asked and why it cannot be done */
    public AttendanceListClosedException(String why) {
        super(why);
    }
}
