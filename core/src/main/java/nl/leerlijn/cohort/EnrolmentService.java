package nl.leerlijn.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import org.jdbi.v3.core.Jdbi;

/**
 * Use cases for participants: enrol, withdraw, reactivate and list them. A person is in a cohort
 * at most once; a withdrawn participant keeps their participation and its history. Thread-safe.
 */
public final class EnrolmentService {
    private final Jdbi jdbi;
    private final Clock clock;
    private final ParticipantRepository participants;
    private final CohortAccess access;

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     */
    public EnrolmentService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.participants = new JdbiParticipantRepository(jdbi);
        this.access = new CohortAccess(new JdbiCohortRepository(jdbi));
    }

    /**
     * Enrols a person, unless they are in the cohort already (then nothing changes).
     *
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     */
    public EnrolmentOutcome enrol(Actor actor, CohortId cohort, NewParticipant person) {
        return jdbi.inTransaction(h -> {
            access.requireManage(actor, cohort);
            Optional<Participant> existing = participants.find(cohort, person.userId());
            if (existing.isPresent()) {
                return new EnrolmentOutcome.AlreadyEnrolled(existing.get());
            }
            Instant now = clock.instant();
            Participant enrolled = participants.insert(cohort, person, now);
            participants.recordEvent(enrolled.id(), ParticipationEvent.ENROLLED, Optional.empty(), actor.userId(), now);
            return new EnrolmentOutcome.Enrolled(enrolled);
        });
    }

    /**
     * Enrols several people in one transaction (an import): all of them, or none when anything fails.
     * People already in the cohort are left as they are.
     *
     * @return one outcome per person, in the given order
     * @throws nl.leerlijn.access.NotPermittedException unless the actor manages the cohort
     */
    public List<EnrolmentOutcome> enrolAll(Actor actor, CohortId cohort, List<NewParticipant> people) {
        return jdbi.inTransaction(h -> people.stream().map(person -> enrol(actor, cohort, person)).toList());
    }

    /**
     * Withdraws a participant; their work and history stay.
     *
     * @param reason why, for the record; may be empty
     */
    public ParticipationChange withdraw(Actor actor, ParticipantId id, Optional<String> reason) {
        return change(actor, id, ParticipationStatus.WITHDRAWN, ParticipationEvent.WITHDRAWN, reason);
    }

    /** Lets a withdrawn participant take part again. */
    public ParticipationChange reactivate(Actor actor, ParticipantId id) {
        return change(actor, id, ParticipationStatus.ACTIVE, ParticipationEvent.REACTIVATED, Optional.empty());
    }

    private ParticipationChange change(Actor actor, ParticipantId id, ParticipationStatus to,
            ParticipationEvent event, Optional<String> reason) {
        Optional<String> why = reason.map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> r.length() > 1000 ? r.substring(0, 1000) : r);
        return jdbi.inTransaction(h -> {
            Participant participant = participants.find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
            access.requireManage(actor, participant.cohortId());
            if (participant.status() == to) {
                return new ParticipationChange.AlreadyInStatus(participant);
            }
            participants.updateStatus(id, to);
            participants.recordEvent(id, event, why, actor.userId(), clock.instant());
            return new ParticipationChange.Changed(participant.withStatus(to));
        });
    }

    /** @return all participants of the cohort, withdrawn ones too, for its staff and administrators */
    public List<Participant> participants(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            access.requireViewAsStaff(actor, cohort);
            return participants.inCohort(cohort);
        });
    }

    /** @return the participant, for themself, the cohort's staff and administrators */
    public Participant participant(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
            access.requireViewParticipant(actor, participant);
            return participant;
        });
    }

    /** @return what happened to the participation, oldest first; for the cohort's staff and administrators */
    public List<ParticipationRecord> history(Actor actor, ParticipantId id) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
            access.requireViewAsStaff(actor, participant.cohortId());
            return participants.history(id);
        });
    }

    /** @return the actor's own participations in every cohort, newest first */
    public List<Participant> participationsOf(Actor actor) {
        return participants.ofUser(actor.userId());
    }

    /**
     * A participant keeps their own work details up to date: organisation, function, register numbers.
     *
     * @return the participant as saved
     * @throws nl.leerlijn.access.NotPermittedException for anyone but the participant themself
     */
    public Participant updateOwnProfile(Actor actor, ParticipantId id, Organisation organisation, JobFunction function,
            RegisterNumbers numbers) {
        return jdbi.inTransaction(h -> {
            Participant participant = participants.find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
            if (!participant.userId().equals(actor.userId())) {
                throw new nl.leerlijn.access.NotPermittedException(actor.userId(), "change the profile of participant " + id);
            }
            ParticipantProfile old = participant.profile();
            ParticipantProfile updated = new ParticipantProfile(old.displayName(), old.email(), organisation, function, numbers,
                    old.leidinggevende());
            participants.updateProfile(id, updated);
            return new Participant(id, participant.cohortId(), participant.userId(), updated, participant.status(),
                    participant.enrolledAt());
        });
    }

    /**
     * @return all participants of the cohort, for a caller that has already checked that the actor
     *     may see the whole cohort (such as progress, after {@link CohortService#cohort}); no further check
     */
    public List<Participant> participantsOf(CohortId cohort) {
        return participants.inCohort(cohort);
    }
}
