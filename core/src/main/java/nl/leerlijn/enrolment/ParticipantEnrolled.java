package nl.leerlijn.enrolment;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: someone was enrolled in a cohort.
 *
 * @param participant the participation
 */
public record ParticipantEnrolled(ParticipantId participant) implements DomainEvent {
}
