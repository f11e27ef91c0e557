package nl.leerlijn.cohort;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.optionalText;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.PlannedActivity;
import nl.leerlijn.curriculum.Programme;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.curriculum.ProgrammeVersionId;
import nl.leerlijn.curriculum.SessionFormat;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

final class JdbiCohortRepository implements CohortRepository {
    /** A person's cohorts: as staff (their role) and as participant; bind {@code :user}. */
    private static final String MEMBERSHIPS = """
            FROM (SELECT cohort_id, role AS relation FROM ll_cohort_staff WHERE user_id = :user
                  UNION ALL
                  SELECT cohort_id, 'PARTICIPANT' AS relation FROM ll_participant WHERE user_id = :user) m
            JOIN ll_cohort c ON c.id = m.cohort_id
            JOIN ll_programme_version p ON p.id = c.programme_version_id
            ORDER BY c.start_date DESC, c.id DESC, m.relation
            """;
    private static final String COHORT_COLUMNS = """
            c.id, c.programme_version_id, p.programme_id, p.title AS programme_title,
            c.name, c.start_date, c.location, c.created_at
            """;

    private final Jdbi jdbi;

    JdbiCohortRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public CohortId insert(ProgrammeVersionId version, NewCohort cohort, UserId createdBy, Instant at) {
        return jdbi.withHandle(h -> new CohortId(h.createUpdate("""
                INSERT INTO ll_cohort (programme_version_id, name, start_date, location, created_at, created_by)
                VALUES (:version, :name, :startDate, :location, :at, :by)
                """)
                .bind("version", version.value())
                .bind("name", cohort.name())
                .bind("startDate", cohort.startDate())
                .bind("location", cohort.location())
                .bind("at", utc(at))
                .bind("by", createdBy.value())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one()));
    }

    @Override
    public List<Cohort> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COHORT_COLUMNS + """
                FROM ll_cohort c JOIN ll_programme_version p ON p.id = c.programme_version_id
                ORDER BY c.start_date DESC, c.id DESC
                """).map((rs, ctx) -> cohort(rs)).list());
    }

    @Override
    public Optional<Cohort> find(CohortId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COHORT_COLUMNS + """
                FROM ll_cohort c JOIN ll_programme_version p ON p.id = c.programme_version_id
                WHERE c.id = :id
                """)
                .bind("id", id.value())
                .map((rs, ctx) -> cohort(rs))
                .findOne());
    }

    @Override
    public boolean addStaff(StaffMember member, Instant at) {
        if (staffRoles(member.cohortId(), member.userId()).contains(member.role())) {
            return false;
        }
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_cohort_staff (cohort_id, user_id, role, display_name, assigned_at)
                VALUES (:cohort, :user, :role, :name, :at)
                """)
                .bind("cohort", member.cohortId().value())
                .bind("user", member.userId().value())
                .bind("role", member.role().name())
                .bind("name", member.displayName())
                .bind("at", utc(at))
                .execute());
        return true;
    }

    @Override
    public List<StaffMember> staff(CohortId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT user_id, display_name, role FROM ll_cohort_staff
                WHERE cohort_id = :cohort ORDER BY role, display_name
                """)
                .bind("cohort", id.value())
                .map((rs, ctx) -> new StaffMember(id, new UserId(rs.getString("user_id")),
                        rs.getString("display_name"), StaffRole.valueOf(rs.getString("role"))))
                .list());
    }

    @Override
    public Set<StaffRole> staffRoles(CohortId id, UserId user) {
        List<StaffRole> roles = jdbi.withHandle(h -> h.createQuery("""
                SELECT role FROM ll_cohort_staff WHERE cohort_id = :cohort AND user_id = :user
                """)
                .bind("cohort", id.value())
                .bind("user", user.value())
                .map((rs, ctx) -> StaffRole.valueOf(rs.getString("role")))
                .list());
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    @Override
    public List<CohortMembership> membershipsOf(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COHORT_COLUMNS + ", m.relation " + MEMBERSHIPS)
                .bind("user", user.value())
                .map((rs, ctx) -> new CohortMembership(cohort(rs), CohortRelation.valueOf(rs.getString("relation"))))
                .list());
    }

    @Override
    public List<CohortSummary> summariesOf(UserId user, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COHORT_COLUMNS + ", m.relation, " + """
                    (SELECT COUNT(*) FROM ll_participant pa WHERE pa.cohort_id = c.id AND pa.status = 'ACTIVE') AS active,
                    (SELECT COUNT(*) FROM ll_schedule_item s
                     WHERE s.cohort_id = c.id AND s.ends_at IS NOT NULL AND s.starts_at >= :now) AS sessions
                """ + MEMBERSHIPS)
                .bind("user", user.value())
                .bind("now", utc(now))
                .map((rs, ctx) -> new CohortSummary(
                        new CohortMembership(cohort(rs), CohortRelation.valueOf(rs.getString("relation"))),
                        rs.getInt("active"), rs.getInt("sessions")))
                .list());
    }

    @Override
    public void insertSchedule(CohortId id, Programme programme, List<PlannedActivity> plan, String location) {
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO ll_schedule_item
                        (cohort_id, activity_key, module_code, kind, title, starts_at, ends_at, format, location)
                    VALUES (:cohort, :key, :module, :kind, :title, :at, :endsAt, :format, :location)
                    """);
            for (PlannedActivity item : plan) {
                batch.bind("cohort", id.value())
                        .bind("key", item.key().value())
                        .bind("module", item.moduleCode())
                        .bind("kind", item.kind().name())
                        .bind("title", programme.activity(item.key()).orElseThrow().title())
                        .bind("at", utc(item.at()))
                        .bindByType("endsAt", item.endsAt().map(e -> utc(e)).orElse(null), OffsetDateTime.class)
                        .bind("format", item.format().map(Enum::name).orElse(null))
                        .bind("location", item.isSession() ? location : null)
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
                WHERE s.cohort_id IN (SELECT cohort_id FROM ll_cohort_staff WHERE user_id = :user
                                      UNION
                                      SELECT cohort_id FROM ll_participant WHERE user_id = :user AND status = 'ACTIVE')
                ORDER BY COALESCE(o.due_at, s.starts_at), s.id
                """)
                .bind("user", user.value())
                .map((rs, ctx) -> new CalendarEntry(scheduleItem(new CohortId(rs.getLong("cohort_id")), rs), rs.getString("cohort_name")))
                .list());
    }

    private static ScheduleItem scheduleItem(CohortId cohort, ResultSet rs) throws SQLException {
        return new ScheduleItem(new ScheduleItemId(rs.getLong("id")), cohort,
                new ActivityKey(rs.getString("activity_key")), rs.getString("module_code"),
                ActivityKind.valueOf(rs.getString("kind")), rs.getString("title"),
                instant(rs, "starts_at"), optionalInstant(rs, "ends_at"),
                optionalText(rs, "format").map(SessionFormat::valueOf), optionalText(rs, "location"));
    }

    private static Cohort cohort(ResultSet rs) throws SQLException {
        return new Cohort(new CohortId(rs.getLong("id")), new ProgrammeVersionId(rs.getLong("programme_version_id")),
                new ProgrammeId(rs.getString("programme_id")), rs.getString("programme_title"),
                rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                rs.getString("location"), instant(rs, "created_at"));
    }
}
