package nl.leerlijn.cohort;

import java.time.LocalDate;
import nl.leerlijn.curriculum.Programme;

/**
 * Plans a new cohort's sessions and deadlines from its programme and start date. The schedule feature implements it;
 * cohorts only ask for it, so the schedule can depend on cohorts and not the other way round.
 */
@FunctionalInterface
public interface CohortPlanner {

    /**
     * @param cohort the cohort just created
     * @param programme what it runs
     * @param start its week 1, day 1
     * @param location where on-site sessions take place
     */
    void plan(CohortId cohort, Programme programme, LocalDate start, String location);
}
