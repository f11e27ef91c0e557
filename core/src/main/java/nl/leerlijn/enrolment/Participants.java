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
