package nl.leerlijn.enrolment;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: someone was enrolled in a cohort.
 *
 * @param participant the participation
 * @param at when it happened
 */
public record ParticipantEnrolled(ParticipantId participant, java.time.Instant at) implements DomainEvent {
}
