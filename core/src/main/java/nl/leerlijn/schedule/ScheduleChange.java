package nl.leerlijn.schedule;

import nl.leerlijn.InvalidInputException;
import nl.leerlijn.PlanningRange;
import java.time.Instant;
import java.util.Optional;

/**
 * A new moment (and, for a session, place) for a schedule item. A moved session keeps its length.
 *
 * @param item the session or deadline
 * @param at the new start or deadline, within {@link PlanningRange}
 * @param location the new place of a session; empty keeps the current one (ignored for deadlines)
 * @param seenAt the moment the actor saw the item at before changing it; when the item has moved
 *     since, the change is refused rather than silently undoing someone else's; empty skips that check
 */
public record ScheduleChange(ScheduleItemId item, Instant at, Optional<String> location, Optional<Instant> seenAt) {
    /**
     * Checks the values; the location loses surrounding white space, and a blank one counts as absent.
     *
     * @param item the session or deadline
     * @param at the new start or deadline, within {@link PlanningRange}
     * @param location the new place of a session; empty keeps the current one (ignored for deadlines)
     * @param seenAt the moment the actor saw the item at before changing it; when the item has moved
     *     since, the change is refused rather than silently undoing someone else's; empty skips that check
     * @throws InvalidInputException when the item or the moment is missing, or the location is longer than 300 characters
     * @throws nl.leerlijn.DateOutOfRangeException when the new moment lies outside {@link PlanningRange}
     */
    public ScheduleChange {
        if (item == null || at == null || seenAt == null) {
            throw new InvalidInputException("A schedule change names the item and the new moment");
        }
        PlanningRange.require(at, "the new moment of " + item);
        location = location.map(String::strip).filter(l -> !l.isEmpty());
        location.filter(l -> l.length() > 300).ifPresent(l -> {
            throw new InvalidInputException("A location is at most 300 characters");
        });
    }

    /**
     * A change without the check on what the actor saw.
     *
     * @param item the session or deadline
     * @param at the new start or deadline
     * @param location the new place of a session; empty keeps the current one
     */
    public ScheduleChange(ScheduleItemId item, Instant at, Optional<String> location) {
        this(item, at, location, Optional.empty());
    }
}
