package nl.leerlijn.cohort;

/**
 * A cohort in a person's list, with the counts a kerndocent looks at first.
 *
 * @param membership the cohort and how the person takes part
 * @param activeParticipants participants who have not withdrawn
 * @param upcomingSessions sessions that have not started yet
 */
public record CohortSummary(CohortMembership membership, int activeParticipants, int upcomingSessions) {
}
