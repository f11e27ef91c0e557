package nl.leerlijn.assessment;

import java.util.Optional;
import java.util.Set;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.submission.Submission;

/**
 * What one assessor sees when marking: the version, the rubric, their own marking, and the other
 * assessor's only once both are done (they mark independently).
 *
 * @param submission the handed-in version
 * @param participantName whose work it is
 * @param rubric its beoordelingsformulier
 * @param role the viewer's role
 * @param required which markings the cohort needs (the second only when it has a tweede beoordelaar)
 * @param state where the assessment stands
 * @param own the viewer's marking so far
 * @param other the other assessor's marking, once both are done
 * @param agreed the agreed result, once there is one
 * @param revisionsLeft how many more revisions (herkansingen) the policy allows for this work
 * @param version the assessment's version now (0 before anything was saved); recording the agreed
 *     result names it, so a change made meanwhile is not overwritten
 */
public record MarkingView(Submission submission, String participantName, Rubric rubric, AssessorRole role,
        Set<AssessorRole> required, AssessmentState state, Optional<Marking> own, Optional<Marking> other,
        Optional<Agreement> agreed, int revisionsLeft, int version) {
    public MarkingView {
        required = Set.copyOf(required);
    }

    /** @return whether every required marking is done, so the markings can be compared and a result agreed */
    public boolean allMarked() {
        return state != AssessmentState.NOT_STARTED && state != AssessmentState.IN_MARKING;
    }
}
