package nl.leerlijn.assessment;

import java.util.List;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.curriculum.Activity;

/**
 * Everything handed in within a cohort, for one assessor.
 *
 * @param cohort the cohort
 * @param role the viewer's role in the cohort
 * @param secondAssessor whether the cohort has a tweede beoordelaar (so every version needs two markings)
 * @param assessed the cohort's assessed work (paper milestones, praktijkopdrachten), in programme order
 * @param entries oldest hand-in first
 */
public record MarkingQueue(Cohort cohort, AssessorRole role, boolean secondAssessor, List<Activity> assessed, List<QueueEntry> entries) {
    /**
     * Copies the lists.
     *
     * @param cohort the cohort
     * @param role the viewer's role in the cohort
     * @param secondAssessor whether the cohort has a tweede beoordelaar (so every version needs two markings)
     * @param assessed the cohort's assessed work (paper milestones, praktijkopdrachten), in programme order
     * @param entries oldest hand-in first
     */
    public MarkingQueue {
        assessed = List.copyOf(assessed);
        entries = List.copyOf(entries);
    }
}
