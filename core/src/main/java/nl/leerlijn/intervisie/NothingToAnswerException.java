package nl.leerlijn.intervisie;

import nl.leerlijn.NotNowException;

/** The member has not written a reflection on this meeting (yet): there is nothing to answer. */
public final class NothingToAnswerException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param what which reflection, for the log */
    public NothingToAnswerException(String what) {
        super("No reflection to answer: " + what);
    }
}
