package nl.leerlijn.praktijk;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.submission.SubmissionId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Duos, outcomes, reflections, werkbegeleiders and their requests in the {@code ll_duo*}, {@code ll_practice_*} tables. */
final class JdbiPracticeRepository {
    private static final String DUOS = """
            SELECT d.id, d.cohort_id, d.activity_key, d.proposed_by, d.confirmed_at, m.participant_id
            FROM ll_duo d JOIN ll_duo_member m ON m.duo_id = d.id
            """;
    private final Jdbi jdbi;

    JdbiPracticeRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    // ---- duos

    List<Duo> duosInCohort(CohortId cohort) {
        return duos(" WHERE d.cohort_id = :cohort ORDER BY d.id, m.participant_id", Map.of("cohort", cohort.value()));
    }

    List<Duo> duosOf(ParticipantId participant) {
        return duos(" WHERE d.id IN (SELECT duo_id FROM ll_duo_member WHERE participant_id = :participant) ORDER BY d.id, m.participant_id",
                Map.of("participant", participant.value()));
    }

    Optional<Duo> duo(DuoId id) {
        return duos(" WHERE d.id = :id ORDER BY m.participant_id", Map.of("id", id.value())).stream().findFirst();
    }

    /** Takes the cohort's row lock, so duos of one cohort change one at a time. */
    void lockCohort(CohortId cohort) {
        jdbi.useHandle(h -> h.createQuery("SELECT id FROM ll_cohort WHERE id = :id FOR UPDATE").bind("id", cohort.value())
                .mapTo(Long.class).findOne());
    }

    DuoId insertDuo(CohortId cohort, ActivityKey activity, List<ParticipantId> members, DuoOrigin origin, Instant at,
            boolean confirmed) {
        return jdbi.withHandle(h -> {
            long id = h.createUpdate("""
                    INSERT INTO ll_duo (cohort_id, activity_key, proposed_by, created_at, confirmed_at)
                    VALUES (:cohort, :activity, :origin, :at, :confirmed)
                    """).bind("cohort", cohort.value()).bind("activity", activity.value()).bind("origin", origin.name())
                    .bind("at", utc(at)).bind("confirmed", confirmed ? utc(at) : null)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            PreparedBatch batch = h.prepareBatch(
                    "INSERT INTO ll_duo_member (duo_id, participant_id, activity_key) VALUES (:duo, :participant, :activity)");
            for (ParticipantId member : members) {
                batch.bind("duo", id).bind("participant", member.value()).bind("activity", activity.value()).add();
            }
            batch.execute();
            return new DuoId(id);
        });
    }

    void deleteDuos(Collection<DuoId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM ll_duo_member WHERE duo_id IN (<ids>)").bindList("ids", ids.stream().map(DuoId::value).toList())
                    .execute();
            h.createUpdate("DELETE FROM ll_duo WHERE id IN (<ids>)").bindList("ids", ids.stream().map(DuoId::value).toList()).execute();
        });
    }

    int confirm(Collection<DuoId> ids, Instant at) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbi.withHandle(h -> h.createUpdate("UPDATE ll_duo SET confirmed_at = :at WHERE confirmed_at IS NULL AND id IN (<ids>)")
                .bind("at", utc(at)).bindList("ids", ids.stream().map(DuoId::value).toList()).execute());
    }

    /** @return the members of the cohort who have any version of the activity (or its plan) */
    List<ParticipantId> withWork(CohortId cohort, Collection<ActivityKey> activities) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT DISTINCT s.participant_id FROM ll_submission s JOIN ll_participant p ON p.id = s.participant_id
                WHERE p.cohort_id = :cohort AND s.activity_key IN (<activities>)
                """).bind("cohort", cohort.value()).bindList("activities", activities.stream().map(ActivityKey::value).toList())
                .map((rs, ctx) -> new ParticipantId(rs.getLong(1))).list());
    }

    private List<Duo> duos(String where, Map<String, Object> parameters) {
        return jdbi.withHandle(h -> {
            Map<Long, DuoRow> rows = new LinkedHashMap<>();
            h.createQuery(DUOS + where).bindMap(parameters).map((rs, ctx) -> {
                DuoRow row = rows.computeIfAbsent(rs.getLong("id"), id -> {
                    try {
                        return new DuoRow(new DuoId(id), new CohortId(rs.getLong("cohort_id")), new ActivityKey(rs.getString("activity_key")),
                                DuoOrigin.valueOf(rs.getString("proposed_by")), optionalInstant(rs, "confirmed_at"), new ArrayList<>());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                row.members().add(new ParticipantId(rs.getLong("participant_id")));
                return row;
            }).list();
            return rows.values().stream().map(r -> new Duo(r.id(), r.cohort(), r.activity(), r.members(), r.origin(), r.confirmedAt()))
                    .toList();
        });
    }

    private record DuoRow(DuoId id, CohortId cohort, ActivityKey activity, DuoOrigin origin, Optional<Instant> confirmedAt,
            List<ParticipantId> members) {
    }

    // ---- outcomes

    void insertOutcomes(String shared, Outcomes outcomes) {
        jdbi.useHandle(h -> {
            h.createUpdate("""
                    INSERT INTO ll_practice_outcome (shared_id, target_group, sessions, reached, client_voices)
                    VALUES (:shared, :target, :sessions, :reached, :voices)
                    """).bind("shared", shared).bind("target", outcomes.targetGroup())
                    .bind("sessions", outcomes.sessions().isPresent() ? outcomes.sessions().getAsInt() : null)
                    .bind("reached", outcomes.participantsReached().isPresent() ? outcomes.participantsReached().getAsInt() : null)
                    .bind("voices", outcomes.clientVoices()).execute();
            if (!outcomes.measures().isEmpty()) {
                PreparedBatch batch = h.prepareBatch("""
                        INSERT INTO ll_practice_measure (shared_id, position, name, measure_value) VALUES (:shared, :position, :name, :value)
                        """);
                for (int i = 0; i < outcomes.measures().size(); i++) {
                    Measure m = outcomes.measures().get(i);
                    batch.bind("shared", shared).bind("position", i).bind("name", m.name()).bind("value", m.value()).add();
                }
                batch.execute();
            }
        });
    }

    /** @return the outcomes stored under these keys, by key; two queries */
    Map<String, Outcomes> outcomes(Collection<String> shared) {
        if (shared.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> {
            Map<String, List<Measure>> measures = new LinkedHashMap<>();
            h.createQuery("SELECT * FROM ll_practice_measure WHERE shared_id IN (<shared>) ORDER BY shared_id, position")
                    .bindList("shared", List.copyOf(shared))
                    .map((rs, ctx) -> measures.computeIfAbsent(rs.getString("shared_id"), k -> new ArrayList<>())
                            .add(new Measure(rs.getString("name"), rs.getString("measure_value")))).list();
            Map<String, Outcomes> found = new LinkedHashMap<>();
            h.createQuery("SELECT * FROM ll_practice_outcome WHERE shared_id IN (<shared>)").bindList("shared", List.copyOf(shared))
                    .map((rs, ctx) -> found.put(rs.getString("shared_id"), new Outcomes(rs.getString("target_group"),
                            optionalInt(rs, "sessions"), optionalInt(rs, "reached"),
                            measures.getOrDefault(rs.getString("shared_id"), List.of()), rs.getString("client_voices")))).list();
            return found;
        });
    }

    /** @return the outcomes of every report version in the cohort, by shared key; two queries */
    Map<String, Outcomes> outcomesInCohort(CohortId cohort) {
        List<String> keys = jdbi.withHandle(h -> h.createQuery("""
                SELECT o.shared_id FROM ll_practice_outcome o WHERE o.shared_id IN (
                    SELECT COALESCE(s.shared_id, CONCAT('version-', CAST(s.id AS VARCHAR(20)))) FROM ll_submission s
                    JOIN ll_participant p ON p.id = s.participant_id WHERE p.cohort_id = :cohort)
                """).bind("cohort", cohort.value()).mapTo(String.class).list());
        return outcomes(keys);
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    // ---- reflections and werkbegeleiders

    void saveReflection(ParticipantId participant, ActivityKey activity, String text, Instant at) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("""
                    UPDATE ll_practice_reflection SET text_content = :text, updated_at = :at
                    WHERE participant_id = :participant AND activity_key = :activity
                    """).bind("text", text).bind("at", utc(at)).bind("participant", participant.value()).bind("activity", activity.value())
                    .execute();
            if (updated == 0) {
                h.createUpdate("""
                        INSERT INTO ll_practice_reflection (participant_id, activity_key, text_content, updated_at)
                        VALUES (:participant, :activity, :text, :at)
                        """).bind("text", text).bind("at", utc(at)).bind("participant", participant.value())
                        .bind("activity", activity.value()).execute();
            }
        });
    }

    /** @return the participants' reflections, by participant and activity */
    Map<ParticipantId, Map<ActivityKey, String>> reflections(Collection<ParticipantId> participants) {
        if (participants.isEmpty()) {
            return Map.of();
        }
        Map<ParticipantId, Map<ActivityKey, String>> found = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT * FROM ll_practice_reflection WHERE participant_id IN (<ids>)")
                .bindList("ids", participants.stream().map(ParticipantId::value).toList())
                .map((rs, ctx) -> found.computeIfAbsent(new ParticipantId(rs.getLong("participant_id")), k -> new LinkedHashMap<>())
                        .put(new ActivityKey(rs.getString("activity_key")), rs.getString("text_content"))).list());
        return found;
    }

    void saveSupervisor(ParticipantId participant, ActivityKey activity, Supervisor s, Instant at) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM ll_practice_supervisor WHERE participant_id = :participant AND activity_key = :activity")
                    .bind("participant", participant.value()).bind("activity", activity.value()).execute();
            h.createUpdate("""
                    INSERT INTO ll_practice_supervisor (participant_id, activity_key, name, email, organisation, job_title, updated_at)
                    VALUES (:participant, :activity, :name, :email, :organisation, :function, :at)
                    """).bind("participant", participant.value()).bind("activity", activity.value()).bind("name", s.name())
                    .bind("email", s.email()).bind("organisation", s.organisation()).bind("function", s.function()).bind("at", utc(at))
                    .execute();
        });
    }

    Map<ActivityKey, Supervisor> supervisors(ParticipantId participant) {
        Map<ActivityKey, Supervisor> found = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT * FROM ll_practice_supervisor WHERE participant_id = :participant")
                .bind("participant", participant.value())
                .map((rs, ctx) -> found.put(new ActivityKey(rs.getString("activity_key")), new Supervisor(rs.getString("name"),
                        rs.getString("email"), rs.getString("organisation"), rs.getString("job_title")))).list());
        return found;
    }

    // ---- requests to werkbegeleiders

    void insertRequest(SupervisorRequest r) {
        jdbi.useHandle(h -> {
            h.createUpdate("UPDATE ll_supervisor_request SET replaced_at = :at WHERE shared_id = :shared AND replaced_at IS NULL AND decided_at IS NULL")
                    .bind("at", utc(r.createdAt())).bind("shared", r.shared()).execute();
            h.createUpdate("""
                    INSERT INTO ll_supervisor_request (id, submission_id, shared_id, participant_id, name, email, organisation,
                        job_title, created_at, expires_at)
                    VALUES (:id, :submission, :shared, :participant, :name, :email, :organisation, :function, :created, :expires)
                    """).bind("id", r.id()).bind("submission", r.submission().value()).bind("shared", r.shared())
                    .bind("participant", r.requestedBy().value()).bind("name", r.supervisor().name()).bind("email", r.supervisor().email())
                    .bind("organisation", r.supervisor().organisation()).bind("function", r.supervisor().function())
                    .bind("created", utc(r.createdAt())).bind("expires", utc(r.expiresAt())).execute();
        });
    }

    Optional<SupervisorRequest> request(String id) {
        return requests(" WHERE id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Takes the request's row lock until the transaction ends. */
    Optional<SupervisorRequest> lockRequest(String id) {
        return requests(" WHERE id = :id FOR UPDATE", Map.of("id", id)).stream().findFirst();
    }

    /** @return the requests about these versions (by shared key), oldest first */
    List<SupervisorRequest> requests(Collection<String> shared) {
        if (shared.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_supervisor_request WHERE shared_id IN (<shared>) ORDER BY created_at, id")
                .bindList("shared", List.copyOf(shared)).map((rs, ctx) -> request(rs)).list());
    }

    /** @return every request made in the cohort, oldest first */
    List<SupervisorRequest> requestsInCohort(CohortId cohort) {
        return requests(" WHERE participant_id IN (SELECT id FROM ll_participant WHERE cohort_id = :cohort) ORDER BY created_at, id",
                Map.of("cohort", cohort.value()));
    }

    boolean decide(String id, Decision decision, String remark, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ll_supervisor_request SET decision = :decision, remark = :remark, decided_at = :at
                WHERE id = :id AND decided_at IS NULL AND replaced_at IS NULL
                """).bind("decision", decision.name()).bind("remark", remark).bind("at", utc(at)).bind("id", id).execute() == 1);
    }

    private List<SupervisorRequest> requests(String where, Map<String, Object> parameters) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_supervisor_request" + where).bindMap(parameters)
                .map((rs, ctx) -> request(rs)).list());
    }

    private static SupervisorRequest request(ResultSet rs) throws SQLException {
        return new SupervisorRequest(rs.getString("id"), new SubmissionId(rs.getLong("submission_id")), rs.getString("shared_id"),
                new ParticipantId(rs.getLong("participant_id")), new Supervisor(rs.getString("name"), rs.getString("email"),
                        rs.getString("organisation"), rs.getString("job_title")),
                instant(rs, "created_at"), instant(rs, "expires_at"), optionalInstant(rs, "replaced_at"),
                optionalInstant(rs, "decided_at"), Optional.ofNullable(rs.getString("decision")).map(Decision::valueOf),
                Optional.ofNullable(rs.getString("remark")).orElse(""));
    }
}
