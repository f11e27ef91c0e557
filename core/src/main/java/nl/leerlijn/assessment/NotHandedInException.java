package nl.leerlijn.assessment;

import nl.leerlijn.NotNowException;
import nl.leerlijn.submission.SubmissionId;

/** Only handed-in work is assessed. */
public final class NotHandedInException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param id the version */
    public NotHandedInException(SubmissionId id) {
        super("Submission " + id + " has not been handed in");
    }
}
