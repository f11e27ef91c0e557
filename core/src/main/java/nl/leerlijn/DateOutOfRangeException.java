package nl.leerlijn;

/** A date outside {@link PlanningRange}: before 1900 or after 9999. The web layer answers 400. */
public final class DateOutOfRangeException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /** @param what the date or moment that was given, and what it was for */
    public DateOutOfRangeException(String what) {
        super("Leerlijn plans from " + PlanningRange.FIRST + " to " + PlanningRange.LAST + ", not " + what);
    }
}
