package nl.leerlijn.assessment;

import java.util.Optional;
import java.util.Set;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.VersionSummary;

/**
 * What one assessor sees when marking: the version, the rubric, their own marking, and the other assessor's only once
 * both are done (they mark independently).
 *
 * @param submission the handed-in version
 * @param cohort the participant's cohort
 * @param participantName whose work it is
 * @param activity the paper milestone or praktijkopdracht
 * @param rubric its beoordelingsformulier
 * @param role the viewer's role
 * @param required which markings the cohort needs (the second only when it has a tweede beoordelaar)
 * @param state where the assessment stands
 * @param own the viewer's marking so far
 * @param other the other assessor's marking, once both are done
 * @param agreed the agreed result, once there is one
 * @param revisionsLeft how many more revisions (herkansingen) the policy allows for this work
 * @param version the assessment's version now (0 before anything was saved); recording the agreed result names it,
 *     so a change made meanwhile is not overwritten
 * @param previousText the latest earlier handed-in version with a text, to compare this one with
 */
public record MarkingView(Submission submission, CohortId cohort, String participantName, Activity activity, Rubric rubric,
        AssessorRole role, Set<AssessorRole> required, AssessmentState state, Optional<Marking> own, Optional<Marking> other,
        Optional<Agreement> agreed, int revisionsLeft, int version, Optional<VersionSummary> previousText) {
    /**
     * Copies the set.
     *
     * @param submission the handed-in version
     * @param cohort the participant's cohort
     * @param participantName whose work it is
     * @param activity the paper milestone or praktijkopdracht
     * @param rubric its beoordelingsformulier
     * @param role the viewer's role
     * @param required which markings the cohort needs (the second only when it has a tweede beoordelaar)
     * @param state where the assessment stands
     * @param own the viewer's marking so far
     * @param other the other assessor's marking, once both are done
     * @param agreed the agreed result, once there is one
     * @param revisionsLeft how many more revisions (herkansingen) the policy allows for this work
     * @param version the assessment's version now (0 before anything was saved); recording the agreed result names it,
     *     so a change made meanwhile is not overwritten
     * @param previousText the latest earlier handed-in version with a text, to compare this one with
     */
    public MarkingView {
        required = Set.copyOf(required);
    }

    /** @return whether every required marking is done, so the markings can be compared and a result agreed */
    public boolean allMarked() {
        return state != AssessmentState.NOT_STARTED && state != AssessmentState.IN_MARKING;
    }

    /** @return whether the markings can still be saved */
    public boolean markingOpen() {
        return !allMarked();
    }
}
