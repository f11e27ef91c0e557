package nl.leerlijn.cohort;

/** The kind of organisation a participant works for. */
public enum OrganisationType {
    GEMEENTE,
    ZORGORGANISATIE,
    WELZIJNSORGANISATIE,
    SOCIALE_DIENST,
    OTHER
}
