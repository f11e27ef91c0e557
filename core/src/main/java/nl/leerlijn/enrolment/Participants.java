package nl.leerlijn.enrolment;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.Internal;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import org.jdbi.v3.core.Jdbi;

/** Participants by id, for other features. Takes no person, checks nothing. Thread-safe. */
@Internal
public final class Participants {
    private final ParticipantRepository participants;

    /** @param jdbi Leerlijn's database access */
    public Participants(Jdbi jdbi) {
        this.participants = new JdbiParticipantRepository(jdbi);
    }

    /**
     * Enrols a person without asking anyone, recording who vouched for it: for a caller that established the right itself
     * (an LTI launch of a learner in the course linked to the cohort, which the platform signed).
     *
     * @param cohort the cohort
     * @param person who, with their work details
     * @param recordedBy who the participation history names as having enrolled them (e.g. the platform)
     * @param recordedName their name, as the history shows it
     * @param at when
     * @return the participant, enrolled now or already in the cohort (then nothing changed)
     */
    public EnrolmentOutcome enrol(CohortId cohort, NewParticipant person, UserId recordedBy, String recordedName, java.time.Instant at) {
        nl.leerlijn.access.Actor recordedAs = new nl.leerlijn.access.Actor(recordedBy, recordedName, java.util.Set.of());
        Optional<Participant> existing = participants.find(cohort, person.userId());
        if (existing.isPresent()) {
            return new EnrolmentOutcome.AlreadyEnrolled(existing.get());
        }
        Participant enrolled = participants.insert(cohort, person, at);
        participants.recordEvent(enrolled.id(), ParticipationEvent.ENROLLED, Optional.empty(), recordedAs, at);
        return new EnrolmentOutcome.Enrolled(enrolled);
    }

    /**
     * Withdraws an active participant without asking anyone, recording who did it and why: for a caller that established
     * the right itself (the roster of the course linked to the cohort, read from its platform).
     *
     * @param id the participant
     * @param reason why, kept in the history
     * @param recordedBy who the history names
     * @param recordedName their name, as the history shows it
     * @param at when
     * @return whether the participant was active and is withdrawn now
     */
    public boolean withdraw(ParticipantId id, String reason, UserId recordedBy, String recordedName, java.time.Instant at) {
        Participant participant = require(id);
        if (participant.status() != ParticipationStatus.ACTIVE) {
            return false;
        }
        participants.updateStatus(id, ParticipationStatus.WITHDRAWN);
        participants.recordEvent(id, ParticipationEvent.WITHDRAWN, Optional.of(reason),
                new nl.leerlijn.access.Actor(recordedBy, recordedName, java.util.Set.of()), at);
        return true;
    }

    /**
     * @param id the participant
     * @return the participant
     * @throws ParticipantNotFoundException when there is none
     */
    public Participant require(ParticipantId id) {
        return participants.find(id).orElseThrow(() -> new ParticipantNotFoundException(id));
    }

    /**
     * @param id the participant
     * @return the participant, if there is one
     */
    public Optional<Participant> find(ParticipantId id) {
        return participants.find(id);
    }

    /**
     * @param cohort the cohort
     * @return every participant of the cohort, withdrawn ones too, in name order
     */
    public List<Participant> inCohort(CohortId cohort) {
        return participants.inCohort(cohort);
    }

    /**
     * @param id the participant
     * @return what happened to the participation, oldest first
     */
    public List<ParticipationRecord> history(ParticipantId id) {
        return participants.history(id);
    }

    /**
     * @param user the person
     * @return the person's participations in every cohort, newest first
     */
    public List<Participant> ofUser(UserId user) {
        return participants.ofUser(user);
    }

    ParticipantRepository repository() {
        return participants;
    }
}
