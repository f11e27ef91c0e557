package nl.leerlijn.events;

/**
 * Acts on one kind of {@link DomainEvent}. It runs in a background task after the publishing transaction committed,
 * at least once: when it throws it runs again later (with growing pauses), and it may run again after a node stopped
 * half-way, so it must be safe to repeat. Its failure never undoes what the user did.
 *
 * @param <E> the event it handles
 */
@FunctionalInterface
public interface Subscriber<E extends DomainEvent> {

    /**
     * @param event what happened
     * @throws RuntimeException to be tried again later
     */
    void on(E event);
}
