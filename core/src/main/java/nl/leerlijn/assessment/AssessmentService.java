package nl.leerlijn.assessment;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.CohortService;
import nl.leerlijn.cohort.EnrolmentService;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.cohort.StaffMember;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.ProgrammeVersions;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.SubmissionService;
import nl.leerlijn.submission.SubmissionState;
import org.jdbi.v3.core.Jdbi;

/**
 * Assessing handed-in work with its rubric: the kerndocent (first) and, when the cohort has one, the
 * tweede beoordelaar (second) mark independently; then the kerndocent records the agreed result and
 * releases it. The student sees nothing until then. Concurrent saves of one marking are detected;
 * every change to a result is audited. Thread-safe.
 */
public final class AssessmentService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final CohortService cohorts;
    private final EnrolmentService enrolment;
    private final SubmissionService submissions;
    private final ProgrammeVersions programmes;
    private final JdbiAssessmentRepository assessments;

    /** Wires the service; see {@code LeerlijnCore}. */
    public AssessmentService(Jdbi jdbi, Clock clock, CohortService cohorts, EnrolmentService enrolment, SubmissionService submissions,
            ProgrammeVersions programmes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.cohorts = cohorts;
        this.enrolment = enrolment;
        this.submissions = submissions;
        this.programmes = programmes;
        this.assessments = new JdbiAssessmentRepository(jdbi);
    }

    /** @return what the assessor sees; the other assessor's marking only once both are done */
    public MarkingView marking(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Context c = context(actor, id);
            Optional<JdbiAssessmentRepository.Row> row = assessments.bySubmission(id);
            Map<AssessorRole, Marking> markings = row.map(r -> assessments.markings(r.id())).orElse(Map.of());
            AssessorRole other = c.role == AssessorRole.FIRST ? AssessorRole.SECOND : AssessorRole.FIRST;
            boolean bothDone = allDone(markings, c.required);
            return new MarkingView(c.submission, c.participant.profile().displayName(), c.rubric, c.role, c.required,
                    row.map(JdbiAssessmentRepository.Row::state).orElse(AssessmentState.NOT_STARTED),
                    Optional.ofNullable(markings.get(c.role)), bothDone ? Optional.ofNullable(markings.get(other)) : Optional.empty(),
                    row.flatMap(r -> agreement(c.rubric, r)), revisionsLeft(actor, c), row.map(JdbiAssessmentRepository.Row::version).orElse(0));
        });
    }

    /**
     * Saves the assessor's marking.
     *
     * @param basedOn the version of the marking the assessor started from (0 for a first save)
     * @throws MarkingChangedMeanwhileException when someone saved this marking after {@code basedOn}
     * @throws IllegalArgumentException when a level does not exist, or a marking marked done is incomplete
     * @throws IllegalStateException when every marking is done already (they stay as they were; differences
     *     are settled in the agreed result)
     */
    public Marking saveMarking(Actor actor, SubmissionId id, Map<String, Integer> levels, Map<String, String> comments,
            String feedback, boolean done, int basedOn) {
        return jdbi.inTransaction(h -> {
            Context c = context(actor, id);
            checkLevels(c.rubric, levels, done);
            JdbiAssessmentRepository.Row row = assessments.lockBySubmission(id).orElseGet(() -> {
                assessments.insert(id, c.rubric.id());
                return assessments.lockBySubmission(id).orElseThrow();
            });
            if (row.state() != AssessmentState.IN_MARKING) {
                throw new IllegalStateException("Every marking of submission " + id + " is done; markings are closed");
            }
            Marking attempt = new Marking(c.role, actor.userId(), levels, withoutBlanks(comments), feedback == null ? "" : feedback.strip(),
                    done, basedOn + 1, clock.instant());
            if (!assessments.saveMarking(row.id(), attempt)) {
                throw new MarkingChangedMeanwhileException(assessments.markings(row.id()).get(c.role), attempt);
            }
            Map<AssessorRole, Marking> markings = assessments.markings(row.id());
            assessments.setState(row.id(), allDone(markings, c.required) ? AssessmentState.MARKED : AssessmentState.IN_MARKING);
            if (done) {
                assessments.audit(row.id(), actor.userId(), clock.instant(), "MARKING_DONE_" + c.role, null,
                        describe(c.rubric.score(levels)), null);
            }
            return markings.get(c.role);
        });
    }

    /**
     * The kerndocent records the agreed result once every marking is done. Recording it again changes
     * it (also after release, which takes it back from the student until released again) and needs a
     * reason for the audit trail.
     *
     * @param revision whether the student is asked to revise the work; allowed as often as the
     *     programme's herkansing policy says
     * @throws IllegalStateException when a marking is not done yet, or the policy allows no (more) revisions
     * @throws IllegalArgumentException when a level is missing or unknown, or a change has no reason
     */
    public Agreement agree(Actor actor, SubmissionId id, Map<String, Integer> levels, Map<String, String> comments, String feedback,
            boolean revision, String reason) {
        return jdbi.inTransaction(h -> agree(actor, id, levels, comments, feedback, revision, reason, OptionalInt.empty()));
    }

    /**
     * Records the agreed result as {@link #agree(Actor, SubmissionId, Map, Map, String, boolean, String)} does, for a
     * person who started from what {@link #marking} showed.
     *
     * @param basedOn {@link MarkingView#version()} as the person saw it
     * @throws AgreementChangedMeanwhileException when the result was recorded, changed or released after that
     */
    public Agreement agree(Actor actor, SubmissionId id, Map<String, Integer> levels, Map<String, String> comments, String feedback,
            boolean revision, String reason, int basedOn) {
        return jdbi.inTransaction(h -> agree(actor, id, levels, comments, feedback, revision, reason, OptionalInt.of(basedOn)));
    }

    private Agreement agree(Actor actor, SubmissionId id, Map<String, Integer> levels, Map<String, String> comments, String feedback,
            boolean revision, String reason, OptionalInt basedOn) {
        Context c = context(actor, id);
        if (c.role != AssessorRole.FIRST) {
            throw new NotPermittedException(actor.userId(), "record the agreed result of submission " + id);
        }
        JdbiAssessmentRepository.Row row = assessments.lockBySubmission(id)
                .orElseThrow(() -> new IllegalStateException("Submission " + id + " has not been marked"));
        if (!allDone(assessments.markings(row.id()), c.required)) {
            throw new IllegalStateException("Every marking of submission " + id + " must be done before agreeing");
        }
        String why = reason == null ? "" : reason.strip();
        if (basedOn.isPresent() && basedOn.getAsInt() != row.version()) {
            throw new AgreementChangedMeanwhileException(agreement(c.rubric, row), new Agreement(c.rubric.score(levels), levels,
                    withoutBlanks(comments), feedback == null ? "" : feedback.strip(), revision));
        }
        if (row.agreedResult().isPresent() && why.isEmpty()) {
            throw new IllegalArgumentException("Changing the agreed result of submission " + id + " needs a reason");
        }
        boolean alreadyRequested = row.revisionRequested();
        if (revision && !alreadyRequested && revisionsLeft(actor, c) < 1) {
            throw new IllegalStateException("The herkansing policy allows no (more) revisions of submission " + id);
        }
        Rubric.Score score = c.rubric.score(levels);
        Agreement agreement = new Agreement(score, levels, withoutBlanks(comments), feedback == null ? "" : feedback.strip(), revision);
        assessments.agree(row.id(), agreement, describe(score));
        assessments.audit(row.id(), actor.userId(), clock.instant(), "RESULT_AGREED", row.agreedResult().orElse(null),
                describe(score) + (revision ? " +REVISION" : ""), why.isEmpty() ? null : why);
        return agreement;
    }

    /**
     * The kerndocent releases the agreed result to the student; when it asks for a revision, the
     * student may hand in a new version for the herkansing period from now on.
     */
    public void release(Actor actor, SubmissionId id) {
        jdbi.useTransaction(h -> {
            Context c = context(actor, id);
            if (c.role != AssessorRole.FIRST) {
                throw new NotPermittedException(actor.userId(), "release the result of submission " + id);
            }
            JdbiAssessmentRepository.Row row = assessments.lockBySubmission(id)
                    .filter(r -> r.state() == AssessmentState.AGREED)
                    .orElseThrow(() -> new IllegalStateException("Submission " + id + " has no agreed result to release"));
            release(actor, row, c.programme);
        });
    }

    /**
     * Releases every agreed, unreleased result in the cohort at once.
     *
     * @return how many results were released
     * @throws NotPermittedException for anyone but the cohort's kerndocenten
     */
    public int releaseAll(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            requireFirstAssessor(actor, cohort);
            Programme programme = programmes.load(cohorts.cohort(actor, cohort).programmeVersion()).programme();
            List<JdbiAssessmentRepository.Row> agreed = assessments.lockAgreedIn(cohort.value());
            agreed.forEach(row -> release(actor, row, programme));
            return agreed.size();
        });
    }

    private void release(Actor actor, JdbiAssessmentRepository.Row row, Programme programme) {
        assessments.release(row.id(), clock.instant());
        assessments.audit(row.id(), actor.userId(), clock.instant(), "RELEASED", null, row.agreedResult().orElse(null), null);
        if (row.revisionRequested()) {
            submissions.openRevision(actor, row.submission(), clock.instant().plus(Duration.ofDays(programme.completion().revisionDays())));
        }
    }

    /** @return the released result, for the student and the cohort's staff; empty until released */
    public Optional<ReleasedResult> result(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Submission submission = submissions.submission(actor, id);
            Rubric rubric = rubricOf(enrolment.participant(actor, submission.participant()), submission);
            return assessments.bySubmission(id).filter(r -> r.state() == AssessmentState.RELEASED)
                    .map(r -> new ReleasedResult(id, rubric, agreement(rubric, r).orElseThrow(), r.releasedAt().orElseThrow()));
        });
    }

    /**
     * @return every released result of the participant's work, per version; for themself and the
     *     cohort's staff; a fixed number of queries
     */
    public Map<SubmissionId, ReleasedResult> releasedResults(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = enrolment.participant(actor, id);
            Programme programme = programmes.load(cohorts.cohortOf(participant).programmeVersion()).programme();
            Map<SubmissionId, ReleasedResult> results = new java.util.LinkedHashMap<>();
            for (JdbiAssessmentRepository.Row row : assessments.releasedOf(id.value())) {
                programme.rubric(row.rubricId()).ifPresent(rubric -> agreement(rubric, row).ifPresent(agreement ->
                        results.put(row.submission(), new ReleasedResult(row.submission(), rubric, agreement,
                                row.releasedAt().orElseThrow()))));
            }
            return results;
        });
    }

    /**
     * @return every version handed in within the cohort with where its assessment stands, oldest
     *     hand-in first; for the cohort's kerndocenten and tweede beoordelaars; a fixed number of queries
     */
    public MarkingQueue queue(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            List<StaffMember> staff = cohorts.staff(actor, cohort);
            AssessorRole role = roleIn(staff, actor).orElseThrow(() -> new NotPermittedException(actor.userId(),
                    "see the marking queue of cohort " + cohort));
            boolean second = staff.stream().anyMatch(s -> s.role() == StaffRole.SECOND_ASSESSOR);
            return new MarkingQueue(role, second, assessments.queue(cohort.value()));
        });
    }

    /**
     * @return every change to the results of the version, oldest first; for the kerndocent (it holds
     *     each assessor's score, which the tweede beoordelaar must not see before marking)
     */
    public List<AuditEntry> auditTrail(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            if (context(actor, id).role != AssessorRole.FIRST) {
                throw new NotPermittedException(actor.userId(), "read the result audit trail of submission " + id);
            }
            return assessments.bySubmission(id).map(r -> assessments.audit(r.id())).orElse(List.of());
        });
    }

    /**
     * @return every change to every result in the cohort, oldest first: for its kerndocenten,
     *     administrators and the examencommissie; one query after the permission check
     */
    public List<AuditRecord> auditTrail(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            cohorts.cohortToExamine(actor, cohort);
            return assessments.auditOfCohort(cohort.value());
        });
    }

    /**
     * @return per cohort the actor is staff of, how many handed-in versions still await an agreed
     *     result; cohorts without open work are absent; one query
     */
    public Map<CohortId, Integer> openWorkPerCohort(Actor actor) {
        Map<CohortId, Integer> open = new java.util.HashMap<>();
        assessments.openPerCohort(actor.userId()).forEach((cohort, count) -> open.put(new CohortId(cohort), count));
        return open;
    }

    /** Who the actor is for this version, its rubric, and which markings it needs. */
    private record Context(Submission submission, Participant participant, Programme programme, Rubric rubric, AssessorRole role,
            Set<AssessorRole> required) {
    }

    private Context context(Actor actor, SubmissionId id) {
        Submission submission = submissions.submission(actor, id);
        if (submission.state() != SubmissionState.SUBMITTED) {
            throw new IllegalStateException("Submission " + id + " has not been handed in");
        }
        Participant participant = enrolment.participant(actor, submission.participant());
        List<StaffMember> staff = cohorts.staff(actor, participant.cohortId());
        AssessorRole role = roleIn(staff, actor).orElseThrow(() -> new NotPermittedException(actor.userId(), "assess submission " + id));
        boolean cohortHasSecond = staff.stream().anyMatch(s -> s.role() == StaffRole.SECOND_ASSESSOR);
        Set<AssessorRole> required = cohortHasSecond ? Set.of(AssessorRole.FIRST, AssessorRole.SECOND) : Set.of(AssessorRole.FIRST);
        Programme programme = programmes.load(cohorts.cohortOf(participant).programmeVersion()).programme();
        return new Context(submission, participant, programme, rubricOf(programme, submission), role, required);
    }

    /** The kerndocent marks first; a person who is both in a cohort marks as kerndocent. */
    private static Optional<AssessorRole> roleIn(List<StaffMember> staff, Actor actor) {
        boolean first = staff.stream().anyMatch(s -> s.userId().equals(actor.userId()) && s.role() == StaffRole.CORE_TEACHER);
        boolean second = staff.stream().anyMatch(s -> s.userId().equals(actor.userId()) && s.role() == StaffRole.SECOND_ASSESSOR);
        return first ? Optional.of(AssessorRole.FIRST) : second ? Optional.of(AssessorRole.SECOND) : Optional.empty();
    }

    private void requireFirstAssessor(Actor actor, CohortId cohort) {
        if (roleIn(cohorts.staff(actor, cohort), actor).filter(r -> r == AssessorRole.FIRST).isEmpty()) {
            throw new NotPermittedException(actor.userId(), "release the results of cohort " + cohort);
        }
    }

    private Rubric rubricOf(Participant participant, Submission submission) {
        return rubricOf(programmes.load(cohorts.cohortOf(participant).programmeVersion()).programme(), submission);
    }

    private static Rubric rubricOf(Programme programme, Submission submission) {
        return programme.activity(submission.activity()).flatMap(a -> a.rubric()).flatMap(programme::rubric)
                .orElseThrow(() -> new IllegalStateException("Activity " + submission.activity() + " has no rubric"));
    }

    private int revisionsLeft(Actor actor, Context c) {
        int used = submissions.revisions(actor, c.participant.id(), c.submission.activity()).size();
        return Math.max(0, c.programme.completion().revisions() - used);
    }

    private static Optional<Agreement> agreement(Rubric rubric, JdbiAssessmentRepository.Row row) {
        if (row.agreedResult().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Agreement(rubric.score(row.agreedLevels()), row.agreedLevels(), row.agreedComments(),
                row.agreedFeedback().orElse(""), row.revisionRequested()));
    }

    private static Map<String, String> withoutBlanks(Map<String, String> comments) {
        Map<String, String> kept = new java.util.HashMap<>();
        comments.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(key, text.strip());
            }
        });
        return kept;
    }

    private static boolean allDone(Map<AssessorRole, Marking> markings, Set<AssessorRole> required) {
        return required.stream().allMatch(r -> markings.containsKey(r) && markings.get(r).done());
    }

    private static void checkLevels(Rubric rubric, Map<String, Integer> levels, boolean done) {
        for (Map.Entry<String, Integer> level : levels.entrySet()) {
            Rubric.Criterion criterion = rubric.criteria().stream().filter(c -> c.key().equals(level.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Rubric " + rubric.id() + " has no criterion " + level.getKey()));
            if (level.getValue() < 0 || level.getValue() >= criterion.levels().size()) {
                throw new IllegalArgumentException("Criterion " + level.getKey() + " has no level " + level.getValue());
            }
        }
        if (done) {
            rubric.score(levels);
        }
    }

    private static String describe(Rubric.Score score) {
        return score.rating().map(Enum::name).orElseGet(() -> score.grade().orElseThrow().toPlainString());
    }
}
