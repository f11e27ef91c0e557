package nl.leerlijn.access;

/** How a person relates to one cohort. A person may have several relations to one cohort (kerndocent and tweede beoordelaar). */
public enum Relation {
    /** Kerndocent of the cohort: runs it and assesses as first assessor. */
    CORE_TEACHER,
    /** Tweede beoordelaar in the cohort: marks independently as second assessor. */
    SECOND_ASSESSOR,
    /** Takes part in the cohort (active or withdrawn). */
    PARTICIPANT,
    /** Member of the examencommissie: traces every result and decides who graduates. From the platform role. */
    EXAM_COMMITTEE,
    /** Platform administrator (beheer): manages every cohort. From the platform role. */
    ADMINISTRATOR
}
