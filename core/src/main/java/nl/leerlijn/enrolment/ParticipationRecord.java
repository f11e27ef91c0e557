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
 * @param actorName their name as staff of the cohort; their id when they never were staff (an administrator)
 * @param at when
 */
public record ParticipationRecord(ParticipationEvent event, Optional<String> reason, UserId actor, String actorName, Instant at) {
}
