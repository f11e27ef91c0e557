package nl.leerlijn.attendance;

/** A participant can report (or take back) an absence only before the session starts. */
public final class AbsenceNoticeTooLateException extends nl.leerlijn.NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param why what was asked and why it cannot be done */
    public AbsenceNoticeTooLateException(String why) {
        super(why);
    }
}
