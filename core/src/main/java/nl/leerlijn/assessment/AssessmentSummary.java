package nl.leerlijn.assessment;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.submission.SubmissionId;

/**
 * Where the assessment of one handed-in version stands, for overviews.
 *
 * @param submission the version
 * @param state where it stands
 * @param agreed the agreed result, once there is one (shown to the student only once released)
 * @param releasedAt when it was released, if it was
 */
public record AssessmentSummary(SubmissionId submission, AssessmentState state, Optional<Agreement> agreed, Optional<Instant> releasedAt) {

    /** @return the agreed result when it is released: what counts for the student's progress */
    public Optional<Agreement> released() {
        return state == AssessmentState.RELEASED ? agreed : Optional.empty();
    }
}
