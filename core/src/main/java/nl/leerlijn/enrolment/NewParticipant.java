package nl.leerlijn.enrolment;

import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.UserId;

/**
 * A person to enrol.
 *
 * @param userId the host platform's id for the person
 * @param profile who they are at work
 */
public record NewParticipant(UserId userId, ParticipantProfile profile) {
    /**
     * Checks the values.
     *
     * @param userId the host platform's id for the person
     * @param profile who they are at work
     * @throws InvalidInputException when the id or the profile is missing
     */
    public NewParticipant {
        if (userId == null || profile == null) {
            throw new InvalidInputException("A new participant needs a user id and a profile");
        }
    }
}
