package nl.leerlijn.cohort;

/**
 * A cohort as one person sees it in their list of cohorts.
 *
 * @param cohort the cohort
 * @param relation how the person takes part
 */
public record CohortMembership(Cohort cohort, CohortRelation relation) {
}
