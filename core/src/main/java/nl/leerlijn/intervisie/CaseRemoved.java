package nl.leerlijn.intervisie;

import nl.leerlijn.events.DomainEvent;

/**
 * Event: an intervisie case was removed (its retention passed); a record that it existed remains.
 *
 * @param meeting the meeting it was brought to
 */
public record CaseRemoved(MeetingId meeting) implements DomainEvent {
}
