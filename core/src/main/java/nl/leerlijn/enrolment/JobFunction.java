package nl.leerlijn.enrolment;

/** A participant's function at their organisation. {@link #OTHER} comes with the function in the participant's own words. */
public enum JobFunction {
    KLANTMANAGER,
    PARTICIPATIECONSULENT,
    WMO_CONSULENT,
    JEUGDCONSULENT,
    SCHULDHULPVERLENER,
    WIJKCOACH,
    TEAMLEIDER_WIJKZORG,
    BELEIDSMEDEWERKER,
    OTHER
}
