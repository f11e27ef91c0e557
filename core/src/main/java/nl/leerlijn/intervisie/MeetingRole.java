package nl.leerlijn.intervisie;

/** The rotating roles in an intervisie meeting. */
public enum MeetingRole {
    /** Brings a case from their own practice. */
    INBRENGER,
    /** The gespreksleider: leads the meeting through the method's phases and keeps time. */
    CHAIR,
    /** The notulist: writes down the question, what the group said and what the inbrenger takes away. */
    NOTETAKER
}
