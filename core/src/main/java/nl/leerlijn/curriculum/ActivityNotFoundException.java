package nl.leerlijn.curriculum;

import nl.leerlijn.NotFoundException;

/** The programme has no activity of the asked kind with the asked key. */
public final class ActivityNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /**
     * @param programme the programme searched
     * @param activity the activity asked for
     */
    public ActivityNotFoundException(ProgrammeId programme, ActivityKey activity) {
        super("Programme " + programme + " has no such activity " + activity);
    }
}
