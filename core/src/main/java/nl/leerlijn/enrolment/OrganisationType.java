package nl.leerlijn.enrolment;

/** The kind of organisation a participant works for. */
public enum OrganisationType {
    GEMEENTE,
    ZORGORGANISATIE,
    WELZIJNSORGANISATIE,
    SOCIALE_DIENST,
    OTHER
}
