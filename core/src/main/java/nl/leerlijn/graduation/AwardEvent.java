package nl.leerlijn.graduation;

import java.time.Instant;

/**
 * One step in the audit trail of a participant's awards.
 *
 * @param decision the decision it concerns
 * @param kind decided, taken back, or certificate revoked
 * @param award the award concerned
 * @param reason the reason given
 * @param at when
 * @param actorName who did it, as named then
 */
public record AwardEvent(DecisionId decision, Kind kind, Award award, String reason, Instant at, String actorName) {
    /** What happened. */
    public enum Kind {
        /** The examencommissie decided. */
        DECIDED,
        /** The examencommissie took a decision back. */
        TAKEN_BACK,
        /** A certificate was issued with its verification code. */
        ISSUED,
        /** A certificate was revoked (its decision was taken back). */
        REVOKED
    }
}
