package nl.leerlijn.attendance;

/** Whether a participant was at a session (presentie). */
public enum Presence {
    /** Attended. */
    PRESENT,
    /** Did not attend, without notice. */
    ABSENT,
    /** Did not attend, with notice (afgemeld). */
    EXCUSED
}
