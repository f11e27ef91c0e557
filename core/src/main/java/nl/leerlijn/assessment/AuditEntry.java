package nl.leerlijn.assessment;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.access.UserId;

/**
 * One change to a result, for the examencommissie.
 *
 * @param actor who
 * @param at when
 * @param kind what happened, e.g. {@code MARKING_DONE}, {@code RESULT_AGREED}, {@code RELEASED}
 * @param oldValue the result before, if any
 * @param newValue the result after, if any
 * @param reason why, when one was given
 */
public record AuditEntry(UserId actor, Instant at, String kind, Optional<String> oldValue, Optional<String> newValue,
        Optional<String> reason) {
}
