package nl.leerlijn.cohort;

import nl.leerlijn.access.Relation;

/**
 * A cohort as one person sees it in their list of cohorts.
 *
 * @param cohort the cohort
 * @param relation how the person takes part: {@link Relation#CORE_TEACHER}, {@link Relation#SECOND_ASSESSOR} or
 *     {@link Relation#PARTICIPANT}
 */
public record CohortMembership(Cohort cohort, Relation relation) {

    /** @return whether the person is staff (kerndocent or tweede beoordelaar) of the cohort */
    public boolean isStaff() {
        return relation != Relation.PARTICIPANT;
    }
}
