package nl.leerlijn.curriculum;

/** What a participant earns when the completion policy is met. */
public enum AwardKind {
    /** A diploma. */
    DIPLOMA,
    /** A certificate (certificaat). */
    CERTIFICAAT,
    /** Proof of participation (bewijs van deelname). */
    BEWIJS_VAN_DEELNAME
}
