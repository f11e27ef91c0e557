package nl.leerlijn.enrolment;

import java.time.Instant;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;

/**
 * A person taking part in one cohort.
 *
 * @param id the participation
 * @param cohortId the cohort
 * @param userId the person
 * @param profile organisation, function, register numbers
 * @param status active or withdrawn
 * @param enrolledAt when they were first enrolled
 */
public record Participant(
        ParticipantId id, CohortId cohortId, UserId userId, ParticipantProfile profile,
        ParticipationStatus status, Instant enrolledAt) {

    /** @return whether the participant currently takes part */
    public boolean isActive() {
        return status == ParticipationStatus.ACTIVE;
    }

    /** @return the same participation in another status */
    Participant withStatus(ParticipationStatus newStatus) {
        return new Participant(id, cohortId, userId, profile, newStatus, enrolledAt);
    }
}
