package nl.leerlijn.progress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.CohortService;
import nl.leerlijn.cohort.EnrolmentService;
import nl.leerlijn.cohort.Participant;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.cohort.ScheduleItemId;
import nl.leerlijn.cohort.ScheduleItemNotFoundException;
import nl.leerlijn.cohort.ScheduleService;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Module;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.ProgrammeVersions;
import org.jdbi.v3.core.Jdbi;

/**
 * Use cases for progress: a participant marks online work done, a kerndocent records attendance,
 * and both see where participants stand. Reading a whole cohort takes a fixed number of queries,
 * however many participants it has. Thread-safe.
 */
public final class ProgressService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final CohortService cohorts;
    private final EnrolmentService enrolment;
    private final ScheduleService schedule;
    private final ProgrammeVersions programmes;
    private final ProgressRepository records;

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param cohorts cohort use cases (access to cohorts)
     * @param enrolment participant use cases (access to participants)
     * @param schedule schedule use cases
     * @param programmes the stored programme definitions
     */
    public ProgressService(Jdbi jdbi, Clock clock, CohortService cohorts, EnrolmentService enrolment, ScheduleService schedule,
            ProgrammeVersions programmes) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.cohorts = cohorts;
        this.enrolment = enrolment;
        this.schedule = schedule;
        this.programmes = programmes;
        this.records = new JdbiProgressRepository(jdbi);
    }

    /** @return where the participant stands; for themself, the cohort's staff and administrators */
    public ParticipantProgress participantProgress(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = enrolment.participant(actor, id);
            Cohort cohort = cohorts.cohortOf(participant);
            Programme programme = programmes.load(cohort.programmeVersion()).programme();
            return progress(participant, cohort, programme, schedule.itemsFor(participant), records.of(id));
        });
    }

    /** @return the progress matrix of the cohort; for its staff and administrators */
    public CohortProgress cohortProgress(Actor actor, CohortId id) {
        return jdbi.inTransaction(h -> {
            Cohort cohort = cohorts.cohort(actor, id);
            Programme programme = programmes.load(cohort.programmeVersion()).programme();
            List<ScheduleItem> items = schedule.itemsOf(id);
            Map<ParticipantId, List<ActivityRecord>> byParticipant = records.inCohort(id).stream()
                    .collect(Collectors.groupingBy(ActivityRecord::participant));
            Map<ParticipantId, Map<ActivityKey, java.time.Instant>> deadlines = schedule.deadlinesInCohort(id);
            List<ParticipantProgress> rows = enrolment.participantsOf(id).stream()
                    .map(p -> progress(p, cohort, programme, ScheduleItem.withDeadlines(items, deadlines.getOrDefault(p.id(), Map.of())),
                            byParticipant.getOrDefault(p.id(), List.of())))
                    .toList();
            return new CohortProgress(cohort, programme, rows);
        });
    }

    /**
     * The participant marks online work done (or undoes that). Only their own, only online work.
     *
     * @throws NotPermittedException for anyone but the participant, or a withdrawn participant
     * @throws ActivityNotFoundException when the programme has no such online work
     */
    public void markDone(Actor actor, ParticipantId id, ActivityKey activity, boolean done) {
        jdbi.useTransaction(h -> {
            Participant participant = enrolment.participant(actor, id);
            if (!participant.userId().equals(actor.userId()) || !participant.isActive()) {
                throw new NotPermittedException(actor.userId(), "mark work done for participant " + id);
            }
            Programme programme = programmes.load(cohorts.cohortOf(participant).programmeVersion()).programme();
            programme.activity(activity).filter(a -> a.kind() == ActivityKind.ONLINE_WORK)
                    .orElseThrow(() -> new ActivityNotFoundException(programme.id(), activity));
            if (done) {
                records.save(new ActivityRecord(id, activity, Outcome.DONE, clock.instant(), actor.userId()));
            } else {
                records.delete(id, activity);
            }
        });
    }

    /** @return the attendance recorded for a session, per participant */
    public Map<ParticipantId, Outcome> attendance(Actor actor, CohortId cohort, ScheduleItemId session) {
        return jdbi.inTransaction(h -> {
            ScheduleItem item = sessionOf(actor, cohort, session);
            return records.inCohort(cohort).stream().filter(r -> r.activity().equals(item.activity()))
                    .collect(Collectors.toMap(ActivityRecord::participant, ActivityRecord::outcome));
        });
    }

    /**
     * Records who attended a session. Participants left out keep what they had.
     *
     * @param outcomes per participant: {@link Outcome#PRESENT}, {@link Outcome#ABSENT} or {@link Outcome#EXCUSED}
     * @throws NotPermittedException unless the actor manages the cohort
     */
    public void recordAttendance(Actor actor, CohortId cohort, ScheduleItemId session, Map<ParticipantId, Outcome> outcomes) {
        jdbi.useTransaction(h -> {
            if (!cohorts.mayManage(actor, cohort)) {
                throw new NotPermittedException(actor.userId(), "record attendance in cohort " + cohort);
            }
            ScheduleItem item = sessionOf(actor, cohort, session);
            Map<ParticipantId, Participant> inCohort = enrolment.participants(actor, cohort).stream()
                    .collect(Collectors.toMap(Participant::id, Function.identity()));
            outcomes.forEach((participant, outcome) -> {
                if (!inCohort.containsKey(participant) || outcome == Outcome.DONE) {
                    throw new IllegalArgumentException("Attendance is present, absent or excused for a participant of cohort "
                            + cohort + ": " + participant + " " + outcome);
                }
                records.save(new ActivityRecord(participant, item.activity(), outcome, clock.instant(), actor.userId()));
            });
        });
    }

    private ScheduleItem sessionOf(Actor actor, CohortId cohort, ScheduleItemId session) {
        ScheduleItem item = schedule.item(actor, cohort, session);
        if (!item.isSession()) {
            throw new ScheduleItemNotFoundException(cohort, session);
        }
        return item;
    }

    private ParticipantProgress progress(Participant participant, Cohort cohort, Programme programme, List<ScheduleItem> items,
            List<ActivityRecord> own) {
        Map<ActivityKey, ScheduleItem> planned = items.stream().collect(Collectors.toMap(ScheduleItem::activity, Function.identity()));
        Map<ActivityKey, ActivityRecord> recorded = own.stream().collect(Collectors.toMap(ActivityRecord::activity, Function.identity()));
        List<ActivityProgress> activities = new ArrayList<>();
        Map<ActivityKey, Status> statuses = new HashMap<>();
        Map<String, Status> modules = new LinkedHashMap<>();
        for (Module module : programme.modules()) {
            for (Activity activity : module.activities()) {
                Optional<ScheduleItem> item = Optional.ofNullable(planned.get(activity.key()));
                Optional<ActivityRecord> record = Optional.ofNullable(recorded.get(activity.key()));
                Status status = ProgressRules.status(activity, item, record, clock.instant());
                statuses.put(activity.key(), status);
                activities.add(new ActivityProgress(activity, module.code(), item, status, record));
            }
            modules.put(module.code(), ProgressRules.moduleStatus(module, statuses));
        }
        List<Status> sessions = activities.stream().filter(a -> a.activity().kind().isSession()).map(ActivityProgress::status).toList();
        List<Activity> assessedOpen = open(activities, ActivityKind.PAPER_MILESTONE, ActivityKind.PRACTICE_ASSIGNMENT);
        return new ParticipantProgress(participant, cohort, programme, activities, modules, sessions.size(),
                (int) sessions.stream().filter(s -> s == Status.DONE).count(),
                ProgressRules.sessionsStillNeeded(sessions, programme.completion().minimumAttendancePercent()),
                assessedOpen, open(activities, ActivityKind.ONLINE_WORK));
    }

    private static List<Activity> open(List<ActivityProgress> activities, ActivityKind... kinds) {
        List<ActivityKind> wanted = List.of(kinds);
        return activities.stream()
                .filter(a -> wanted.contains(a.activity().kind()) && a.status() != Status.DONE && a.status() != Status.LATE)
                .map(ActivityProgress::activity).toList();
    }
}
