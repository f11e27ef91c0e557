package nl.leerlijn.enrolment;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: a participant was withdrawn from their cohort.
 *
 * @param participant the participation
 * @param at when it happened
 */
public record ParticipantWithdrawn(ParticipantId participant, java.time.Instant at) implements DomainEvent {
}
