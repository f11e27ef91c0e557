package nl.leerlijn.assessment;

/** Where the assessment of a handed-in version stands. */
public enum AssessmentState {
    /** Handed in; no assessor has saved anything yet. */
    NOT_STARTED,
    /** At least one assessor has started; not every marking is done. */
    IN_MARKING,
    /** Every marking is done; the result still has to be agreed. */
    MARKED,
    /** The assessors recorded the agreed result; the student does not see it yet. */
    AGREED,
    /** The student sees the result and the feedback. */
    RELEASED
}
