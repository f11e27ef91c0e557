package nl.leerlijn.cohort;

/** A participant's function at their organisation. */
public enum JobFunction {
    KLANTMANAGER,
    PARTICIPATIECONSULENT,
    WMO_CONSULENT,
    JEUGDCONSULENT,
    SCHULDHULPVERLENER,
    WIJKCOACH,
    TEAMLEIDER_WIJKZORG,
    OTHER
}
