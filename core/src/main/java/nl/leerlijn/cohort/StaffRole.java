package nl.leerlijn.cohort;

/** The roles a staff member can have in one cohort. */
public enum StaffRole {
    /** Kerndocent: runs the cohort and assesses. */
    CORE_TEACHER,
    /** Tweede beoordelaar: independent second marking of what is assigned. */
    SECOND_ASSESSOR
}
