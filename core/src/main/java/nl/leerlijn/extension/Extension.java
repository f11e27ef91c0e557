package nl.leerlijn.extension;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * An extension of one participant's deadline for one activity, requested or granted.
 *
 * @param id the extension
 * @param participant whose deadline
 * @param activity which deadline
 * @param dueAt the new deadline
 * @param reason why, as the requester wrote it
 * @param state requested, approved, refused or granted
 * @param requestedBy who asked (or granted)
 * @param requestedAt when
 * @param decidedBy who decided, once decided
 * @param decidedAt when, once decided
 */
public record Extension(ExtensionId id, ParticipantId participant, ActivityKey activity, Instant dueAt, String reason,
        ExtensionState state, UserId requestedBy, Instant requestedAt, Optional<UserId> decidedBy, Optional<Instant> decidedAt) {
}
