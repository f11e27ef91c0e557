package nl.leerlijn.cohort;

import java.util.Objects;
import nl.leerlijn.FreeText;
import nl.leerlijn.access.UserId;

/**
 * A person with a staff role in one cohort.
 *
 * @param cohortId the cohort
 * @param userId the person, as the host knows them
 * @param displayName their name
 * @param role what they do in this cohort
 */
public record StaffMember(CohortId cohortId, UserId userId, String displayName, StaffRole role) {
    /**
     * Checks the values; the name loses surrounding white space.
     *
     * @param cohortId the cohort
     * @param userId the person, as the host knows them
     * @param displayName their name
     * @param role what they do in this cohort
     * @throws NullPointerException when the cohort, the person or the role is missing
     * @throws nl.leerlijn.InvalidInputException when the name is blank or longer than 200 characters
     */
    public StaffMember {
        Objects.requireNonNull(cohortId, "cohortId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        displayName = FreeText.required(displayName, 200, "staff member's name");
    }
}
