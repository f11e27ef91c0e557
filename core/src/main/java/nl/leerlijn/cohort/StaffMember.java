package nl.leerlijn.cohort;

import nl.leerlijn.access.UserId;

/**
 * A person with a staff role in one cohort.
 *
 * @param cohortId the cohort
 * @param userId the person
 * @param displayName their name
 * @param role what they do in this cohort
 */
public record StaffMember(CohortId cohortId, UserId userId, String displayName, StaffRole role) {
    public StaffMember {
        displayName = Text.required(displayName, 200, "staff member's name");
    }
}
