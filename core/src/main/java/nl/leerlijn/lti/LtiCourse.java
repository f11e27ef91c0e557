package nl.leerlijn.lti;

import java.time.Instant;
import nl.leerlijn.cohort.CohortId;

/**
 * A course on a platform, linked to the cohort it runs: launches from it go straight to that cohort.
 *
 * @param platformId the platform
 * @param platformName the platform's name, for people
 * @param contextId the course's id on the platform
 * @param title the course's title, as the platform gave it at the link
 * @param cohort the cohort
 * @param cohortName the cohort's name
 * @param assistantsAssess whether the course's teaching assistants become tweede beoordelaar of the cohort when they launch
 * @param linkedAt when the link was made
 * @param linkedBy who made it
 * @param lastRosterSync what the last reading of the course roster changed, once it was read
 */
public record LtiCourse(long platformId, String platformName, String contextId, String title, CohortId cohort, String cohortName, boolean assistantsAssess,
        Instant linkedAt, String linkedBy, java.util.Optional<RosterSync> lastRosterSync) {
}
