package nl.leerlijn.intervisie;

import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.events.DomainEvent;

/**
 * Event: a cohort's intervisie groups were published to their members.
 *
 * @param cohort the cohort
 * @param round the round's number (1 for the first groups)
 * @param at when it happened
 */
public record GroupsPublished(CohortId cohort, int round, java.time.Instant at) implements DomainEvent {
}
