package nl.leerlijn.assessment;

import nl.leerlijn.NotNowException;
import nl.leerlijn.submission.SubmissionId;

/** The agreed result can be recorded only once every required marking is done. */
public final class NotMarkedYetException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param id the version */
    public NotMarkedYetException(SubmissionId id) {
        super("Every marking of submission " + id + " must be done before a result is agreed");
    }
}
