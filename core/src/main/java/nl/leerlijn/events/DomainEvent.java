package nl.leerlijn.events;

/**
 * Something that happened in Leerlijn that others may act on: a result released, a session moved. Events are records
 * of ids and plain values (they are stored as JSON until every subscriber has handled them). Use cases publish them in
 * their transaction; subscribers see them only once it has committed, each in a background task of its own.
 */
public interface DomainEvent {
}
