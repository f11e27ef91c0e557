package nl.leerlijn.submission;

import nl.leerlijn.NotFoundException;

/** No version with the asked id exists. */
public final class SubmissionNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param id the version asked for */
    public SubmissionNotFoundException(SubmissionId id) {
        super("No submission with id " + id);
    }
}
