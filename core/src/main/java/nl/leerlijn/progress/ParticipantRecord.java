package nl.leerlijn.progress;

import java.util.List;
import java.util.Map;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.assessment.AssessmentSummary;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.ParticipationRecord;
import nl.leerlijn.extension.Extension;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.VersionSummary;

/**
 * Everything about one participant that staff look at: where they stand, every handed-in version with where its
 * assessment stands, their extensions and what happened to their participation.
 *
 * @param cohort their cohort
 * @param progress where they stand, activity by activity
 * @param handedIn every handed-in version, per activity in version order (drafts are private to the participant)
 * @param assessments where the assessment of each handed-in version stands, for those assessors started on
 * @param extensions every extension asked for or granted, newest first
 * @param history enrolment, withdrawals and reactivations, oldest first
 * @param permissions what the viewer may do with this participant
 */
public record ParticipantRecord(Cohort cohort, ParticipantProgress progress, List<VersionSummary> handedIn, Map<SubmissionId, AssessmentSummary> assessments,
        List<Extension> extensions, List<ParticipationRecord> history, Permissions permissions) {
    /**
     * Copies the collections.
     *
     * @param cohort their cohort
     * @param progress where they stand, activity by activity
     * @param handedIn every handed-in version, per activity in version order (drafts are private to the participant)
     * @param assessments where the assessment of each handed-in version stands, for those assessors started on
     * @param extensions every extension asked for or granted, newest first
     * @param history enrolment, withdrawals and reactivations, oldest first
     * @param permissions what the viewer may do with this participant
     */
    public ParticipantRecord {
        handedIn = List.copyOf(handedIn);
        assessments = Map.copyOf(assessments);
        extensions = List.copyOf(extensions);
        history = List.copyOf(history);
    }
}
