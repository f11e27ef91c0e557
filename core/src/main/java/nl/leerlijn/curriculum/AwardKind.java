package nl.leerlijn.curriculum;

/** What a participant earns when the completion policy is met. */
public enum AwardKind {
    DIPLOMA,
    CERTIFICAAT,
    BEWIJS_VAN_DEELNAME
}
