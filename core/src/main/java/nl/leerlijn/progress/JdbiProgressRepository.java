package nl.leerlijn.progress;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.utc;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import org.jdbi.v3.core.Jdbi;

/** Online work a participant marked done, in {@code ll_activity_record} (the rows with outcome {@code DONE}). */
final class JdbiProgressRepository {
    private final Jdbi jdbi;

    JdbiProgressRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** @return per participant of the cohort, per activity, when it was marked done; one query */
    Map<ParticipantId, Map<ActivityKey, Instant>> doneInCohort(CohortId cohort) {
        Map<ParticipantId, Map<ActivityKey, Instant>> done = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT r.participant_id, r.activity_key, r.recorded_at FROM ll_activity_record r
                JOIN ll_participant p ON p.id = r.participant_id WHERE p.cohort_id = :cohort AND r.outcome = 'DONE'
                """).bind("cohort", cohort.value())
                .map((rs, ctx) -> done.computeIfAbsent(new ParticipantId(rs.getLong("participant_id")), k -> new HashMap<>())
                        .put(new ActivityKey(rs.getString("activity_key")), instant(rs, "recorded_at")))
                .list());
        return done;
    }

    /** @return per activity, when the participant marked it done */
    Map<ActivityKey, Instant> doneOf(ParticipantId participant) {
        Map<ActivityKey, Instant> done = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT activity_key, recorded_at FROM ll_activity_record WHERE participant_id = :participant AND outcome = 'DONE'
                """).bind("participant", participant.value())
                .map((rs, ctx) -> done.put(new ActivityKey(rs.getString("activity_key")), instant(rs, "recorded_at")))
                .list());
        return done;
    }

    void markDone(ParticipantId participant, ActivityKey activity, Instant at, UserId by) {
        jdbi.useHandle(h -> {
            unmark(participant, activity);
            h.createUpdate("""
                    INSERT INTO ll_activity_record (participant_id, activity_key, outcome, recorded_at, recorded_by)
                    VALUES (:participant, :activity, 'DONE', :at, :by)
                    """)
                    .bind("participant", participant.value()).bind("activity", activity.value()).bind("at", utc(at))
                    .bind("by", by.value()).execute();
        });
    }

    void unmark(ParticipantId participant, ActivityKey activity) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM ll_activity_record WHERE participant_id = :participant AND activity_key = :activity")
                .bind("participant", participant.value()).bind("activity", activity.value()).execute());
    }

    /** @return per participant of the cohort, when they wrote a reflection on each intervisie activity (one statement) */
    Map<ParticipantId, Map<ActivityKey, Instant>> reflectionsInCohort(CohortId cohort) {
        Map<ParticipantId, Map<ActivityKey, Instant>> written = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT f.participant_id, m.activity_key, f.written_at FROM ll_intervision_reflection f
                JOIN ll_intervision_meeting m ON m.id = f.meeting_id JOIN ll_participant p ON p.id = f.participant_id
                WHERE p.cohort_id = :cohort
                """).bind("cohort", cohort.value())
                .map((rs, ctx) -> written.computeIfAbsent(new ParticipantId(rs.getLong("participant_id")), k -> new HashMap<>())
                        .put(new ActivityKey(rs.getString("activity_key")), instant(rs, "written_at")))
                .list());
        return written;
    }

    /** @return when the participant wrote a reflection on each intervisie activity */
    Map<ActivityKey, Instant> reflectionsOf(ParticipantId participant) {
        Map<ActivityKey, Instant> written = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT m.activity_key, f.written_at FROM ll_intervision_reflection f
                JOIN ll_intervision_meeting m ON m.id = f.meeting_id WHERE f.participant_id = :participant
                """).bind("participant", participant.value())
                .map((rs, ctx) -> written.put(new ActivityKey(rs.getString("activity_key")), instant(rs, "written_at")))
                .list());
        return written;
    }
}
