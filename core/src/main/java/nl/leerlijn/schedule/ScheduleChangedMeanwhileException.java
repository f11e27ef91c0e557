package nl.leerlijn.schedule;

import nl.leerlijn.NotNowException;

/**
 * Someone else changed the session or deadline after the actor looked at it; saving would undo
 * their change unseen. The web layer answers 409 and shows both.
 */
public final class ScheduleChangedMeanwhileException extends NotNowException {
    private static final long serialVersionUID = 1L;

    private final transient ScheduleItem current;
    private final transient ScheduleItem attempted;

    /**
     * @param current the item as it is saved now
     * @param attempted the item as the actor wanted it
     */
    public ScheduleChangedMeanwhileException(ScheduleItem current, ScheduleItem attempted) {
        super("Schedule item " + current.id() + " of cohort " + current.cohortId() + " was changed meanwhile (now at "
                + current.at() + ")");
        this.current = current;
        this.attempted = attempted;
    }

    /** @return the item as it is saved now */
    public ScheduleItem current() {
        return current;
    }

    /** @return the item as the actor wanted it */
    public ScheduleItem attempted() {
        return attempted;
    }
}
