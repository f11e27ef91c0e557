package nl.leerlijn.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.assessment.AssessmentSummary;
import nl.leerlijn.assessment.Results;
import nl.leerlijn.attendance.AttendanceRegister;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.curriculum.Module;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.extension.Extensions;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.Schedules;
import nl.leerlijn.submission.Revision;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.Submissions;
import nl.leerlijn.submission.VersionSummary;
import org.jdbi.v3.core.Jdbi;

/**
 * Where participants stand: attendance, online work marked done, and assessed work by its real state (handed in and
 * waiting, klaar once released as sufficient, herkansing open, onvoldoende), every activity judged by
 * {@link ProgressRules#status}. Reading a whole cohort takes a fixed number of queries, however many participants it
 * has. Every method checks the person. Thread-safe.
 */
public final class ProgressService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final Access access;
    private final Cohorts cohorts;
    private final Participants participants;
    private final Schedules schedules;
    private final AttendanceRegister attendance;
    private final Submissions submissions;
    private final Results results;
    private final Extensions extensions;
    private final JdbiProgressRepository done;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param access decides who may do what
     * @param cohorts cohorts by id
     * @param participants participants by id
     * @param schedules sessions and deadlines by cohort and participant
     * @param attendance attendance by participant
     * @param submissions handed-in work by id
     * @param results assessments by version
     * @param extensions extensions by id
     */
    public ProgressService(Jdbi jdbi, Clock clock, Access access, Cohorts cohorts, Participants participants, Schedules schedules,
            AttendanceRegister attendance, Submissions submissions, Results results, Extensions extensions) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.cohorts = cohorts;
        this.participants = participants;
        this.schedules = schedules;
        this.attendance = attendance;
        this.submissions = submissions;
        this.results = results;
        this.extensions = extensions;
        this.done = new JdbiProgressRepository(jdbi);
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @return where the participant stands; for themself, the cohort's staff, administrators and the examencommissie
     */
    public ParticipantProgress participantProgress(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayViewParticipant(id), "see the progress of participant " + id);
            return progressOf(participant);
        });
    }

    /**
     * @param actor who asks
     * @return where the actor stands in each cohort they take part in, newest participation first
     */
    public List<ParticipantProgress> ownProgress(Actor actor) {
        return jdbi.inTransaction(h -> participants.ofUser(actor.userId()).stream().map(this::progressOf).toList());
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @return the participant's record: progress, handed-in versions with their assessments, extensions, history; for
     *     the cohort's staff, administrators and the examencommissie
     */
    public ParticipantRecord participantRecord(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayViewParticipantRecords(), "see the record of participant " + id);
            Cohort cohort = cohorts.require(participant.cohortId());
            Programme programme = cohorts.programme(cohort.id());
            List<VersionSummary> versions = submissions.summariesOf(id);
            Map<SubmissionId, AssessmentSummary> assessed = results.of(id, programme);
            ParticipantProgress progress = progress(participant, cohort.name(), programme, schedules.itemsFor(participant),
                    attendance.of(id), done.doneOf(id), versions, submissions.revisionsOf(id), assessed, done.reflectionsOf(id),
                    attendance.replacedOf(id), attendance.replaceableOf(id, clock.instant()));
            return new ParticipantRecord(cohort, progress, versions.stream().filter(VersionSummary::handedIn).toList(), assessed,
                    extensions.ofParticipant(id), participants.history(id), permissions);
        });
    }

    /**
     * @param actor who asks
     * @param id the cohort
     * @return the progress of the whole cohort and who needs attention; for its staff, administrators and the
     *     examencommissie; a fixed number of queries
     */
    public CohortProgress cohortProgress(Actor actor, CohortId id) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(id, actor);
            permissions.require(permissions.mayViewParticipantRecords(), "see the progress of cohort " + id);
            return unchecked(id);
        });
    }

    /** The cohort's progress without asking who wants it: for {@link Standings}, used by background work. */
    CohortProgress unchecked(CohortId id) {
        return jdbi.inTransaction(h -> {
            Cohort cohort = cohorts.require(id);
            Programme programme = cohorts.programme(id);
            List<ScheduleItem> items = schedules.itemsOf(id);
            Map<ParticipantId, Map<ActivityKey, Instant>> deadlines = schedules.deadlinesInCohort(id);
            Map<ParticipantId, Map<ActivityKey, Presence>> presence = attendance.inCohort(id);
            Map<ParticipantId, Set<ActivityKey>> replaced = attendance.replacedInCohort(id);
            Map<ParticipantId, Set<ActivityKey>> replaceable = attendance.replaceableInCohort(id, clock.instant());
            Map<ParticipantId, Map<ActivityKey, Instant>> doneAt = done.doneInCohort(id);
            Map<ParticipantId, List<VersionSummary>> versions = submissions.summariesInCohort(id).stream()
                    .collect(Collectors.groupingBy(VersionSummary::participant));
            Map<ParticipantId, List<Revision>> revisions = submissions.revisionsInCohort(id).stream()
                    .collect(Collectors.groupingBy(Revision::participant));
            Map<SubmissionId, AssessmentSummary> assessed = results.inCohort(id, programme);
            Map<ParticipantId, Map<ActivityKey, Instant>> reflections = done.reflectionsInCohort(id);
            List<ParticipantProgress> rows = participants.inCohort(id).stream()
                    .map(p -> progress(p, cohort.name(), programme, ScheduleItem.withDeadlines(items, deadlines.getOrDefault(p.id(), Map.of())),
                            presence.getOrDefault(p.id(), Map.of()), doneAt.getOrDefault(p.id(), Map.of()),
                            versions.getOrDefault(p.id(), List.of()), revisions.getOrDefault(p.id(), List.of()), assessed,
                            reflections.getOrDefault(p.id(), Map.of()), replaced.getOrDefault(p.id(), Set.of()),
                            replaceable.getOrDefault(p.id(), Set.of())))
                    .toList();
            return new CohortProgress(cohort, programme, rows, Attention.among(rows));
        });
    }

    /**
     * The participant marks online work done (or undoes that). Only their own, only online work.
     *
     * @param actor who asks
     * @param id the participant
     * @param activity the online work
     * @param isDone done, or no longer done
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the participant, or a withdrawn participant
     * @throws ActivityNotFoundException when the programme has no such online work
     */
    public void markDone(Actor actor, ParticipantId id, ActivityKey activity, boolean isDone) {
        jdbi.useTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayActFor(id), "mark work done for participant " + id);
            Programme programme = cohorts.programme(participant.cohortId());
            programme.activity(activity).filter(a -> a.kind() == ActivityKind.ONLINE_WORK)
                    .orElseThrow(() -> new ActivityNotFoundException(programme.id(), activity));
            if (isDone) {
                done.markDone(id, activity, clock.instant(), actor.userId());
            } else {
                done.unmark(id, activity);
            }
        });
    }

    private ParticipantProgress progressOf(Participant participant) {
        Programme programme = cohorts.programme(participant.cohortId());
        return progress(participant, cohorts.require(participant.cohortId()).name(), programme, schedules.itemsFor(participant),
                attendance.of(participant.id()), done.doneOf(participant.id()), submissions.summariesOf(participant.id()),
                submissions.revisionsOf(participant.id()), results.of(participant.id(), programme), done.reflectionsOf(participant.id()),
                attendance.replacedOf(participant.id()), attendance.replaceableOf(participant.id(), clock.instant()));
    }

    private ParticipantProgress progress(Participant participant, String cohortName, Programme programme, List<ScheduleItem> items,
            Map<ActivityKey, Presence> presence, Map<ActivityKey, Instant> doneAt, List<VersionSummary> versions,
            List<Revision> revisions, Map<SubmissionId, AssessmentSummary> assessed, Map<ActivityKey, Instant> reflections,
            Set<ActivityKey> replaced, Set<ActivityKey> replaceable) {
        Instant now = clock.instant();
        Map<ActivityKey, ScheduleItem> planned = items.stream().collect(Collectors.toMap(ScheduleItem::activity, Function.identity()));
        List<ActivityProgress> activities = new ArrayList<>();
        Map<ActivityKey, Status> statuses = new HashMap<>();
        Map<String, Status> modules = new LinkedHashMap<>();
        for (Module module : programme.modules()) {
            for (Activity activity : module.activities()) {
                ActivityFacts facts = new ActivityFacts(activity, Optional.ofNullable(planned.get(activity.key())),
                        Optional.ofNullable(presence.get(activity.key())), Optional.ofNullable(doneAt.get(activity.key())),
                        work(activity.key(), versions, revisions, assessed, now), Optional.ofNullable(reflections.get(activity.key())));
                Status status = ProgressRules.status(facts, now);
                statuses.put(activity.key(), status);
                activities.add(new ActivityProgress(module.code(), status, facts));
            }
            modules.put(module.code(), ProgressRules.moduleStatus(module, statuses));
        }
        List<ActivityProgress> sessions = activities.stream().filter(a -> a.activity().kind().isSession()).toList();
        AttendanceStanding standing = new AttendanceStanding(sessions.size(),
                (int) sessions.stream().filter(a -> a.planned().filter(p -> !p.endsAt().orElse(p.at()).isAfter(now)).isPresent()
                        || a.facts().presence().isPresent())
                        .count(),
                (int) sessions.stream().filter(a -> a.status() == Status.DONE).count(),
                (int) sessions.stream().filter(a -> a.status() == Status.EXCUSED).count(),
                programme.completion().minimumAttendancePercent(),
                (int) sessions.stream().filter(a -> a.status() != Status.DONE && replaced.contains(a.activity().key())).count(),
                (int) sessions.stream().filter(a -> a.status() != Status.DONE && replaceable.contains(a.activity().key())).count());
        return new ParticipantProgress(participant, cohortName, programme, activities, modules, standing);
    }

    private static WorkFacts work(ActivityKey activity, List<VersionSummary> all, List<Revision> allRevisions,
            Map<SubmissionId, AssessmentSummary> assessed, Instant now) {
        List<VersionSummary> versions = all.stream().filter(v -> v.activity().equals(activity))
                .sorted(Comparator.comparingInt(VersionSummary::version)).toList();
        if (versions.isEmpty()) {
            return WorkFacts.NOTHING;
        }
        Optional<VersionSummary> latest = versions.stream().filter(VersionSummary::handedIn).reduce((a, b) -> b);
        List<Revision> revisions = allRevisions.stream().filter(r -> r.activity().equals(activity)).toList();
        return new WorkFacts(latest, latest.map(v -> assessed.get(v.id())).flatMap(a -> a == null ? Optional.empty() : a.released()),
                Revision.openOf(revisions, versions, now).map(Revision::openUntil),
                versions.stream().anyMatch(v -> !v.handedIn()), versions.size());
    }
}
