package nl.leerlijn.graduation;

/** The participant has a decision that stands: it is taken back (with a reason) before a new one is made. */
public final class DecisionExistsException extends nl.leerlijn.NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param why which participant and decision */
    public DecisionExistsException(String why) {
        super(why);
    }
}
