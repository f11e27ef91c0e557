package nl.leerlijn.assessment;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.access.UserId;

/**
 * One change to a result, for the examencommissie.
 *
 * @param actor who
 * @param actorName the name they had when they made the change (for rows from before that was kept: their name in the
 *     cohort's team, or their id)
 * @param at when
 * @param kind what happened: {@code MARKING_DONE_FIRST}, {@code MARKING_DONE_SECOND}, {@code RESULT_AGREED}, {@code RELEASED}
 * @param oldValue the result before, if any
 * @param newValue the result after, if any
 * @param reason why, when one was given
 */
public record AuditEntry(UserId actor, String actorName, Instant at, String kind, Optional<String> oldValue, Optional<String> newValue,
        Optional<String> reason) {
}
