package nl.leerlijn.submission;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: a participant handed in a version of their work.
 *
 * @param submission the version
 */
public record VersionHandedIn(SubmissionId submission) implements DomainEvent {
}
