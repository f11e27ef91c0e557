package nl.leerlijn.attendance;

import java.util.Map;
import nl.leerlijn.Internal;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import org.jdbi.v3.core.Jdbi;

/** What is recorded about presence, for other features. Takes no person, checks nothing. Thread-safe. */
@Internal
public final class AttendanceRegister {
    private final JdbiAttendanceRepository attendance;

    /** @param jdbi Leerlijn's database access */
    public AttendanceRegister(Jdbi jdbi) {
        this.attendance = new JdbiAttendanceRepository(jdbi);
    }

    /**
     * @param cohort the cohort
     * @return per participant of the cohort, per session, what is recorded; one query
     */
    public Map<ParticipantId, Map<ActivityKey, Presence>> inCohort(CohortId cohort) {
        return attendance.inCohort(cohort);
    }

    /**
     * @param participant the participant
     * @return per session, what is recorded for the participant
     */
    public Map<ActivityKey, Presence> of(ParticipantId participant) {
        return attendance.of(participant);
    }

    JdbiAttendanceRepository repository() {
        return attendance;
    }
}
