package nl.leerlijn.progress;

/** What was recorded for one participant and one activity. */
public enum Outcome {
    /** Online work (or, from submissions, other work) is done. */
    DONE,
    /** Attended the session. */
    PRESENT,
    /** Did not attend, without notice. */
    ABSENT,
    /** Did not attend, with notice (afgemeld). */
    EXCUSED
}
