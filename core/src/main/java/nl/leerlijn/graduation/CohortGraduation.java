package nl.leerlijn.graduation;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.progress.ParticipantProgress;

/**
 * A cohort's graduation overview, for the examencommissie to work through.
 *
 * @param cohort the cohort
 * @param rows every participant, in name order
 */
public record CohortGraduation(Cohort cohort, List<Row> rows) {
    /**
     * Copies the rows.
     *
     * @param cohort the cohort
     * @param rows every participant
     */
    public CohortGraduation {
        rows = List.copyOf(rows);
    }

    /**
     * One participant.
     *
     * @param progress where they stand
     * @param criteria their criteria, met or not
     * @param decision the decision that stands, if any
     */
    public record Row(ParticipantProgress progress, List<Criterion> criteria, Optional<AwardDecision> decision) {
        /**
         * Copies the criteria.
         *
         * @param progress where they stand
         * @param criteria their criteria
         * @param decision the standing decision
         */
        public Row {
            criteria = List.copyOf(criteria);
        }

        /** @return how many criteria are met */
        public long met() {
            return criteria.stream().filter(Criterion::met).count();
        }
    }
}
