package nl.leerlijn.schedule;

import nl.leerlijn.NotFoundException;
import nl.leerlijn.cohort.CohortId;

/** The cohort has no session or deadline with the asked id (or it is not the kind asked for). */
public final class ScheduleItemNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    /**
     * @param cohort the cohort asked about
     * @param item the item asked for
     */
    public ScheduleItemNotFoundException(CohortId cohort, ScheduleItemId item) {
        super("Cohort " + cohort + " has no schedule item " + item);
    }
}
