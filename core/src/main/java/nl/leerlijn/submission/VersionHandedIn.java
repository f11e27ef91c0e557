package nl.leerlijn.submission;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: a participant handed in a version of their work.
 *
 * @param submission the version
 * @param at when it happened
 */
public record VersionHandedIn(SubmissionId submission, java.time.Instant at) implements DomainEvent {
}
