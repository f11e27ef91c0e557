package nl.leerlijn.cohort;

/** How a person is part of a cohort. */
public enum CohortRelation {
    CORE_TEACHER,
    SECOND_ASSESSOR,
    PARTICIPANT;

    static CohortRelation of(StaffRole role) {
        return role == StaffRole.CORE_TEACHER ? CORE_TEACHER : SECOND_ASSESSOR;
    }
}
