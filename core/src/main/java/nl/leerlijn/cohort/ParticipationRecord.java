package nl.leerlijn.cohort;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.access.UserId;

/**
 * One entry in a participation's history.
 *
 * @param event what happened
 * @param reason why, when one was given
 * @param actor who did it
 * @param at when
 */
public record ParticipationRecord(ParticipationEvent event, Optional<String> reason, UserId actor, Instant at) {
}
