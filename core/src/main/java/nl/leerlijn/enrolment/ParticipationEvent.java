package nl.leerlijn.enrolment;

/** Things that happen to a participation. */
public enum ParticipationEvent {
    /** The person was enrolled in the cohort. */
    ENROLLED,
    /** The participant was withdrawn; their work and history stay. */
    WITHDRAWN,
    /** A withdrawn participant takes part again. */
    REACTIVATED
}
