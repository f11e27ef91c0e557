package nl.leerlijn.progress;

import java.util.List;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.Programme;

/**
 * The progress of a whole cohort: participant by module, and who needs attention.
 *
 * @param cohort the cohort
 * @param programme its programme (the modules are the columns)
 * @param participants one row per participant, withdrawn ones included, in name order
 * @param behind the active participants who are behind, most urgent first
 */
public record CohortProgress(Cohort cohort, Programme programme, List<ParticipantProgress> participants, List<Attention> behind) {
    /**
     * Copies the lists.
     *
     * @param cohort the cohort
     * @param programme its programme (the modules are the columns)
     * @param participants one row per participant, withdrawn ones included, in name order
     * @param behind the active participants who are behind, most urgent first
     */
    public CohortProgress {
        participants = List.copyOf(participants);
        behind = List.copyOf(behind);
    }
}
