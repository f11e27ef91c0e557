package nl.leerlijn.praktijk;

import java.time.Instant;
import nl.leerlijn.events.DomainEvent;

/**
 * Event: a werkbegeleider confirmed or declined a praktijkopdracht through their link.
 *
 * @param request the request they answered
 * @param at when
 */
public record SupervisorAnswered(String request, Instant at) implements DomainEvent {
}
