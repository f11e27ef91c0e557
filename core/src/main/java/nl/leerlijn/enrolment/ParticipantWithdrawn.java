package nl.leerlijn.enrolment;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: a participant was withdrawn from their cohort.
 *
 * @param participant the participation
 */
public record ParticipantWithdrawn(ParticipantId participant) implements DomainEvent {
}
