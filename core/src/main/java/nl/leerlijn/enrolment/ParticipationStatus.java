package nl.leerlijn.enrolment;

/** Whether a participant currently takes part. A withdrawn participant keeps their history. */
public enum ParticipationStatus {
    ACTIVE,
    WITHDRAWN
}
