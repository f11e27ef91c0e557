package nl.leerlijn.assessment;

import nl.leerlijn.NotNowException;
import nl.leerlijn.submission.SubmissionId;

/** Every required marking of the version is done, so the markings stay as they are; differences go into the agreed result. */
public final class MarkingsClosedException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param id the version */
    public MarkingsClosedException(SubmissionId id) {
        super("Every marking of submission " + id + " is done; markings are closed");
    }
}
