package nl.leerlijn.extension;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: a kerndocent approved or refused an extension request.
 *
 * @param extension the request, as decided
 * @param at when it happened
 */
public record ExtensionDecided(ExtensionId extension, java.time.Instant at) implements DomainEvent {
}
