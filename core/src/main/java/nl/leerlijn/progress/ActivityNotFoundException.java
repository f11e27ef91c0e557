package nl.leerlijn.progress;

import nl.leerlijn.LeerlijnException;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ProgrammeId;

/** The programme has no activity of the asked kind with the asked key. */
public final class ActivityNotFoundException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /**
     * @param programme the programme searched
     * @param activity the activity asked for
     */
    public ActivityNotFoundException(ProgrammeId programme, ActivityKey activity) {
        super("Programme " + programme + " has no such activity " + activity);
    }
}
