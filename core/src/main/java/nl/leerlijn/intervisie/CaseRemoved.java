package nl.leerlijn.intervisie;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: an intervisie case was removed (its retention passed); a record that it existed remains.
 *
 * @param meeting the meeting it was brought to
 * @param at when it happened
 */
public record CaseRemoved(MeetingId meeting, java.time.Instant at) implements DomainEvent {
}
