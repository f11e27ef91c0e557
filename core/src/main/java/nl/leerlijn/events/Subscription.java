package nl.leerlijn.events;

import java.util.Objects;

/**
 * A subscriber registered under a stable name: the name is stored with each delivery waiting to run, so it must stay
 * the same across releases and be unique.
 *
 * @param name a stable, unique name, e.g. {@code notification.result-released}
 * @param type the event it handles
 * @param subscriber what it does
 * @param <E> the event type
 */
public record Subscription<E extends DomainEvent>(String name, Class<E> type, Subscriber<E> subscriber) {
    /**
     * Checks the parts.
     *
     * @param name a stable name of letters, digits, dots and dashes (at most 60)
     * @param type the event type
     * @param subscriber what it does
     * @throws IllegalArgumentException when the name is not such a name
     */
    public Subscription {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subscriber, "subscriber");
        if (name == null || !name.matches("[A-Za-z0-9.-]{1,60}")) {
            throw new IllegalArgumentException("A subscription's name is 1-60 letters, digits, dots or dashes: " + name);
        }
    }
}
