package nl.leerlijn.assessment;

import nl.leerlijn.NotFoundException;
import nl.leerlijn.curriculum.ActivityKey;

/** The work's activity has no beoordelingsformulier in the programme, so there is no marking of it. */
public final class NoRubricException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /** @param activity the activity without a rubric */
    public NoRubricException(ActivityKey activity) {
        super("Activity " + activity + " has no rubric");
    }
}
