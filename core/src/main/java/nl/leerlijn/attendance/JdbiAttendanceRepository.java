package nl.leerlijn.attendance;

import static nl.leerlijn.database.Columns.utc;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Presence per participant and session, in {@code ll_activity_record} (the rows with a presence as outcome). */
final class JdbiAttendanceRepository {
    private static final String PRESENCES = "r.outcome IN ('PRESENT', 'ABSENT', 'EXCUSED')";

    private final Jdbi jdbi;

    JdbiAttendanceRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Map<ParticipantId, Map<ActivityKey, Presence>> inCohort(CohortId cohort) {
        Map<ParticipantId, Map<ActivityKey, Presence>> all = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT r.participant_id, r.activity_key, r.outcome FROM ll_activity_record r "
                        + "JOIN ll_participant p ON p.id = r.participant_id WHERE p.cohort_id = :cohort AND " + PRESENCES)
                .bind("cohort", cohort.value())
                .map((rs, ctx) -> all.computeIfAbsent(new ParticipantId(rs.getLong("participant_id")), k -> new HashMap<>())
                        .put(new ActivityKey(rs.getString("activity_key")), Presence.valueOf(rs.getString("outcome"))))
                .list());
        return all;
    }

    Map<ActivityKey, Presence> of(ParticipantId participant) {
        Map<ActivityKey, Presence> all = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT r.activity_key, r.outcome FROM ll_activity_record r "
                        + "WHERE r.participant_id = :participant AND " + PRESENCES)
                .bind("participant", participant.value())
                .map((rs, ctx) -> all.put(new ActivityKey(rs.getString("activity_key")), Presence.valueOf(rs.getString("outcome"))))
                .list());
        return all;
    }

    /** @return per participant, the presence recorded for one session and when it was recorded */
    Map<ParticipantId, AttendanceRegister.Recorded> atSession(java.util.Collection<ParticipantId> participants, ActivityKey session) {
        Map<ParticipantId, AttendanceRegister.Recorded> all = new HashMap<>();
        if (participants.isEmpty()) {
            return all;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT r.participant_id, r.outcome, r.recorded_at FROM ll_activity_record r "
                        + "WHERE r.participant_id IN (<ids>) AND r.activity_key = :activity AND " + PRESENCES)
                .bindList("ids", participants.stream().map(ParticipantId::value).toList()).bind("activity", session.value())
                .map((rs, ctx) -> all.put(new ParticipantId(rs.getLong("participant_id")), new AttendanceRegister.Recorded(
                        Presence.valueOf(rs.getString("outcome")), nl.leerlijn.database.Columns.instant(rs, "recorded_at"))))
                .list());
        return all;
    }

    /** Records the presences at one session, replacing what was recorded for those participants; two statements, however many. */
    void saveAll(Map<ParticipantId, Presence> presences, ActivityKey session, UserId by, Instant at) {
        if (presences.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch delete = h.prepareBatch("DELETE FROM ll_activity_record WHERE participant_id = :participant AND activity_key = :activity");
            PreparedBatch insert = h.prepareBatch("""
                    INSERT INTO ll_activity_record (participant_id, activity_key, outcome, recorded_at, recorded_by)
                    VALUES (:participant, :activity, :outcome, :at, :by)
                    """);
            presences.forEach((participant, presence) -> {
                delete.bind("participant", participant.value()).bind("activity", session.value()).add();
                insert.bind("participant", participant.value()).bind("activity", session.value()).bind("outcome", presence.name())
                        .bind("at", utc(at)).bind("by", by.value()).add();
            });
            delete.execute();
            insert.execute();
        });
    }
}
