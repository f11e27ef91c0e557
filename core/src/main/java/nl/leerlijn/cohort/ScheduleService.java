package nl.leerlijn.cohort;

import java.time.Instant;
import java.util.List;
import nl.leerlijn.access.Actor;
import org.jdbi.v3.core.Jdbi;

/** Reads the dated sessions and deadlines of cohorts and participants. Thread-safe. */
public final class ScheduleService {
    private final Jdbi jdbi;
    private final CohortRepository cohorts;
    private final ParticipantRepository participants;
    private final CohortAccess access;

    /** @param jdbi Leerlijn's database access */
    public ScheduleService(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.cohorts = new JdbiCohortRepository(jdbi);
        this.participants = new JdbiParticipantRepository(jdbi);
        this.access = new CohortAccess(cohorts);
    }

    /** @return the cohort's sessions and deadlines in time order, for its staff and administrators */
    public List<ScheduleItem> cohortSchedule(Actor actor, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            access.requireViewAsStaff(actor, cohort);
            return cohorts.schedule(cohort);
        });
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
            return new ParticipantSchedule(participant, cohort, cohorts.schedule(cohort.id()));
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
}
