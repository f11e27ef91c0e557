package nl.leerlijn.cohort;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Relation;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.ProgrammeId;
import nl.leerlijn.curriculum.ProgrammeVersionId;
import org.jdbi.v3.core.Jdbi;

final class JdbiCohortRepository implements CohortRepository {
    /** A person's cohorts: as staff (their role) and as participant; bind {@code :user}. */
    private static final String MEMBERSHIPS = """
            FROM (SELECT cohort_id, role AS relation FROM ll_cohort_staff WHERE user_id = :user AND removed_at IS NULL
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
    public boolean addStaffUnlessRemoved(StaffMember member, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO ll_cohort_staff (cohort_id, user_id, role, display_name, assigned_at)
                SELECT :cohort, :user, :role, :name, :at WHERE NOT EXISTS (
                    SELECT 1 FROM ll_cohort_staff WHERE cohort_id = :cohort AND user_id = :user AND role = :role)
                """)
                .bind("cohort", member.cohortId().value()).bind("user", member.userId().value()).bind("role", member.role().name())
                .bind("name", member.displayName()).bind("at", utc(at)).execute() == 1);
    }

    @Override
    public boolean addStaff(StaffMember member, Instant at) {
        return jdbi.withHandle(h -> {
            Optional<Boolean> removed = h.createQuery("""
                    SELECT removed_at IS NOT NULL FROM ll_cohort_staff WHERE cohort_id = :cohort AND user_id = :user AND role = :role
                    """)
                    .bind("cohort", member.cohortId().value()).bind("user", member.userId().value()).bind("role", member.role().name())
                    .mapTo(Boolean.class).findOne();
            if (removed.isPresent()) {
                return removed.get() && h.createUpdate("""
                        UPDATE ll_cohort_staff SET removed_at = NULL, removed_by = NULL, display_name = :name, assigned_at = :at
                        WHERE cohort_id = :cohort AND user_id = :user AND role = :role
                        """)
                        .bind("name", member.displayName()).bind("at", utc(at)).bind("cohort", member.cohortId().value())
                        .bind("user", member.userId().value()).bind("role", member.role().name()).execute() == 1;
            }
            return h.createUpdate("""
                    INSERT INTO ll_cohort_staff (cohort_id, user_id, role, display_name, assigned_at)
                    VALUES (:cohort, :user, :role, :name, :at)
                    """)
                    .bind("cohort", member.cohortId().value()).bind("user", member.userId().value()).bind("role", member.role().name())
                    .bind("name", member.displayName()).bind("at", utc(at)).execute() == 1;
        });
    }

    @Override
    public boolean removeStaff(CohortId cohort, UserId user, StaffRole role, UserId by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ll_cohort_staff SET removed_at = :at, removed_by = :by
                WHERE cohort_id = :cohort AND user_id = :user AND role = :role AND removed_at IS NULL
                """)
                .bind("at", utc(at)).bind("by", by.value()).bind("cohort", cohort.value()).bind("user", user.value())
                .bind("role", role.name()).execute() == 1);
    }

    @Override
    public List<StaffMember> staff(CohortId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT user_id, display_name, role FROM ll_cohort_staff
                WHERE cohort_id = :cohort AND removed_at IS NULL ORDER BY role, display_name
                """)
                .bind("cohort", id.value())
                .map((rs, ctx) -> new StaffMember(id, new UserId(rs.getString("user_id")),
                        rs.getString("display_name"), StaffRole.valueOf(rs.getString("role"))))
                .list());
    }

    @Override
    public List<CohortMembership> membershipsOf(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COHORT_COLUMNS + ", m.relation " + MEMBERSHIPS)
                .bind("user", user.value())
                .map((rs, ctx) -> new CohortMembership(cohort(rs), Relation.valueOf(rs.getString("relation"))))
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
                        new CohortMembership(cohort(rs), Relation.valueOf(rs.getString("relation"))),
                        rs.getInt("active"), rs.getInt("sessions")))
                .list());
    }

    static Cohort cohort(ResultSet rs) throws SQLException {
        return new Cohort(new CohortId(rs.getLong("id")), new ProgrammeVersionId(rs.getLong("programme_version_id")),
                new ProgrammeId(rs.getString("programme_id")), rs.getString("programme_title"),
                rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                rs.getString("location"), instant(rs, "created_at"));
    }
}
