package nl.leerlijn.curriculum;

import java.time.Instant;
import java.util.Optional;

/**
 * An activity placed on the calendar of one cohort: a session with start and end, or a deadline.
 *
 * @param key the activity
 * @param moduleCode the module it belongs to
 * @param kind what sort of activity
 * @param at a session's start, or a deadline's moment
 * @param endsAt a session's end; empty for a deadline
 * @param format on site or online, for a session; empty for a deadline
 */
public record PlannedActivity(
        ActivityKey key, String moduleCode, ActivityKind kind, Instant at, Optional<Instant> endsAt,
        Optional<SessionFormat> format) {

    /** @return whether this is a session participants attend (rather than a deadline) */
    public boolean isSession() {
        return endsAt.isPresent();
    }
}
