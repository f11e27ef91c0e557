package nl.leerlijn.praktijk;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.submission.SubmissionId;

/**
 * A request to a werkbegeleider to confirm one handed-in version, and their answer.
 *
 * @param id the request; the signed link names it
 * @param submission the version asked about (the asking member's copy)
 * @param shared the key the duo's copies of that version share
 * @param requestedBy the member who asked
 * @param supervisor to whom it went
 * @param createdAt when it was made
 * @param expiresAt when its link stops working
 * @param replacedAt when a newer request for the same work replaced it
 * @param decidedAt when the werkbegeleider answered
 * @param decision what they answered
 * @param remark their comment (confirmed) or reason (declined)
 */
public record SupervisorRequest(String id, SubmissionId submission, String shared, ParticipantId requestedBy, Supervisor supervisor,
        Instant createdAt, Instant expiresAt, Optional<Instant> replacedAt, Optional<Instant> decidedAt, Optional<Decision> decision,
        String remark) {

    /** Where a request stands. */
    public enum State {
        /** Waiting for the werkbegeleider. */
        OPEN,
        /** Its link expired unanswered. */
        EXPIRED,
        /** A newer request replaced it. */
        REPLACED,
        /** The werkbegeleider confirmed. */
        CONFIRMED,
        /** The werkbegeleider declined. */
        DECLINED
    }

    /**
     * @param now the moment asked about
     * @return where it stands then
     */
    public State state(Instant now) {
        if (decision.isPresent()) {
            return decision.get() == Decision.CONFIRMED ? State.CONFIRMED : State.DECLINED;
        }
        if (replacedAt.isPresent()) {
            return State.REPLACED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }
}
