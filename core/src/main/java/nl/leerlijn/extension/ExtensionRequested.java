package nl.leerlijn.extension;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: a participant asked for an extension.
 *
 * @param extension the request
 */
public record ExtensionRequested(ExtensionId extension) implements DomainEvent {
}
