package nl.leerlijn.attendance;

/** The replacement assignment cannot take this now: it was cancelled, judged voldoende, or has nothing handed in to judge. */
public final class ReplacementNotOpenException extends nl.leerlijn.NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param why what was asked and why it cannot be done */
    public ReplacementNotOpenException(String why) {
        super(why);
    }
}
