package nl.leerlijn.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.UserId;
import org.jdbi.v3.core.Jdbi;

/** Reads the dated sessions and deadlines of cohorts and participants. Thread-safe. */
public final class ScheduleService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final CohortRepository cohorts;
    private final ParticipantRepository participants;
    private final CohortAccess access;
    private final JdbiExtensionRepository extensions;

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param zone where cohorts meet (what "the same day" means)
     */
    public ScheduleService(Jdbi jdbi, Clock clock, ZoneId zone) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.cohorts = new JdbiCohortRepository(jdbi);
        this.participants = new JdbiParticipantRepository(jdbi);
        this.access = new CohortAccess(cohorts);
        this.extensions = new JdbiExtensionRepository(jdbi);
    }

    /** @return the cohort's sessions and deadlines in time order, for its staff and administrators */
    public List<ScheduleItem> cohortSchedule(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            access.requireViewAsStaff(actor, cohort);
            return cohorts.schedule(cohort);
        });
    }

    /**
     * @return the cohort's session or deadline with this id, for its staff and administrators
     * @throws ScheduleItemNotFoundException when the cohort has no such item
     */
    public ScheduleItem item(Actor actor, CohortId cohort, ScheduleItemId id) {
        return cohortSchedule(actor, cohort).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new ScheduleItemNotFoundException(cohort, id));
    }

    /**
     * @return the participant's items: the cohort's, with their own deadlines where an extension
     *     applies; for a caller that has already checked access; no further check
     */
    public List<ScheduleItem> itemsFor(Participant participant) {
        return ScheduleItem.withDeadlines(cohorts.schedule(participant.cohortId()), extensions.overridesOf(participant.id()));
    }

    /**
     * @return per participant of the cohort, the deadlines that apply instead of the cohort's (one
     *     query); for a caller that has already checked access
     */
    public Map<ParticipantId, Map<ActivityKey, Instant>> deadlinesInCohort(CohortId cohort) {
        return extensions.overridesInCohort(cohort);
    }

    /**
     * @return the cohort's items, for a caller that has already checked access (such as progress,
     *     after the participant or cohort was read through its use case); no further check
     */
    public List<ScheduleItem> itemsOf(CohortId cohort) {
        return cohorts.schedule(cohort);
    }

    /**
     * @return the participant's sessions and deadlines in time order, for themself, the cohort's
     *     staff and administrators
     */
    public ParticipantSchedule participantSchedule(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
            access.requireViewParticipant(actor, participant);
            Cohort cohort = cohorts.find(participant.cohortId()).orElseThrow();
            return new ParticipantSchedule(participant, cohort, itemsFor(participant));
        });
    }

    /**
     * The actor's own coming sessions and deadlines, across every cohort they actively take part in.
     * One query, however many cohorts.
     *
     * @param from items at or after this moment
     * @param limit at most this many, soonest first
     */
    public List<ScheduleItem> upcomingFor(Actor actor, Instant from, int limit) {
        return cohorts.upcomingForParticipant(actor.userId(), from, limit);
    }

    /**
     * What moving a session or changing a deadline would do; nothing is saved.
     *
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     * @throws ScheduleItemNotFoundException when the cohort has no such item
     */
    public ScheduleChangeEffect preview(Actor actor, CohortId cohort, ScheduleChange change) {
        return jdbi.inTransaction(h -> effect(actor, cohort, change));
    }

    /**
     * Moves a session (keeping its length) or changes a deadline, for everyone in the cohort, and
     * records who changed what. Changing nothing records nothing.
     *
     * @return the effect, as {@link #preview} showed it
     * @throws ScheduleChangedMeanwhileException when the item moved after the actor saw it
     */
    public ScheduleChangeEffect reschedule(Actor actor, CohortId cohort, ScheduleChange change) {
        return jdbi.inTransaction(h -> {
            ScheduleChangeEffect effect = effect(actor, cohort, change);
            if (change.seenAt().filter(seen -> !seen.equals(effect.before().at())).isPresent()) {
                throw new ScheduleChangedMeanwhileException(effect.before(), effect.after());
            }
            if (effect.changesSomething()) {
                cohorts.reschedule(effect.before(), effect.after(), actor.userId(), clock.instant());
            }
            return effect;
        });
    }

    private ScheduleChangeEffect effect(Actor actor, CohortId cohort, ScheduleChange change) {
        access.requireManage(actor, cohort);
        List<ScheduleItem> schedule = cohorts.schedule(cohort);
        ScheduleItem before = schedule.stream().filter(i -> i.id().equals(change.item())).findFirst()
                .orElseThrow(() -> new ScheduleItemNotFoundException(cohort, change.item()));
        ScheduleItem after = ScheduleChangeEffect.moved(before, change.at(), change.location());
        LocalDate day = after.at().atZone(zone).toLocalDate();
        List<ScheduleItem> sameDay = schedule.stream()
                .filter(i -> i.isSession() && !i.id().equals(before.id()) && i.at().atZone(zone).toLocalDate().equals(day))
                .toList();
        return new ScheduleChangeEffect(before, after, cohorts.activeParticipants(cohort),
                after.at().isBefore(clock.instant()), !before.isSession() && after.at().isBefore(before.at()),
                after.isSession() ? sameDay : List.of());
    }

    /**
     * @return the sessions and deadlines of every cohort the person teaches, assesses or actively
     *     follows; for a caller that has established who the person is (such as a calendar feed
     *     token); no further check
     */
    public List<CalendarEntry> calendarOf(UserId user) {
        return cohorts.calendarOf(user);
    }
}
