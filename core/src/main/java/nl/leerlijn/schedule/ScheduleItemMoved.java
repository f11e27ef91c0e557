package nl.leerlijn.schedule;

import java.time.Instant;
import nl.leerlijn.events.DomainEvent;

/**
 * Event: a session or deadline of a cohort was moved, or a session's place changed.
 *
 * @param item the session or deadline
 * @param cohort its cohort
 * @param from when it was
 * @param to when it is now
 * @param fromLocation where it was (null for a deadline or an online session)
 * @param toLocation where it is now (null likewise)
 * @param at when it happened
 */
public record ScheduleItemMoved(ScheduleItemId item, nl.leerlijn.cohort.CohortId cohort, Instant from, Instant to, String fromLocation, String toLocation, java.time.Instant at) implements DomainEvent {
}
