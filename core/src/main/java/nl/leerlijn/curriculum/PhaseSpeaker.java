package nl.leerlijn.curriculum;

/** Who has the word in one phase of an intervisie method. */
public enum PhaseSpeaker {
    /** The participant who brought the case. */
    INBRENGER,
    /** The participant who chairs the meeting. */
    GESPREKSLEIDER,
    /** The others: every member of the group except the inbrenger. */
    GROUP,
    /** Every member of the group, the inbrenger included. */
    EVERYONE
}
