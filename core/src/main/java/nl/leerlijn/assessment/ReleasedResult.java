package nl.leerlijn.assessment;

import java.time.Instant;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.submission.SubmissionId;

/**
 * A result as the student sees it once released: bound to the version it is about.
 *
 * @param submission the assessed version
 * @param rubric the beoordelingsformulier it was assessed with (criterion titles, level labels)
 * @param agreement the agreed result, comments per criterion, feedback and whether a revision is asked
 * @param releasedAt when it was released
 */
public record ReleasedResult(SubmissionId submission, Rubric rubric, Agreement agreement, Instant releasedAt) {
}
