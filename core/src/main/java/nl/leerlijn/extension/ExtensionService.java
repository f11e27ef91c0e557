package nl.leerlijn.extension;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.leerlijn.FreeText;
import nl.leerlijn.PlanningRange;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.curriculum.ProgrammeVersions;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.schedule.Schedules;
import org.jdbi.v3.core.Jdbi;

/**
 * Extensions: a participant asks for a later deadline with a reason; a kerndocent of the cohort approves or refuses
 * it, or grants one directly. An applying extension moves that participant's deadline everywhere (their schedule,
 * progress, calendar feed, whether a hand-in is late). Every request and decision stays on record. Every method
 * checks the person. Thread-safe.
 */
public final class ExtensionService {
    private static final int MAX_REASON = 2000;

    private final Jdbi jdbi;
    private final nl.leerlijn.events.EventBus events;
    private final Clock clock;
    private final Access access;
    private final Participants participants;
    private final Schedules schedules;
    private final Cohorts cohorts;
    private final ProgrammeVersions programmes;
    private final JdbiExtensionRepository extensions;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param access decides who may do what
     * @param participants participants by id
     * @param schedules sessions and deadlines by cohort and participant
     * @param cohorts cohorts by id
     * @param programmes the stored programme definitions
     * @param extensions extensions by id
     * @param events where its events are published
     */
    public ExtensionService(Jdbi jdbi, Clock clock, Access access, Participants participants, Schedules schedules, Cohorts cohorts,
            ProgrammeVersions programmes, Extensions extensions, nl.leerlijn.events.EventBus events) {
        this.events = events;
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.participants = participants;
        this.schedules = schedules;
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.extensions = extensions.repository();
    }

    /**
     * A participant asks for a later deadline.
     *
     * @param actor who asks
     * @param id the participant
     * @param activity the work with the deadline
     * @param due the deadline asked for
     * @param reason why; required
     * @return the request, waiting for a kerndocent's decision
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the (active) participant themself
     * @throws ActivityNotFoundException when the activity has no deadline in the participant's cohort
     * @throws ExtensionNotLaterException when {@code due} is not later than the deadline that applies now
     * @throws nl.leerlijn.DateOutOfRangeException when {@code due} lies outside {@link PlanningRange}
     */
    public Extension request(Actor actor, ParticipantId id, ActivityKey activity, Instant due, String reason) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayActFor(id), "ask an extension for participant " + id);
            requireLater(participant, activity, due);
            ExtensionId created = extensions.insert(id, activity, due, FreeText.required(reason, MAX_REASON, "reason"),
                    ExtensionState.REQUESTED, actor.userId(), clock.instant());
            events.publish(new ExtensionRequested(created, clock.instant()));
            return extensions.find(created).orElseThrow();
        });
    }

    /**
     * A kerndocent gives a participant a later deadline without a request.
     *
     * @param actor who asks
     * @param id the participant
     * @param activity the work with the deadline
     * @param due the new deadline
     * @param reason why; required
     * @return the granted extension; the deadline has moved
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the participant's cohort
     * @throws ExtensionNotLaterException when {@code due} is not later than the deadline that applies now
     * @throws nl.leerlijn.DateOutOfRangeException when {@code due} lies outside {@link PlanningRange}
     */
    public Extension grant(Actor actor, ParticipantId id, ActivityKey activity, Instant due, String reason) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayManage(), "grant an extension to participant " + id);
            requireLater(participant, activity, due);
            ExtensionId created = extensions.insert(id, activity, due, FreeText.required(reason, MAX_REASON, "reason"),
                    ExtensionState.GRANTED, actor.userId(), clock.instant());
            Extension granted = extensions.find(created).orElseThrow();
            schedules.setPersonalDeadline(id, activity, due, created);
            return granted;
        });
    }

    /**
     * A kerndocent approves or refuses a request; deciding twice changes nothing, also when two kerndocenten decide it at
     * the same moment (the first decision stands and only an approval that stands moves the deadline).
     *
     * @param actor who asks
     * @param id the request
     * @param approve whether the new deadline is granted
     * @return the extension as it stands after the decision
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the participant's cohort
     */
    public Extension decide(Actor actor, ExtensionId id, boolean approve) {
        return jdbi.inTransaction(h -> {
            Extension extension = extensions.find(id).orElseThrow(() -> new ExtensionNotFoundException(id));
            Participant participant = participants.require(extension.participant());
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayManage(), "decide extension " + id);
            if (extension.state() != ExtensionState.REQUESTED) {
                return extension;
            }
            boolean decidedHere = extensions.decide(id, approve ? ExtensionState.APPROVED : ExtensionState.REFUSED, actor.userId(),
                    clock.instant());
            Extension decided = extensions.find(id).orElseThrow();
            if (approve && decidedHere) {
                schedules.setPersonalDeadline(decided.participant(), decided.activity(), decided.dueAt(), id);
            }
            if (decidedHere) {
                events.publish(new ExtensionDecided(id, clock.instant()));
            }
            return decided;
        });
    }

    /**
     * @param actor who asks
     * @param id the extension
     * @return the extension, for whoever may decide it (the cohort's kerndocenten and administrators)
     */
    public Extension extension(Actor actor, ExtensionId id) {
        return jdbi.inTransaction(h -> {
            Extension extension = extensions.find(id).orElseThrow(() -> new ExtensionNotFoundException(id));
            Participant participant = participants.require(extension.participant());
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayManage(), "see extension " + id);
            return extension;
        });
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @return every extension in the cohort, newest first; for its kerndocenten and administrators
     */
    public List<Extension> inCohort(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayManage(), "see the extensions of cohort " + cohort);
            return extensions.inCohort(cohort);
        });
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @return the participant's extensions, newest first; for whoever may see the participant
     */
    public List<Extension> ofParticipant(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayViewParticipant(id), "see the extensions of participant " + id);
            return extensions.ofParticipant(id);
        });
    }

    private void requireLater(Participant participant, ActivityKey activity, Instant due) {
        PlanningRange.require(due, "the extended deadline of " + activity);
        Instant current = schedules.deadlineOf(participant, activity).orElseThrow(() -> new ActivityNotFoundException(
                programmes.load(cohorts.require(participant.cohortId()).programmeVersion()).programme().id(), activity));
        if (!due.isAfter(current)) {
            throw new ExtensionNotLaterException(activity, current);
        }
    }
}
