package nl.leerlijn.enrolment;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.access.UserId;

/**
 * One entry in a participation's history.
 *
 * @param event what happened
 * @param reason why, when one was given
 * @param actor who did it
 * @param actorName the name they had when they made the change (for rows from before that was kept: their name in the
 *     cohort's team, or their id)
 * @param at when
 */
public record ParticipationRecord(ParticipationEvent event, Optional<String> reason, UserId actor, String actorName, Instant at) {
}
