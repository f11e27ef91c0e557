package nl.leerlijn.assessment;

import java.util.Optional;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.submission.Submission;

/**
 * What one assessor sees when marking: the version, the rubric, their own marking, and the other
 * assessor's only once both are done (they mark independently).
 *
 * @param submission the handed-in version
 * @param rubric its beoordelingsformulier
 * @param role the viewer's role
 * @param state where the assessment stands
 * @param own the viewer's marking so far
 * @param other the other assessor's marking, once both are done
 */
public record MarkingView(Submission submission, Rubric rubric, AssessorRole role, AssessmentState state, Optional<Marking> own,
        Optional<Marking> other) {
}
