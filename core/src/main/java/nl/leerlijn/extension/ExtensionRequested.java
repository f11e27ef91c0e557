package nl.leerlijn.extension;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: a participant asked for an extension.
 *
 * @param extension the request
 * @param at when it happened
 */
public record ExtensionRequested(ExtensionId extension, java.time.Instant at) implements DomainEvent {
}
