package nl.leerlijn.assessment;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: an agreed result was released to the participant.
 *
 * @param submission the version whose result it is
 * @param at when it happened
 */
public record ResultReleased(nl.leerlijn.submission.SubmissionId submission, java.time.Instant at) implements DomainEvent {
}
