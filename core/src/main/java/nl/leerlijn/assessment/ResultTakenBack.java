package nl.leerlijn.assessment;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: a released result was changed, which takes it back from the participant until it is released again.
 *
 * @param submission the version whose result it is
 * @param at when it happened
 */
public record ResultTakenBack(nl.leerlijn.submission.SubmissionId submission, java.time.Instant at) implements DomainEvent {
}
