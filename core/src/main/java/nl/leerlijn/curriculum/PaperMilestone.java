package nl.leerlijn.curriculum;

/** The milestones of the paper, in the order they are due. */
public enum PaperMilestone {
    /** The plan (plan van aanpak). */
    PLAN_VAN_AANPAK,
    /** The draft (concept). */
    CONCEPT,
    /** The final version (eindversie). */
    EINDVERSIE
}
