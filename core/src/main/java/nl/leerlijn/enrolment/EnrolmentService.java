package nl.leerlijn.enrolment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import org.jdbi.v3.core.Jdbi;

/**
 * Use cases for participants: enrol, withdraw, reactivate and list them; a participant's own work details. A person is
 * in a cohort at most once; a withdrawn participant keeps their participation and its history. Every method checks
 * the person through {@link Access}. Thread-safe.
 */
public final class EnrolmentService {
    private static final int MAX_REASON = 1000;

    private final Jdbi jdbi;
    private final nl.leerlijn.events.EventBus events;
    private final Clock clock;
    private final Access access;
    private final Cohorts cohorts;
    private final Participants lookup;
    private final ParticipantRepository participants;

    /**
     * Wires the service; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param access decides who may do what
     * @param cohorts cohorts by id
     * @param participants participants by id
     * @param events where its events are published
     */
    public EnrolmentService(Jdbi jdbi, Clock clock, Access access, Cohorts cohorts, Participants participants, nl.leerlijn.events.EventBus events) {
        this.events = events;
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.cohorts = cohorts;
        this.lookup = participants;
        this.participants = participants.repository();
    }

    /**
     * Enrols a person, unless they are in the cohort already (then nothing changes).
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param person who to enrol, with their work details
     * @return the participant, enrolled now or already in the cohort
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     */
    public EnrolmentOutcome enrol(Actor actor, CohortId cohort, NewParticipant person) {
        return jdbi.inTransaction(h -> {
            List<ParticipantEnrolled> enrolled = new java.util.ArrayList<>();
            EnrolmentOutcome outcome = enrolOne(actor, cohort, person, enrolled);
            events.publishAll(enrolled);
            return outcome;
        });
    }

    private EnrolmentOutcome enrolOne(Actor actor, CohortId cohort, NewParticipant person, List<ParticipantEnrolled> published) {
        return jdbi.inTransaction(h -> {
            requireManage(actor, cohort);
            cohorts.require(cohort);
            Optional<Participant> existing = participants.find(cohort, person.userId());
            if (existing.isPresent()) {
                return new EnrolmentOutcome.AlreadyEnrolled(existing.get());
            }
            Instant now = clock.instant();
            Participant enrolled = participants.insert(cohort, person, now);
            participants.recordEvent(enrolled.id(), ParticipationEvent.ENROLLED, Optional.empty(), actor, now);
            access.changed(cohort);
            published.add(new ParticipantEnrolled(enrolled.id(), now));
            return new EnrolmentOutcome.Enrolled(enrolled);
        });
    }

    /**
     * Enrols several people in one transaction (an import): all of them, or none when anything fails. People already
     * in the cohort are left as they are.
     *
     * @param actor who asks
     * @param cohort the cohort
     * @param people who to enrol, with their work details
     * @return one outcome per person, in the given order
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     */
    public List<EnrolmentOutcome> enrolAll(Actor actor, CohortId cohort, List<NewParticipant> people) {
        return jdbi.inTransaction(h -> {
            List<ParticipantEnrolled> enrolled = new java.util.ArrayList<>();
            List<EnrolmentOutcome> outcomes = people.stream().map(person -> enrolOne(actor, cohort, person, enrolled)).toList();
            events.publishAll(enrolled);
            return outcomes;
        });
    }

    /**
     * Withdraws a participant; their work and history stay.
     *
     * @param actor who asks
     * @param id the participant
     * @param reason why, kept in the participation's history; may be empty
     * @return the participant, withdrawn now or already withdrawn
     */
    public ParticipationChange withdraw(Actor actor, ParticipantId id, Optional<String> reason) {
        return change(actor, id, ParticipationStatus.WITHDRAWN, ParticipationEvent.WITHDRAWN, reason);
    }

    /**
     * Lets a withdrawn participant take part again.
     *
     * @param actor who asks
     * @param id the participant
     * @return the participant, active again or already active
     */
    public ParticipationChange reactivate(Actor actor, ParticipantId id) {
        return change(actor, id, ParticipationStatus.ACTIVE, ParticipationEvent.REACTIVATED, Optional.empty());
    }

    private ParticipationChange change(Actor actor, ParticipantId id, ParticipationStatus to, ParticipationEvent event,
            Optional<String> reason) {
        Optional<String> why = reason.map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r);
        return jdbi.inTransaction(h -> {
            Participant participant = lookup.require(id);
            requireManage(actor, participant.cohortId());
            if (participant.status() == to) {
                return new ParticipationChange.AlreadyInStatus(participant);
            }
            participants.updateStatus(id, to);
            participants.recordEvent(id, event, why, actor, clock.instant());
            access.changed(participant.cohortId());
            if (to == ParticipationStatus.WITHDRAWN) {
                events.publish(new ParticipantWithdrawn(id, clock.instant()));
            }
            return new ParticipationChange.Changed(participant.withStatus(to));
        });
    }

    /**
     * @param actor who asks
     * @param cohort the cohort
     * @return all participants of the cohort, withdrawn ones too, for its staff and administrators
     */
    public List<Participant> participants(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayViewCohort(), "view the participants of cohort " + cohort);
            return participants.inCohort(cohort);
        });
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @return the participant, for themself, the cohort's staff, administrators and the examencommissie
     */
    public Participant participant(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = lookup.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayViewParticipant(id), "view participant " + id);
            return participant;
        });
    }

    /**
     * @param actor who asks
     * @param id the participant
     * @return what happened to the participation, oldest first; for whoever may see the participant
     */
    public List<ParticipationRecord> history(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            participant(actor, id);
            return participants.history(id);
        });
    }

    /**
     * @param actor who asks
     * @return the actor's own participations in every cohort, newest first
     */
    public List<Participant> participationsOf(Actor actor) {
        return participants.ofUser(actor.userId());
    }

    /**
     * A participant keeps their own work details up to date: organisation, function, register numbers.
     *
     * @param actor who asks
     * @param id the participant
     * @param organisation the employer and its type
     * @param function the participant's function
     * @param otherFunction the function in their own words, for {@link JobFunction#OTHER}
     * @param numbers register numbers; {@link RegisterNumbers#none()} for none
     * @return the participant as saved
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the participant themself
     */
    public Participant updateOwnProfile(Actor actor, ParticipantId id, Organisation organisation, JobFunction function,
            Optional<String> otherFunction, RegisterNumbers numbers) {
        return jdbi.inTransaction(h -> {
            Participant participant = lookup.require(id);
            Permissions permissions = access.in(participant.cohortId(), actor);
            permissions.require(permissions.mayEditProfileOf(id), "change the profile of participant " + id);
            ParticipantProfile updated = participant.profile().withWork(organisation, function, otherFunction, numbers);
            participants.updateProfile(id, updated);
            return new Participant(id, participant.cohortId(), participant.userId(), updated, participant.status(),
                    participant.enrolledAt());
        });
    }

    private void requireManage(Actor actor, CohortId cohort) {
        Permissions permissions = access.in(cohort, actor);
        permissions.require(permissions.mayManage(), "manage the participants of cohort " + cohort);
    }
}
