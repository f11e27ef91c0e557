package nl.leerlijn.enrolment;

/** A participant's function at their organisation. {@link #OTHER} comes with the function in the participant's own words. */
public enum JobFunction {
    /** Klantmanager (income and work). */
    KLANTMANAGER,
    /** Participatieconsulent. */
    PARTICIPATIECONSULENT,
    /** Wmo-consulent (social support). */
    WMO_CONSULENT,
    /** Jeugdconsulent (youth care). */
    JEUGDCONSULENT,
    /** Schuldhulpverlener (debt counselling). */
    SCHULDHULPVERLENER,
    /** Wijkcoach (neighbourhood coach). */
    WIJKCOACH,
    /** Teamleider wijkzorg (team leader). */
    TEAMLEIDER_WIJKZORG,
    /** Beleidsmedewerker (policy officer). */
    BELEIDSMEDEWERKER,
    /** Another function, named in the participant's own words. */
    OTHER
}
