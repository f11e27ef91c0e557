package nl.leerlijn.assessment;

/** Who marks: the kerndocent first, the tweede beoordelaar independently second. */
public enum AssessorRole {
    FIRST,
    SECOND
}
