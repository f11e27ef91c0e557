package nl.leerlijn.progress;

import java.util.List;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.Programme;

/**
 * The progress matrix of a cohort: participant by module.
 *
 * @param cohort the cohort
 * @param programme its programme (the modules are the columns)
 * @param participants one row per participant, withdrawn ones included, in name order
 */
public record CohortProgress(Cohort cohort, Programme programme, List<ParticipantProgress> participants) {
    public CohortProgress {
        participants = List.copyOf(participants);
    }
}
