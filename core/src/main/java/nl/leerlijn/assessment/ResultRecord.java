package nl.leerlijn.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.VersionSummary;

/**
 * The record of one assessed version, read-only, for whoever traces results (the examencommissie, administrators, the
 * cohort's kerndocenten): the work, every finished marking, the agreed result and every change to it.
 *
 * @param submission the handed-in version
 * @param cohort the participant's cohort
 * @param participantName whose work it is
 * @param activity the paper milestone or praktijkopdracht
 * @param rubric its beoordelingsformulier
 * @param required which markings the cohort needs
 * @param state where the assessment stands
 * @param markings the finished markings, per role (a marking still in progress is not part of the record)
 * @param agreed the agreed result, once there is one
 * @param releasedAt when it was released to the student, if it was
 * @param history every change to the result, oldest first
 * @param previousText the latest earlier handed-in version with a text, to compare this one with
 */
public record ResultRecord(Submission submission, CohortId cohort, String participantName, Activity activity, Rubric rubric,
        java.util.Set<AssessorRole> required, AssessmentState state, Map<AssessorRole, Marking> markings, Optional<Agreement> agreed,
        Optional<Instant> releasedAt, List<AuditEntry> history, Optional<VersionSummary> previousText) {
    /**
     * Copies the collections.
     *
     * @param submission the handed-in version
     * @param cohort the participant's cohort
     * @param participantName whose work it is
     * @param activity the paper milestone or praktijkopdracht
     * @param rubric its beoordelingsformulier
     * @param required which markings the cohort needs
     * @param state where the assessment stands
     * @param markings the finished markings, per role (a marking still in progress is not part of the record)
     * @param agreed the agreed result, once there is one
     * @param releasedAt when it was released to the student, if it was
     * @param history every change to the result, oldest first
     * @param previousText the latest earlier handed-in version with a text, to compare this one with
     */
    public ResultRecord {
        required = java.util.Set.copyOf(required);
        markings = Map.copyOf(markings);
        history = List.copyOf(history);
    }
}
