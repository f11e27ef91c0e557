package nl.leerlijn.enrolment;

/** The kind of organisation a participant works for. */
public enum OrganisationType {
    /** A municipality (gemeente). */
    GEMEENTE,
    /** A care organisation (zorgorganisatie). */
    ZORGORGANISATIE,
    /** A social welfare organisation (welzijnsorganisatie). */
    WELZIJNSORGANISATIE,
    /** A social services department (sociale dienst). */
    SOCIALE_DIENST,
    /** Any other kind of organisation. */
    OTHER
}
