package nl.leerlijn.assessment;

/** Who marks: the kerndocent first, the tweede beoordelaar independently second. */
public enum AssessorRole {
    /** The kerndocent, who also records the agreed result and releases it. */
    FIRST,
    /** The tweede beoordelaar, who marks independently of the kerndocent. */
    SECOND
}
