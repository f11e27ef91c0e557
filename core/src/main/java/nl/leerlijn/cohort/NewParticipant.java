package nl.leerlijn.cohort;

import nl.leerlijn.access.UserId;

/**
 * A person to enrol.
 *
 * @param userId the host platform's id for the person
 * @param profile who they are at work
 */
public record NewParticipant(UserId userId, ParticipantProfile profile) {
    public NewParticipant {
        if (userId == null || profile == null) {
            throw new IllegalArgumentException("A new participant needs a user id and a profile");
        }
    }
}
