package nl.leerlijn.enrolment;

/** Whether a participant currently takes part. A withdrawn participant keeps their history. */
public enum ParticipationStatus {
    /** Takes part. */
    ACTIVE,
    /** No longer takes part; may be reactivated. */
    WITHDRAWN
}
