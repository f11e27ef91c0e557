package nl.leerlijn.cohort;

import java.time.Instant;
import java.util.Optional;

/**
 * A new moment (and, for a session, place) for a schedule item. A moved session keeps its length.
 *
 * @param item the session or deadline
 * @param at the new start or deadline
 * @param location the new place of a session; empty keeps the current one (ignored for deadlines)
 */
public record ScheduleChange(ScheduleItemId item, Instant at, Optional<String> location) {
    public ScheduleChange {
        if (item == null || at == null) {
            throw new IllegalArgumentException("A schedule change names the item and the new moment");
        }
        location = location.map(String::strip).filter(l -> !l.isEmpty());
        location.filter(l -> l.length() > 300).ifPresent(l -> {
            throw new IllegalArgumentException("A location is at most 300 characters");
        });
    }
}
