package nl.leerlijn.cohort;

/** Things that happen to a participation. */
public enum ParticipationEvent {
    ENROLLED,
    WITHDRAWN,
    REACTIVATED
}
