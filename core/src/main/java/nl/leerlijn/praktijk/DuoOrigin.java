package nl.leerlijn.praktijk;

/** Who put a duo together. */
public enum DuoOrigin {
    /** The group engine proposed it across functions and organisations. */
    FORMER,
    /** A participant proposed their own partner. */
    PARTICIPANT,
    /** The kerndocent made it. */
    CORE_TEACHER
}
