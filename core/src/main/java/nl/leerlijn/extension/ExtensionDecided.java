package nl.leerlijn.extension;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: a kerndocent approved or refused an extension request.
 *
 * @param extension the request, as decided
 */
public record ExtensionDecided(ExtensionId extension) implements DomainEvent {
}
