package nl.leerlijn.graduation;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * A decision of the examencommissie about one participant. It is never changed: it is taken back, with a reason, and a
 * new decision made.
 *
 * @param id the decision
 * @param participant whom it is about
 * @param award what was decided
 * @param reason why, in the examencommissie's words
 * @param decidedAt when
 * @param decidedBy who decided, as named then
 * @param takenBackAt when it was taken back, if it was
 * @param takenBackBy who took it back
 * @param takeBackReason why it was taken back
 */
public record AwardDecision(DecisionId id, ParticipantId participant, Award award, String reason, Instant decidedAt, String decidedBy,
        Optional<Instant> takenBackAt, Optional<String> takenBackBy, Optional<String> takeBackReason) {
    /** @return whether it stands: not taken back */
    public boolean active() {
        return takenBackAt.isEmpty();
    }
}
