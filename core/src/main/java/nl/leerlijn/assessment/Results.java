package nl.leerlijn.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.Internal;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.submission.SubmissionId;
import org.jdbi.v3.core.Jdbi;

/** Where assessments stand, for other features (progress). Takes no person, checks nothing. Thread-safe. */
@Internal
public final class Results {
    private final JdbiAssessmentRepository assessments;

    /** @param jdbi Leerlijn's database access */
    public Results(Jdbi jdbi) {
        this.assessments = new JdbiAssessmentRepository(jdbi);
    }

    /**
     * @param cohort the cohort
     * @param programme the programme the cohort runs (for its rubrics)
     * @return per handed-in version of the cohort that assessors started on, where it stands; one query
     */
    public Map<SubmissionId, AssessmentSummary> inCohort(CohortId cohort, Programme programme) {
        return summaries(assessments.inCohort(cohort), programme);
    }

    /**
     * @param participant the participant
     * @param programme the programme the participant's cohort runs (for its rubrics)
     * @return per handed-in version of the participant that assessors started on, where it stands; one query
     */
    public Map<SubmissionId, AssessmentSummary> of(ParticipantId participant, Programme programme) {
        return summaries(assessments.of(participant), programme);
    }

    private static Map<SubmissionId, AssessmentSummary> summaries(List<JdbiAssessmentRepository.Row> rows, Programme programme) {
        Map<SubmissionId, AssessmentSummary> summaries = new LinkedHashMap<>();
        for (JdbiAssessmentRepository.Row row : rows) {
            Optional<Agreement> agreed = programme.rubric(row.rubricId()).flatMap(rubric -> AssessmentService.agreement(rubric, row));
            summaries.put(row.submission(), new AssessmentSummary(row.submission(), row.state(), agreed, row.releasedAt()));
        }
        return summaries;
    }

    JdbiAssessmentRepository repository() {
        return assessments;
    }
}
