package nl.leerlijn.submission;

/** Where a version stands. */
public enum SubmissionState {
    /** Uploaded, not handed in for assessment; the student may hand in a later version instead. */
    DRAFT,
    /** Handed in for assessment: frozen. */
    SUBMITTED
}
