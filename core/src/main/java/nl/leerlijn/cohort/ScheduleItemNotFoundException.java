package nl.leerlijn.cohort;

import nl.leerlijn.LeerlijnException;

/** The cohort has no session or deadline with the asked id. */
public final class ScheduleItemNotFoundException extends LeerlijnException {
    private static final long serialVersionUID = 1L;

    /**
     * @param cohort the cohort asked about
     * @param item the item asked for
     */
    public ScheduleItemNotFoundException(CohortId cohort, ScheduleItemId item) {
        super("Cohort " + cohort + " has no schedule item " + item);
    }
}
