package nl.leerlijn.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import org.jdbi.v3.core.Jdbi;

/** The dated sessions and deadlines of cohorts and participants, and moving them. Every method checks the person. Thread-safe. */
public final class ScheduleService {
    private final Jdbi jdbi;
    private final nl.leerlijn.events.EventBus events;
    private final Clock clock;
    private final ZoneId zone;
    private final Access access;
    private final Participants participants;
    private final Schedules schedules;
    private final ScheduleRepository repository;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param zone where cohorts meet; planned times are local to it
     * @param access decides who may do what
     * @param participants participants by id
     * @param schedules sessions and deadlines by cohort and participant
     * @param events where its events are published
     */
    public ScheduleService(Jdbi jdbi, Clock clock, ZoneId zone, Access access, Participants participants, Schedules schedules, nl.leerlijn.events.EventBus events) {
        this.events = events;
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.access = access;
        this.participants = participants;
        this.schedules = schedules;
        this.repository = schedules.repository();
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @return the cohort's sessions and deadlines in time order, for its staff and administrators
     */
    public List<ScheduleItem> cohortSchedule(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayViewCohort(), "view the schedule of cohort " + cohort);
            return repository.schedule(cohort);
        });
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @param id the session or deadline
     * @return the cohort's session or deadline with this id, for its staff and administrators
     * @throws ScheduleItemNotFoundException when the cohort has no such item
     */
    public ScheduleItem item(Actor actor, CohortId cohort, ScheduleItemId id) {
        return cohortSchedule(actor, cohort).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new ScheduleItemNotFoundException(cohort, id));
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @return the participant's sessions and deadlines in time order, for whoever may see the participant
     */
    public ParticipantSchedule participantSchedule(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayViewParticipant(id), "view the schedule of participant " + id);
            return new ParticipantSchedule(participant, schedules.itemsFor(participant));
        });
    }

    /**
     * The actor's own coming sessions and deadlines, across every cohort they actively take part in. One query,
     * however many cohorts.
     *
     * @param actor who asks
     * @param from items at or after this moment
     * @param limit at most this many, soonest first
     * @return the coming sessions and deadlines, soonest first
     */
    public List<ScheduleItem> upcomingFor(Actor actor, Instant from, int limit) {
        return repository.upcomingForParticipant(actor.userId(), from, limit);
    }

    /**
     * What moving a session or changing a deadline would do; nothing is saved.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param change the new moment (and place)
     * @return the item before and after, whom it concerns and what to look out for
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     * @throws ScheduleItemNotFoundException when the cohort has no such item
     */
    public ScheduleChangeEffect preview(Actor actor, CohortId cohort, ScheduleChange change) {
        return jdbi.inTransaction(h -> effect(actor, cohort, change));
    }

    /**
     * Moves a session (keeping its length) or changes a deadline, for everyone in the cohort, and records who changed
     * what. Changing nothing records nothing.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param change the new moment (and place), and when the actor saw the item
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
                repository.reschedule(effect.before(), effect.after(), actor.userId(), clock.instant());
                events.publish(new ScheduleItemMoved(effect.before().id(), cohort, effect.before().at(), effect.after().at(),
                        effect.before().location().orElse(null), effect.after().location().orElse(null), clock.instant()));
            }
            return effect;
        });
    }

    private ScheduleChangeEffect effect(Actor actor, CohortId cohort, ScheduleChange change) {
        Permissions permissions = access.in(cohort, actor);
        permissions.require(permissions.mayManage(), "change the schedule of cohort " + cohort);
        List<ScheduleItem> schedule = repository.schedule(cohort);
        ScheduleItem before = schedule.stream().filter(i -> i.id().equals(change.item())).findFirst()
                .orElseThrow(() -> new ScheduleItemNotFoundException(cohort, change.item()));
        ScheduleItem after = ScheduleChangeEffect.moved(before, change.at(), change.location());
        LocalDate day = after.at().atZone(zone).toLocalDate();
        List<ScheduleItem> sameDay = schedule.stream()
                .filter(i -> i.isSession() && !i.id().equals(before.id()) && i.at().atZone(zone).toLocalDate().equals(day))
                .toList();
        return new ScheduleChangeEffect(before, after, repository.activeParticipants(cohort),
                after.at().isBefore(clock.instant()), !before.isSession() && after.at().isBefore(before.at()),
                after.isSession() ? sameDay : List.of());
    }
}
