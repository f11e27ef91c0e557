package nl.leerlijn.assessment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.access.Relation;
import nl.leerlijn.assessment.InvalidMarkingException.Problem;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Submissions;
import nl.leerlijn.submission.VersionSummary;
import org.jdbi.v3.core.Jdbi;

/**
 * Assessing handed-in work with its rubric: the kerndocent (first) and, when the cohort has one, the tweede beoordelaar
 * (second) mark independently; then the kerndocent records the agreed result and releases it. The student sees nothing
 * until then. Concurrent saves of one marking are detected; every change to a result is audited and can be traced,
 * read-only, by the examencommissie. Every method checks the person. Thread-safe.
 */
public final class AssessmentService {
    /** The longest comment on one criterion. */
    public static final int MAX_COMMENT = 4_000;
    /** The longest general feedback. */
    public static final int MAX_FEEDBACK = 20_000;
    /** The longest reason for changing an agreed result. */
    public static final int MAX_REASON = 2_000;

    private final Jdbi jdbi;
    private final nl.leerlijn.events.EventBus events;
    private final Clock clock;
    private final Access access;
    private final Cohorts cohorts;
    private final Participants participants;
    private final Submissions submissions;
    private final JdbiAssessmentRepository assessments;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param access decides who may do what
     * @param cohorts cohorts by id
     * @param participants participants by id
     * @param submissions handed-in work by id
     * @param results assessments by version
     * @param events where its events are published
     */
    public AssessmentService(Jdbi jdbi, Clock clock, Access access, Cohorts cohorts, Participants participants, Submissions submissions,
            Results results, nl.leerlijn.events.EventBus events) {
        this.events = events;
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.cohorts = cohorts;
        this.participants = participants;
        this.submissions = submissions;
        this.assessments = results.repository();
    }

    /**
     * @param actor who asks
     * @param id the version
     * @return what the assessor sees; the other assessor's marking only once both are done
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the cohort's kerndocenten and tweede beoordelaars
     */
    public MarkingView marking(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Context c = context(actor, id);
            AssessorRole role = c.requireAssessor(id);
            Optional<JdbiAssessmentRepository.Row> row = assessments.bySubmission(id);
            Map<AssessorRole, Marking> markings = row.map(r -> assessments.markings(r.id())).orElse(Map.of());
            AssessorRole other = role == AssessorRole.FIRST ? AssessorRole.SECOND : AssessorRole.FIRST;
            boolean bothDone = allDone(markings, c.required());
            List<VersionSummary> versions = versionsOfActivity(c);
            return new MarkingView(c.submission(), c.participant().cohortId(), c.participant().profile().displayName(), c.activity(),
                    c.rubric(), role, c.required(), row.map(JdbiAssessmentRepository.Row::state).orElse(AssessmentState.NOT_STARTED),
                    Optional.ofNullable(markings.get(role)), bothDone ? Optional.ofNullable(markings.get(other)) : Optional.empty(),
                    row.flatMap(r -> agreement(c.rubric(), r)), revisionsLeft(c), row.map(JdbiAssessmentRepository.Row::version).orElse(0),
                    previousText(c.submission(), versions));
        });
    }

    /**
     * Saves the assessor's marking.
     *
     * @param actor who asks
     * @param id the version
     * @param levels the chosen level per criterion id; criteria left out are not marked yet
     * @param comments a comment per criterion id; blank ones are dropped
     * @param feedback general feedback; may be empty
     * @param done whether the assessor is finished; then every criterion needs a level
     * @param basedOn the version of the marking the assessor started from (0 for a first save)
     * @return the marking as saved
     * @throws MarkingChangedMeanwhileException when someone saved this marking after {@code basedOn}
     * @throws InvalidMarkingException when a level does not exist, a marking marked done is incomplete, or a text is too long
     * @throws MarkingsClosedException when every marking is done already (they stay as they were; differences are
     *     settled in the agreed result)
     */
    public Marking saveMarking(Actor actor, SubmissionId id, Map<String, Integer> levels, Map<String, String> comments,
            String feedback, boolean done, int basedOn) {
        return jdbi.inTransaction(h -> {
            Context c = context(actor, id);
            AssessorRole role = c.requireAssessor(id);
            String text = feedback == null ? "" : feedback.strip();
            Map<String, String> kept = withoutBlanks(comments);
            check(id, c.rubric(), levels, kept, text, done);
            // A duo's copies are marked together: take them in one order, so two assessors never wait for each other.
            c.submission().shared().ifPresent(submissions::lockCopies);
            Optional<JdbiAssessmentRepository.Row> stored = assessments.lockBySubmission(id);
            JdbiAssessmentRepository.Row row = stored.orElseGet(() -> assessments.insert(id, c.rubric().id()));
            if (row.state() != AssessmentState.IN_MARKING) {
                throw new MarkingsClosedException(id);
            }
            Map<AssessorRole, Marking> markings = markingsOf(stored);
            Marking attempt = new Marking(role, actor.userId(), levels, kept, text, done, basedOn + 1, clock.instant());
            if (!assessments.saveMarking(row.id(), attempt)) {
                throw new MarkingChangedMeanwhileException(markings.getOrDefault(role, attempt), attempt);
            }
            markings.put(role, attempt);
            if (allDone(markings, c.required())) {
                assessments.setState(row.id(), AssessmentState.MARKED);
            }
            shareWithCopies(c, attempt);
            if (done) {
                assessments.audit(row.id(), actor, clock.instant(), markingDone(role), null,
                        describe(c.rubric().score(levels)), null);
            }
            return attempt;
        });
    }

    /**
     * The kerndocent records the agreed result once every marking is done. Recording it again changes it (also after
     * release, which takes it back from the student until released again) and needs a reason for the audit trail.
     *
     * @param actor who asks
     * @param id the version
     * @param levels the agreed level per criterion id, for every criterion
     * @param comments a comment per criterion id; blank ones are dropped
     * @param feedback general feedback for the student; may be empty
     * @param revision whether the student is asked to revise the work; allowed as often as the programme's herkansing
     *     policy says
     * @param reason why an agreed result changes; required when there is one already, else may be empty
     * @return the agreed result as recorded
     * @throws NotMarkedYetException when a marking is not done yet
     * @throws InvalidMarkingException when a level is missing or unknown, a change has no reason, or the policy allows
     *     no (more) revisions
     */
    public Agreement agree(Actor actor, SubmissionId id, Map<String, Integer> levels, Map<String, String> comments, String feedback,
            boolean revision, String reason) {
        return jdbi.inTransaction(h -> agree(actor, id, levels, comments, feedback, revision, reason, OptionalInt.empty()));
    }

    /**
     * Records the agreed result as {@link #agree(Actor, SubmissionId, Map, Map, String, boolean, String)} does, for a person
     * who started from what {@link #marking} showed.
     *
     * @param actor who asks
     * @param id the version
     * @param levels the agreed level per criterion id, for every criterion
     * @param comments a comment per criterion id; blank ones are dropped
     * @param feedback general feedback for the student; may be empty
     * @param revision whether the student is asked to revise the work
     * @param reason why an agreed result changes; required when there is one already, else may be empty
     * @param basedOn {@link MarkingView#version()} as the person saw it
     * @return the agreed result as recorded
     * @throws AgreementChangedMeanwhileException when the result was recorded, changed or released after that
     */
    public Agreement agree(Actor actor, SubmissionId id, Map<String, Integer> levels, Map<String, String> comments, String feedback,
            boolean revision, String reason, int basedOn) {
        return jdbi.inTransaction(h -> agree(actor, id, levels, comments, feedback, revision, reason, OptionalInt.of(basedOn)));
    }

    private Agreement agree(Actor actor, SubmissionId id, Map<String, Integer> levels, Map<String, String> comments, String feedback,
            boolean revision, String reason, OptionalInt basedOn) {
        Context c = context(actor, id);
        c.requireFirstAssessor("record the agreed result of submission " + id);
        JdbiAssessmentRepository.Row row = assessments.lockBySubmission(id).orElseThrow(() -> new NotMarkedYetException(id));
        if (!allDone(assessments.markings(row.id()), c.required())) {
            throw new NotMarkedYetException(id);
        }
        String text = feedback == null ? "" : feedback.strip();
        Map<String, String> kept = withoutBlanks(comments);
        String why = reason == null ? "" : reason.strip();
        check(id, c.rubric(), levels, kept, text, true);
        if (basedOn.isPresent() && basedOn.getAsInt() != row.version()) {
            throw new AgreementChangedMeanwhileException(agreement(c.rubric(), row),
                    new Agreement(c.rubric().score(levels), levels, kept, text, revision));
        }
        Map<String, Problem> problems = new LinkedHashMap<>();
        if (row.agreedResult().isPresent() && why.isEmpty()) {
            problems.put("reason", Problem.REASON_REQUIRED);
        } else if (why.length() > MAX_REASON) {
            problems.put("reason", Problem.TOO_LONG);
        }
        if (revision && !row.revisionRequested() && revisionsLeft(c) < 1) {
            problems.put("revision", Problem.NO_REVISIONS_LEFT);
        }
        if (!problems.isEmpty()) {
            throw new InvalidMarkingException(id, problems);
        }
        Rubric.Score score = c.rubric().score(levels);
        Agreement agreement = new Agreement(score, levels, kept, text, revision);
        assessments.agree(row.id(), agreement, describe(score));
        assessments.audit(row.id(), actor, clock.instant(), "RESULT_AGREED", row.agreedResult().orElse(null),
                describe(score) + (revision ? " +REVISION" : ""), why.isEmpty() ? null : why);
        if (row.state() == AssessmentState.RELEASED) {
            events.publish(new ResultTakenBack(id, clock.instant()));
        }
        return agreement;
    }

    /**
     * The kerndocent releases the agreed result to the student; when it asks for a revision, the student may hand in a
     * new version for the herkansing period from now on.
     *
     * @param actor who asks
     * @param id the version
     * @throws NothingToReleaseException when there is no agreed, unreleased result
     */
    public void release(Actor actor, SubmissionId id) {
        jdbi.useTransaction(h -> {
            Context c = context(actor, id);
            c.requireFirstAssessor("release the result of submission " + id);
            JdbiAssessmentRepository.Row row = assessments.lockBySubmission(id).filter(r -> r.state() == AssessmentState.AGREED)
                    .orElseThrow(() -> new NothingToReleaseException(id));
            release(actor, List.of(row), c.programme());
        });
    }

    /**
     * @param actor who asks
     * @param id the version
     * @return what the kerndocent is about to release: the marking view of an agreed, unreleased result
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the cohort's kerndocenten
     * @throws NothingToReleaseException when there is no agreed, unreleased result
     */
    public MarkingView toRelease(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            MarkingView view = marking(actor, id);
            Permissions permissions = access.in(view.cohort(), actor);
            permissions.require(permissions.marksFirst(), "release the result of submission " + id);
            if (view.state() != AssessmentState.AGREED) {
                throw new NothingToReleaseException(id);
            }
            return view;
        });
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @return the cohort's marking queue, for the kerndocent who is about to release every agreed result
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the cohort's kerndocenten
     */
    public MarkingQueue toReleaseAll(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.marksFirst(), "release the results of cohort " + cohort);
            return queue(actor, cohort);
        });
    }

    /**
     * Releases every agreed, unreleased result in the cohort at once, in as many statements for a few results as for
     * many.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @return how many results were released
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the cohort's kerndocenten
     */
    public int releaseAll(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.marksFirst(), "release the results of cohort " + cohort);
            Programme programme = cohorts.programme(cohort);
            List<JdbiAssessmentRepository.Row> agreed = assessments.lockAgreedIn(cohort);
            release(actor, agreed, programme);
            return agreed.size();
        });
    }

    /** Releases the agreed results and opens the revisions they ask for; a fixed number of statements. */
    private void release(Actor actor, List<JdbiAssessmentRepository.Row> agreed, Programme programme) {
        Instant now = clock.instant();
        assessments.release(agreed, actor, now);
        events.publishAll(agreed.stream().map(row -> new ResultReleased(row.submission(), now)).toList());
        submissions.openRevisions(agreed.stream().filter(JdbiAssessmentRepository.Row::revisionRequested)
                .map(JdbiAssessmentRepository.Row::submission).toList(), now.plus(Duration.ofDays(programme.completion().revisionDays())),
                actor.userId());
    }

    /**
     * @param actor who asks
     * @param id the version
     * @return the released result, for whoever may read the version; empty until released
     */
    public Optional<ReleasedResult> result(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Context c = context(actor, id);
            return assessments.bySubmission(id).filter(r -> r.state() == AssessmentState.RELEASED)
                    .map(r -> new ReleasedResult(id, c.rubric(), agreement(c.rubric(), r).orElseThrow(), r.releasedAt().orElseThrow()));
        });
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @return every released result of the participant's work, per version; for whoever may see the participant; a fixed
     *     number of queries
     */
    public Map<SubmissionId, ReleasedResult> releasedResults(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayViewParticipant(id), "see the results of participant " + id);
            Programme programme = cohorts.programme(participant.cohortId());
            Map<SubmissionId, ReleasedResult> results = new LinkedHashMap<>();
            for (JdbiAssessmentRepository.Row row : assessments.of(id)) {
                if (row.state() == AssessmentState.RELEASED) {
                    programme.rubric(row.rubricId()).ifPresent(rubric -> agreement(rubric, row).ifPresent(agreement ->
                            results.put(row.submission(), new ReleasedResult(row.submission(), rubric, agreement,
                                    row.releasedAt().orElseThrow()))));
                }
            }
            return results;
        });
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @return every version handed in within the cohort with where its assessment stands, oldest hand-in first; for the
     *     cohort's kerndocenten and tweede beoordelaars; a fixed number of queries
     */
    public MarkingQueue queue(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayMark(), "see the marking queue of cohort " + cohort);
            AssessorRole role = roleOf(permissions).orElseThrow();
            boolean second = cohorts.staff(cohort).stream().anyMatch(s -> s.role() == StaffRole.SECOND_ASSESSOR);
            List<Activity> assessed = cohorts.programme(cohort).activities().stream()
                    .filter(a -> a.kind() == ActivityKind.PAPER_MILESTONE || a.kind() == ActivityKind.PRACTICE_ASSIGNMENT).toList();
            return new MarkingQueue(cohorts.require(cohort), role, second, assessed, assessments.queue(cohort));
        });
    }

    /**
     * @param actor who asks
     * @param id the version
     * @return the read-only record of one assessed version: the work, the finished markings, the agreed result and its
     *     history; for the cohort's kerndocenten, administrators and the examencommissie
     */
    public ResultRecord record(Actor actor, SubmissionId id) {
        return jdbi.inTransaction(h -> {
            Context c = context(actor, id);
            c.permissions().require(c.permissions().mayExamine(), "trace the result of submission " + id);
            Optional<JdbiAssessmentRepository.Row> row = assessments.bySubmission(id);
            Map<AssessorRole, Marking> all = row.map(r -> assessments.markings(r.id())).orElse(Map.of());
            Optional<AssessorRole> hidden = allDone(all, c.required()) ? Optional.empty() : otherAssessor(c.permissions());
            Map<AssessorRole, Marking> finished = new EnumMap<>(AssessorRole.class);
            all.forEach((role, marking) -> {
                if (marking.done() && hidden.filter(role::equals).isEmpty()) {
                    finished.put(role, marking);
                }
            });
            List<AuditEntry> history = row.map(r -> assessments.audit(r.id())).orElse(List.of()).stream()
                    .filter(e -> hidden.map(role -> !e.kind().equals(markingDone(role))).orElse(true)).toList();
            return new ResultRecord(c.submission(), c.participant().cohortId(), c.participant().profile().displayName(), c.activity(),
                    c.rubric(), c.required(), row.map(JdbiAssessmentRepository.Row::state).orElse(AssessmentState.NOT_STARTED), finished,
                    row.flatMap(r -> agreement(c.rubric(), r)), row.flatMap(JdbiAssessmentRepository.Row::releasedAt),
                    history, previousText(c.submission(), versionsOfActivity(c)));
        });
    }

    /**
     * Independence: someone who marks in the cohort sees the other assessor's marking only once every marking is done,
     * also where they trace results (a kerndocent, or a tweede beoordelaar who is in the examencommissie too).
     *
     * @return the role whose marking the person may not see yet while markings are open; empty for those who do not mark
     */
    private static Optional<AssessorRole> otherAssessor(Permissions permissions) {
        return roleOf(permissions).map(own -> own == AssessorRole.FIRST ? AssessorRole.SECOND : AssessorRole.FIRST);
    }

    private static String markingDone(AssessorRole role) {
        return "MARKING_DONE_" + role;
    }

    /**
     * @param actor who asks
     * @param id the version
     * @return every change to the results of the version, oldest first; for those who may trace results (it holds each
     *     assessor's score, which the tweede beoordelaar must not see before marking)
     */
    public List<AuditEntry> auditTrail(Actor actor, SubmissionId id) {
        return record(actor, id).history();
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @return every change to every result in the cohort, oldest first: for its kerndocenten, administrators and the
     *     examencommissie; one query after the permission check. For someone who marks in the cohort, the other
     *     assessor's finished markings of work still being marked are left out (see {@link #record})
     */
    public CohortAudit auditTrail(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayExamine(), "trace the results of cohort " + cohort);
            return new CohortAudit(cohorts.require(cohort), cohorts.programme(cohort),
                    assessments.auditOfCohort(cohort, otherAssessor(permissions).map(AssessmentService::markingDone)));
        });
    }

    /**
     * @param actor who asks
     * @return per cohort the actor is staff of, how many pieces of handed-in work wait for their result (the same count as
     *     the participants' work in state {@code HANDED_IN}); cohorts without such work are absent; one query
     */
    public Map<CohortId, Integer> openWorkPerCohort(Actor actor) {
        return assessments.openPerCohort(actor.userId());
    }

    /** Who the actor is for this version, its rubric, and which markings it needs. */
    private record Context(Submission submission, Participant participant, Permissions permissions, Programme programme,
            Activity activity, Rubric rubric, Set<AssessorRole> required) {
        /** Nobody assesses their own work, also not a kerndocent who takes part in their own cohort. */
        AssessorRole requireAssessor(SubmissionId id) {
            permissions.require(permissions.mayMark() && !permissions.isOwn(participant.id()), "mark submission " + id);
            return roleOf(permissions).orElseThrow();
        }

        void requireFirstAssessor(String what) {
            permissions.require(permissions.marksFirst() && !permissions.isOwn(participant.id()), what);
        }
    }

    private Context context(Actor actor, SubmissionId id) {
        Submission submission = submissions.require(id);
        Participant participant = participants.require(submission.participant());
        Permissions permissions = access.in(participant.cohortId(), actor);
        permissions.require(permissions.mayViewWork(participant.id(), submission.handedIn()), "read submission " + id);
        if (!submission.handedIn()) {
            throw new NotHandedInException(id);
        }
        Programme programme = cohorts.programme(participant.cohortId());
        Activity activity = programme.activity(submission.activity()).orElseThrow(() -> new NoRubricException(submission.activity()));
        Rubric rubric = activity.rubric().flatMap(programme::rubric).orElseThrow(() -> new NoRubricException(submission.activity()));
        boolean cohortHasSecond = cohorts.staff(participant.cohortId()).stream().anyMatch(s -> s.role() == StaffRole.SECOND_ASSESSOR);
        Set<AssessorRole> required = cohortHasSecond ? Set.of(AssessorRole.FIRST, AssessorRole.SECOND) : Set.of(AssessorRole.FIRST);
        return new Context(submission, participant, permissions, programme, activity, rubric, required);
    }

    /**
     * A duo's report is one piece of work: what the assessor marks on its shared criteria is marked for every member's
     * copy at once (criteria marked per member stay as they were). Copies whose markings are closed, that another assessor
     * in the same role marks, or that are the assessor's own work are left alone.
     */
    private void shareWithCopies(Context c, Marking attempt) {
        if (c.submission().shared().isEmpty()) {
            return;
        }
        java.util.Set<String> sharedCriteria = c.rubric().criteria().stream().filter(k -> !k.individual()).map(Rubric.Criterion::key)
                .collect(java.util.stream.Collectors.toSet());
        for (Submission copy : submissions.copies(c.submission().shared().get())) {
            if (copy.id().equals(c.submission().id()) || !copy.handedIn() || c.permissions().isOwn(copy.participant())) {
                continue;
            }
            Optional<JdbiAssessmentRepository.Row> stored = assessments.lockBySubmission(copy.id());
            JdbiAssessmentRepository.Row row = stored.orElseGet(() -> assessments.insert(copy.id(), c.rubric().id()));
            if (row.state() != AssessmentState.IN_MARKING) {
                continue;
            }
            Map<AssessorRole, Marking> theirs = markingsOf(stored);
            Optional<Marking> before = Optional.ofNullable(theirs.get(attempt.role()));
            if (before.filter(m -> !m.assessor().equals(attempt.assessor())).isPresent()) {
                continue;
            }
            Map<String, Integer> levels = new HashMap<>(before.map(Marking::levels).orElse(Map.of()));
            Map<String, String> comments = new HashMap<>(before.map(Marking::comments).orElse(Map.of()));
            for (String key : sharedCriteria) {
                if (attempt.levels().containsKey(key)) {
                    levels.put(key, attempt.levels().get(key));
                }
                if (attempt.comments().containsKey(key)) {
                    comments.put(key, attempt.comments().get(key));
                } else {
                    comments.remove(key);
                }
            }
            Marking next = new Marking(attempt.role(), attempt.assessor(), levels, comments, before.map(Marking::feedback).orElse(""),
                    before.map(Marking::done).orElse(false), before.map(Marking::version).orElse(0) + 1, attempt.updatedAt());
            if (assessments.saveMarking(row.id(), next)) {
                theirs.put(attempt.role(), next);
                if (allDone(theirs, c.required())) {
                    assessments.setState(row.id(), AssessmentState.MARKED);
                }
            }
        }
    }

    /** @return the assessment's markings, to change; none (and no statement) for an assessment started just now */
    private Map<AssessorRole, Marking> markingsOf(Optional<JdbiAssessmentRepository.Row> stored) {
        Map<AssessorRole, Marking> markings = new EnumMap<>(AssessorRole.class);
        stored.ifPresent(row -> markings.putAll(assessments.markings(row.id())));
        return markings;
    }

    /** The kerndocent marks first; a person who is both in a cohort marks as kerndocent. */
    private static Optional<AssessorRole> roleOf(Permissions permissions) {
        return permissions.marksFirst() ? Optional.of(AssessorRole.FIRST)
                : permissions.is(Relation.SECOND_ASSESSOR) ? Optional.of(AssessorRole.SECOND) : Optional.empty();
    }

    private List<VersionSummary> versionsOfActivity(Context c) {
        return submissions.summariesOf(c.participant().id()).stream().filter(v -> v.activity().equals(c.submission().activity()))
                .toList();
    }

    private static Optional<VersionSummary> previousText(Submission submission, List<VersionSummary> versions) {
        return versions.stream().filter(v -> v.handedIn() && v.hasText() && v.version() < submission.version()).reduce((a, b) -> b);
    }

    private int revisionsLeft(Context c) {
        long used = submissions.revisionsOf(c.participant().id()).stream().filter(r -> r.activity().equals(c.submission().activity()))
                .count();
        return (int) Math.max(0, c.programme().completion().revisions() - used);
    }

    static Optional<Agreement> agreement(Rubric rubric, JdbiAssessmentRepository.Row row) {
        if (row.agreedResult().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Agreement(rubric.score(row.agreedLevels()), row.agreedLevels(), row.agreedComments(),
                row.agreedFeedback().orElse(""), row.revisionRequested()));
    }

    private static Map<String, String> withoutBlanks(Map<String, String> comments) {
        Map<String, String> kept = new HashMap<>();
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

    private static void check(SubmissionId id, Rubric rubric, Map<String, Integer> levels, Map<String, String> comments, String feedback,
            boolean complete) {
        Map<String, Problem> problems = problems(rubric, levels, comments, feedback, complete);
        if (!problems.isEmpty()) {
            throw new InvalidMarkingException(id, problems);
        }
    }

    /** What is wrong with a filled-in rubric: unknown criteria or levels, missing levels (when it must be complete), long texts. */
    private static Map<String, Problem> problems(Rubric rubric, Map<String, Integer> levels, Map<String, String> comments,
            String feedback, boolean complete) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        levels.forEach((key, level) -> {
            Optional<Rubric.Criterion> criterion = rubric.criteria().stream().filter(c -> c.key().equals(key)).findFirst();
            if (criterion.isEmpty() || level == null || level < 0 || level >= criterion.get().levels().size()) {
                problems.put(key, Problem.CHOOSE_LEVEL);
            }
        });
        if (complete) {
            rubric.criteria().stream().filter(c -> !levels.containsKey(c.key())).forEach(c -> problems.put(c.key(), Problem.CHOOSE_LEVEL));
        }
        comments.forEach((key, text) -> {
            if (text.length() > MAX_COMMENT) {
                problems.putIfAbsent("comment-" + key, Problem.TOO_LONG);
            }
        });
        if (feedback.length() > MAX_FEEDBACK) {
            problems.put("feedback", Problem.TOO_LONG);
        }
        return problems;
    }

    private static String describe(Rubric.Score score) {
        return score.rating().map(Enum::name).orElseGet(() -> score.grade().orElseThrow().toPlainString());
    }
}
