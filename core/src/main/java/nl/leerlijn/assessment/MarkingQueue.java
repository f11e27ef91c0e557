package nl.leerlijn.assessment;

import java.util.List;

/**
 * Everything handed in within a cohort, for one assessor.
 *
 * @param role the viewer's role in the cohort
 * @param secondAssessor whether the cohort has a tweede beoordelaar (so every version needs two markings)
 * @param entries oldest hand-in first
 */
public record MarkingQueue(AssessorRole role, boolean secondAssessor, List<QueueEntry> entries) {
    public MarkingQueue {
        entries = List.copyOf(entries);
    }
}
