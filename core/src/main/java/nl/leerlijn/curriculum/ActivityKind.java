package nl.leerlijn.curriculum;

/** The kinds of thing a participant does in a module. */
public enum ActivityKind {
    /** Reading, e-learning, video or a reflection, done online at one's own pace (optionally with a deadline). */
    ONLINE_WORK,
    /** A training day, workshop or werkatelier: a dated contact session with attendance. */
    CONTACT_SESSION,
    /** A meeting of the participant's intervisiegroep: a dated session with attendance. */
    INTERVISION_MEETING,
    /** A praktijkopdracht at the workplace, with a deadline for its report. */
    PRACTICE_ASSIGNMENT,
    /** One milestone of the paper (plan van aanpak, concept, eindversie), with a deadline. */
    PAPER_MILESTONE;

    /** @return whether this kind of activity is a dated meeting that participants attend */
    public boolean isSession() {
        return this == CONTACT_SESSION || this == INTERVISION_MEETING;
    }
}
