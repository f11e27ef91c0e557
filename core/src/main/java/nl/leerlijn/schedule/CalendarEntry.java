package nl.leerlijn.schedule;

/**
 * A schedule item as it appears in a person's calendar, with the cohort it belongs to.
 *
 * @param item the session or deadline
 * @param cohortName the cohort's name
 */
public record CalendarEntry(ScheduleItem item, String cohortName) {
}
