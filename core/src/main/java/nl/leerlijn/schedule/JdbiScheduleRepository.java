package nl.leerlijn.schedule;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.optionalText;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.PlannedActivity;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.SessionFormat;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.extension.ExtensionId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

final class JdbiScheduleRepository implements ScheduleRepository {
    private final Jdbi jdbi;

    JdbiScheduleRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(CohortId id, Programme programme, List<PlannedActivity> plan, String location) {
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO ll_schedule_item
                        (cohort_id, activity_key, module_code, kind, title, starts_at, ends_at, format, location)
                    VALUES (:cohort, :key, :module, :kind, :title, :at, :endsAt, :format, :location)
                    """);
            for (PlannedActivity item : plan) {
                boolean onSite = item.format().filter(f -> f == SessionFormat.ON_SITE).isPresent();
                batch.bind("cohort", id.value())
                        .bind("key", item.key().value())
                        .bind("module", item.moduleCode())
                        .bind("kind", item.kind().name())
                        .bind("title", programme.activity(item.key()).orElseThrow().title())
                        .bind("at", utc(item.at()))
                        .bindByType("endsAt", item.endsAt().map(e -> utc(e)).orElse(null), OffsetDateTime.class)
                        .bind("format", item.format().map(Enum::name).orElse(null))
                        .bind("location", onSite ? location : null)
                        .add();
            }
            if (!plan.isEmpty()) {
                batch.execute();
            }
        });
    }

    @Override
    public List<ScheduleItem> schedule(CohortId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT id, activity_key, module_code, kind, title, starts_at, ends_at, format, location
                FROM ll_schedule_item WHERE cohort_id = :cohort ORDER BY starts_at, activity_key
                """)
                .bind("cohort", id.value())
                .map((rs, ctx) -> scheduleItem(id, rs))
                .list());
    }

    @Override
    public List<ScheduleItem> upcomingForParticipant(UserId user, Instant from, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT s.id, s.cohort_id, s.activity_key, s.module_code, s.kind, s.title,
                       COALESCE(o.due_at, s.starts_at) AS starts_at, s.ends_at, s.format, s.location
                FROM ll_schedule_item s JOIN ll_participant p ON p.cohort_id = s.cohort_id
                LEFT JOIN ll_deadline_override o ON o.participant_id = p.id AND o.activity_key = s.activity_key
                WHERE p.user_id = :user AND p.status = 'ACTIVE' AND COALESCE(o.due_at, s.starts_at) >= :from
                ORDER BY COALESCE(o.due_at, s.starts_at), s.activity_key
                FETCH FIRST :limit ROWS ONLY
                """)
                .bind("user", user.value())
                .bind("from", utc(from))
                .bind("limit", limit)
                .map((rs, ctx) -> scheduleItem(new CohortId(rs.getLong("cohort_id")), rs))
                .list());
    }

    @Override
    public void reschedule(ScheduleItem before, ScheduleItem after, UserId actor, Instant at) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE ll_schedule_item SET starts_at = :at, ends_at = :endsAt, location = :location WHERE id = :id")
                    .bind("at", utc(after.at()))
                    .bindByType("endsAt", after.endsAt().map(e -> utc(e)).orElse(null), OffsetDateTime.class)
                    .bind("location", after.location().orElse(null))
                    .bind("id", after.id().value())
                    .execute();
            h.createUpdate("""
                    INSERT INTO ll_schedule_change (schedule_item_id, old_starts_at, new_starts_at, old_location, new_location,
                        actor_id, changed_at)
                    VALUES (:item, :oldAt, :newAt, :oldLocation, :newLocation, :actor, :changedAt)
                    """)
                    .bind("item", after.id().value())
                    .bind("oldAt", utc(before.at()))
                    .bind("newAt", utc(after.at()))
                    .bind("oldLocation", before.location().orElse(null))
                    .bind("newLocation", after.location().orElse(null))
                    .bind("actor", actor.value())
                    .bind("changedAt", utc(at))
                    .execute();
        });
    }

    @Override
    public int activeParticipants(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ll_participant WHERE cohort_id = :cohort AND status = 'ACTIVE'")
                .bind("cohort", cohort.value())
                .mapTo(Integer.class)
                .one());
    }

    @Override
    public List<CalendarEntry> calendarOf(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT s.id, s.cohort_id, s.activity_key, s.module_code, s.kind, s.title,
                       COALESCE(o.due_at, s.starts_at) AS starts_at, s.ends_at, s.format, s.location, c.name AS cohort_name
                FROM ll_schedule_item s
                JOIN ll_cohort c ON c.id = s.cohort_id
                LEFT JOIN ll_participant p ON p.cohort_id = s.cohort_id AND p.user_id = :user
                LEFT JOIN ll_deadline_override o ON o.participant_id = p.id AND o.activity_key = s.activity_key
                WHERE s.cohort_id IN (SELECT cohort_id FROM ll_cohort_staff WHERE user_id = :user AND removed_at IS NULL
                                      UNION
                                      SELECT cohort_id FROM ll_participant WHERE user_id = :user AND status = 'ACTIVE')
                ORDER BY COALESCE(o.due_at, s.starts_at), s.id
                """)
                .bind("user", user.value())
                .map((rs, ctx) -> new CalendarEntry(scheduleItem(new CohortId(rs.getLong("cohort_id")), rs), rs.getString("cohort_name")))
                .list());
    }

    @Override
    public Map<ActivityKey, Instant> deadlinesOf(ParticipantId participant) {
        Map<ActivityKey, Instant> deadlines = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT activity_key, due_at FROM ll_deadline_override WHERE participant_id = :participant")
                .bind("participant", participant.value())
                .map((rs, ctx) -> deadlines.put(new ActivityKey(rs.getString("activity_key")), instant(rs, "due_at"))).list());
        return deadlines;
    }

    @Override
    public Map<ParticipantId, Map<ActivityKey, Instant>> deadlinesInCohort(CohortId cohort) {
        Map<ParticipantId, Map<ActivityKey, Instant>> deadlines = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT o.participant_id, o.activity_key, o.due_at FROM ll_deadline_override o
                JOIN ll_participant p ON p.id = o.participant_id WHERE p.cohort_id = :cohort
                """).bind("cohort", cohort.value())
                .map((rs, ctx) -> deadlines.computeIfAbsent(new ParticipantId(rs.getLong("participant_id")), k -> new HashMap<>())
                        .put(new ActivityKey(rs.getString("activity_key")), instant(rs, "due_at"))).list());
        return deadlines;
    }

    @Override
    public void setPersonalDeadline(ParticipantId participant, ActivityKey activity, Instant due, ExtensionId because) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM ll_deadline_override WHERE participant_id = :participant AND activity_key = :activity")
                    .bind("participant", participant.value()).bind("activity", activity.value()).execute();
            h.createUpdate("""
                    INSERT INTO ll_deadline_override (participant_id, activity_key, due_at, extension_id)
                    VALUES (:participant, :activity, :due, :extension)
                    """)
                    .bind("participant", participant.value()).bind("activity", activity.value())
                    .bind("due", utc(due)).bind("extension", because.value()).execute();
        });
    }

    private static ScheduleItem scheduleItem(CohortId cohort, ResultSet rs) throws SQLException {
        return new ScheduleItem(new ScheduleItemId(rs.getLong("id")), cohort,
                new ActivityKey(rs.getString("activity_key")), rs.getString("module_code"),
                ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"),
                instant(rs, "starts_at"), optionalInstant(rs, "ends_at"),
                optionalText(rs, "format").map(SessionFormat::valueOf), optionalText(rs, "location"));
    }
}
