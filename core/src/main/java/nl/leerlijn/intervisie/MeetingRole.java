package nl.leerlijn.intervisie;

/** The roles that rotate through an intervisiegroep, one holder each per meeting. */
public enum MeetingRole {
    /** Brings the case. */
    INBRENGER,
    /** Chairs the meeting and keeps the method's time boxes. */
    GESPREKSLEIDER,
    /** Takes the notes. */
    NOTULIST
}
