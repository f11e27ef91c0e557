package nl.leerlijn.progress;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.curriculum.ActivityKey;
import org.jdbi.v3.core.Jdbi;

final class JdbiProgressRepository implements ProgressRepository {
    private static final String COLUMNS = "SELECT r.participant_id, r.activity_key, r.outcome, r.recorded_at, r.recorded_by ";

    private final Jdbi jdbi;

    JdbiProgressRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<ActivityRecord> inCohort(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS
                        + "FROM ll_activity_record r JOIN ll_participant p ON p.id = r.participant_id WHERE p.cohort_id = :cohort")
                .bind("cohort", cohort.value())
                .map((rs, ctx) -> record(rs))
                .list());
    }

    @Override
    public List<ActivityRecord> of(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + "FROM ll_activity_record r WHERE r.participant_id = :participant")
                .bind("participant", participant.value())
                .map((rs, ctx) -> record(rs))
                .list());
    }

    @Override
    public Optional<ActivityRecord> find(ParticipantId participant, ActivityKey activity) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS
                        + "FROM ll_activity_record r WHERE r.participant_id = :participant AND r.activity_key = :activity")
                .bind("participant", participant.value())
                .bind("activity", activity.value())
                .map((rs, ctx) -> record(rs))
                .findOne());
    }

    @Override
    public void save(ActivityRecord record) {
        jdbi.useTransaction(h -> {
            delete(record.participant(), record.activity());
            h.createUpdate("""
                    INSERT INTO ll_activity_record (participant_id, activity_key, outcome, recorded_at, recorded_by)
                    VALUES (:participant, :activity, :outcome, :at, :by)
                    """)
                    .bind("participant", record.participant().value())
                    .bind("activity", record.activity().value())
                    .bind("outcome", record.outcome().name())
                    .bind("at", utc(record.at()))
                    .bind("by", record.by().value())
                    .execute();
        });
    }

    @Override
    public void delete(ParticipantId participant, ActivityKey activity) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM ll_activity_record WHERE participant_id = :participant AND activity_key = :activity")
                .bind("participant", participant.value())
                .bind("activity", activity.value())
                .execute());
    }

    private static ActivityRecord record(ResultSet rs) throws SQLException {
        return new ActivityRecord(new ParticipantId(rs.getLong("participant_id")), new ActivityKey(rs.getString("activity_key")),
                Outcome.valueOf(rs.getString("outcome")), instant(rs, "recorded_at"), new UserId(rs.getString("recorded_by")));
    }
}
