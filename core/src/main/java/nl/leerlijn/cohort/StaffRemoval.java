package nl.leerlijn.cohort;

/** What came of taking a role in a cohort away from someone. */
public enum StaffRemoval {
    /** The person no longer has the role; their name stays on what they marked. */
    REMOVED,
    /** The person did not have that role in the cohort; nothing changed. */
    NOT_ASSIGNED,
    /** The person is the cohort's only kerndocent; a cohort always keeps one, so nothing changed. */
    LAST_CORE_TEACHER
}
