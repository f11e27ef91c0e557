package nl.leerlijn.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;

/**
 * Something a person is told.
 *
 * @param id its id
 * @param user who it is for
 * @param kind what kind of thing it reports
 * @param cohort the cohort it is about, when there is one
 * @param target where it leads
 * @param facts what it says, by name (titles, names, times as ISO instants, {@code approved} as true/false); the
 *     words are the templates'
 * @param createdAt when it was made
 * @param readAt when the person opened it
 * @param delivery how it is (or was) mailed
 * @param mailedAt when it went out by mail (at once or in a digest)
 */
public record Notification(NotificationId id, UserId user, NotificationKind kind, Optional<CohortId> cohort, Target target,
        Map<String, String> facts, Instant createdAt, Optional<Instant> readAt, Delivery delivery, Optional<Instant> mailedAt) {
    /**
     * Copies the facts.
     *
     * @param id its id
     * @param user who it is for
     * @param kind what it reports
     * @param cohort the cohort
     * @param target where it leads
     * @param facts what it says
     * @param createdAt when it was made
     * @param readAt when it was opened
     * @param delivery how it is mailed
     * @param mailedAt when it was mailed
     */
    public Notification {
        facts = Map.copyOf(facts);
    }

    /**
     * @param name a fact's name
     * @return its value, or an empty text
     */
    public String fact(String name) {
        return facts.getOrDefault(name, "");
    }

    /** @return whether the person has not opened it yet */
    public boolean unread() {
        return readAt.isEmpty();
    }
}
