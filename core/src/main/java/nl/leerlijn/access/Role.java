package nl.leerlijn.access;

/**
 * What the host platform says a person is. Which cohorts a person may see is decided per cohort
 * (kerndocent or tweede beoordelaar of that cohort, participant in it); these roles only open the
 * door to actions that are not tied to one cohort, such as creating a cohort.
 */
public enum Role {
    /** Platform administrator: may manage every cohort. */
    ADMINISTRATOR,
    /** Kerndocent: may create cohorts and manages the ones assigned to them. */
    CORE_TEACHER,
    /** Tweede beoordelaar: assesses what is assigned to them. */
    SECOND_ASSESSOR,
    /** Student (deelnemer). */
    STUDENT,
    /** Examencommissie: may trace and export the results (audit trail) of every cohort; changes nothing. */
    EXAM_COMMITTEE
}
