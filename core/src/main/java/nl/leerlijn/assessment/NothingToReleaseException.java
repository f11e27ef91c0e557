package nl.leerlijn.assessment;

import nl.leerlijn.NotNowException;
import nl.leerlijn.submission.SubmissionId;

/** Only an agreed, unreleased result can be released. */
public final class NothingToReleaseException extends NotNowException {
    private static final long serialVersionUID = 1L;

    /** @param id the version */
    public NothingToReleaseException(SubmissionId id) {
        super("Submission " + id + " has no agreed result to release");
    }
}
