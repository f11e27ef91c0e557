package nl.leerlijn.curriculum;

/** The milestones of the paper, in the order they are due. */
public enum PaperMilestone {
    PLAN_VAN_AANPAK,
    CONCEPT,
    EINDVERSIE
}
