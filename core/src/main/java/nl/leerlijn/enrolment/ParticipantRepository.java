package nl.leerlijn.enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;

/** Where participants and what happened to their participation are kept. */
interface ParticipantRepository {

    Participant insert(CohortId cohort, NewParticipant participant, Instant at);

    Optional<Participant> find(ParticipantId id);

    Optional<Participant> find(CohortId cohort, UserId user);

    /** @return every participant of the cohort, withdrawn ones too, ordered by name */
    List<Participant> inCohort(CohortId cohort);

    void updateStatus(ParticipantId id, ParticipationStatus status);

    void recordEvent(ParticipantId id, ParticipationEvent event, Optional<String> reason, Actor actor, Instant at);

    /** @return what happened to the participation, oldest first */
    List<ParticipationRecord> history(ParticipantId id);

    /** @return the person's participations in every cohort, newest first */
    List<Participant> ofUser(UserId user);

    /** Replaces the participant's profile (name and e-mail stay as the host knows them). */
    void updateProfile(ParticipantId id, ParticipantProfile profile);
}
