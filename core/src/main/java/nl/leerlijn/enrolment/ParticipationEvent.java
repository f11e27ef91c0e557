package nl.leerlijn.enrolment;

/** Things that happen to a participation. */
public enum ParticipationEvent {
    ENROLLED,
    WITHDRAWN,
    REACTIVATED
}
