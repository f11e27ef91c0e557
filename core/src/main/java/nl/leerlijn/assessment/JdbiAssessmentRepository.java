package nl.leerlijn.assessment;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.optionalText;
import static nl.leerlijn.database.Columns.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.submission.SubmissionId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** Assessments, markings and the result audit trail. */
final class JdbiAssessmentRepository {
    /** The name of whoever made a change, as staff of the cohort of the assessed work (kept after they left it). */
    /** The name kept with the row; for rows from before it was kept, the name from the cohort's team. */
    private static final String ACTOR_NAME = """
            COALESCE(r.actor_name,
                (SELECT MAX(cs.display_name) FROM ll_cohort_staff cs WHERE cs.cohort_id = pa.cohort_id AND cs.user_id = r.actor_id))
            """;
    private static final String AUDIT = """
            INSERT INTO ll_result_audit (assessment_id, actor_id, actor_name, happened_at, change_kind, old_value, new_value, reason)
            VALUES (:a, :actor, :actorName, :at, :kind, :old, :new, :reason)
            """;

    private final Jdbi jdbi;
    private final ObjectMapper json = new ObjectMapper();

    JdbiAssessmentRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The assessment row as stored. */
    record Row(long id, SubmissionId submission, String rubricId, AssessmentState state, Map<String, Integer> agreedLevels,
            Map<String, String> agreedComments, Optional<String> agreedResult, Optional<String> agreedFeedback, boolean revisionRequested,
            Optional<Instant> releasedAt, int version) {
    }

    /** @return the assessment of the version, locked until the transaction ends */
    Optional<Row> lockBySubmission(SubmissionId submission) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_assessment WHERE submission_id = :submission FOR UPDATE")
                .bind("submission", submission.value()).map((rs, ctx) -> row(rs)).findOne());
    }

    Optional<Row> bySubmission(SubmissionId submission) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_assessment WHERE submission_id = :submission")
                .bind("submission", submission.value()).map((rs, ctx) -> row(rs)).findOne());
    }

    /** @return the new assessment of the version, in marking */
    Row insert(SubmissionId submission, String rubricId) {
        long id = jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO ll_assessment (submission_id, rubric_id, state, row_version) VALUES (:submission, :rubric, 'IN_MARKING', 1)
                """).bind("submission", submission.value()).bind("rubric", rubricId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Row(id, submission, rubricId, AssessmentState.IN_MARKING, Map.of(), Map.of(), Optional.empty(), Optional.empty(),
                false, Optional.empty(), 1);
    }

    Map<AssessorRole, Marking> markings(long assessment) {
        Map<AssessorRole, Marking> markings = new EnumMap<>(AssessorRole.class);
        jdbi.useHandle(h -> h.createQuery("SELECT * FROM ll_marking WHERE assessment_id = :assessment").bind("assessment", assessment)
                .map((rs, ctx) -> marking(rs)).forEach(m -> markings.put(m.role(), m)));
        return markings;
    }

    /** @return whether it was saved: false when the stored version is not {@code marking.version() - 1} */
    boolean saveMarking(long assessment, Marking marking) {
        return jdbi.withHandle(h -> {
            if (marking.version() == 1) {
                return h.createUpdate("""
                        INSERT INTO ll_marking (assessment_id, assessor_role, assessor_id, levels, comments, feedback, done,
                            row_version, updated_at)
                        SELECT :a, :role, :assessor, :levels, :comments, :feedback, :done, 1, :at
                        WHERE NOT EXISTS (SELECT 1 FROM ll_marking WHERE assessment_id = :a AND assessor_role = :role)
                        """).bindMap(values(assessment, marking)).execute() == 1;
            }
            return h.createUpdate("""
                    UPDATE ll_marking SET assessor_id = :assessor, levels = :levels, comments = :comments, feedback = :feedback,
                        done = :done, row_version = :version, updated_at = :at
                    WHERE assessment_id = :a AND assessor_role = :role AND row_version = :previous
                    """).bindMap(values(assessment, marking)).bind("version", marking.version())
                    .bind("previous", marking.version() - 1).execute() == 1;
        });
    }

    void setState(long assessment, AssessmentState state) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_assessment SET state = :state, row_version = row_version + 1 WHERE id = :id")
                .bind("state", state.name()).bind("id", assessment).execute());
    }

    /** @param result the agreed result as the audit trail writes it, e.g. {@code 7.5} or {@code VOLDOENDE} */
    void agree(long assessment, Agreement agreement, String result) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE ll_assessment SET state = 'AGREED', agreed_levels = :levels, agreed_points = :points, agreed_result = :result,
                    agreed_comments = :comments, agreed_feedback = :feedback, revision_requested = :revision, released_at = NULL,
                    row_version = row_version + 1
                WHERE id = :id
                """).bind("levels", write(agreement.levels())).bind("points", agreement.score().points()).bind("result", result)
                .bind("comments", write(agreement.comments())).bind("feedback", agreement.feedback())
                .bind("revision", agreement.revisionRequested()).bind("id", assessment).execute());
    }

    /** @return the cohort's agreed, unreleased assessments, locked until the transaction ends */
    List<Row> lockAgreedIn(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT * FROM ll_assessment WHERE state = 'AGREED' AND submission_id IN (
                    SELECT su.id FROM ll_submission su JOIN ll_participant pa ON pa.id = su.participant_id WHERE pa.cohort_id = :cohort)
                ORDER BY id FOR UPDATE
                """).bind("cohort", cohort.value()).map((rs, ctx) -> row(rs)).list());
    }

    /** @return every assessment in the cohort */
    List<Row> inCohort(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT a.* FROM ll_assessment a JOIN ll_submission su ON su.id = a.submission_id
                JOIN ll_participant pa ON pa.id = su.participant_id WHERE pa.cohort_id = :cohort
                """).bind("cohort", cohort.value()).map((rs, ctx) -> row(rs)).list());
    }

    /** @return every assessment of the participant's work */
    List<Row> of(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT a.* FROM ll_assessment a JOIN ll_submission su ON su.id = a.submission_id
                WHERE su.participant_id = :participant ORDER BY su.activity_key, su.version
                """).bind("participant", participant.value()).map((rs, ctx) -> row(rs)).list());
    }

    /** @return the cohort's handed-in versions with where their assessment stands, oldest hand-in first */
    List<QueueEntry> queue(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT su.id, su.participant_id, pa.display_name, su.activity_key, su.version, su.submitted_at, su.late, a.state,
                       m1.done AS first_done, m2.done AS second_done
                FROM ll_submission su
                JOIN ll_participant pa ON pa.id = su.participant_id
                LEFT JOIN ll_assessment a ON a.submission_id = su.id
                LEFT JOIN ll_marking m1 ON m1.assessment_id = a.id AND m1.assessor_role = 'FIRST'
                LEFT JOIN ll_marking m2 ON m2.assessment_id = a.id AND m2.assessor_role = 'SECOND'
                WHERE pa.cohort_id = :cohort AND su.state = 'SUBMITTED'
                ORDER BY su.submitted_at, su.id
                """).bind("cohort", cohort.value()).map((rs, ctx) -> new QueueEntry(new SubmissionId(rs.getLong("id")),
                        new ParticipantId(rs.getLong("participant_id")), rs.getString("display_name"),
                        new ActivityKey(rs.getString("activity_key")), rs.getInt("version"), instant(rs, "submitted_at"),
                        rs.getBoolean("late"), optionalText(rs, "state").map(AssessmentState::valueOf).orElse(AssessmentState.NOT_STARTED),
                        rs.getBoolean("first_done"), rs.getBoolean("second_done"))).list());
    }

    /** @return every change to a result in the cohort, oldest first */
    /** @param hiddenWhileMarking a kind of row to leave out for assessments whose markings are still open */
    List<AuditRecord> auditOfCohort(CohortId cohort, Optional<String> hiddenWhileMarking) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.*, su.id AS submission_id, su.activity_key, su.version, pa.display_name, "
                + ACTOR_NAME + """
                 AS actor_name
                FROM ll_result_audit r
                JOIN ll_assessment a ON a.id = r.assessment_id
                JOIN ll_submission su ON su.id = a.submission_id
                JOIN ll_participant pa ON pa.id = su.participant_id
                WHERE pa.cohort_id = :cohort
                  AND NOT (r.change_kind = :hidden AND a.state = :marking)
                ORDER BY r.happened_at, r.id
                """).bind("cohort", cohort.value()).bind("hidden", hiddenWhileMarking.orElse(""))
                .bind("marking", AssessmentState.IN_MARKING.name()).map((rs, ctx) -> new AuditRecord(new SubmissionId(rs.getLong("submission_id")),
                        rs.getString("display_name"), new ActivityKey(rs.getString("activity_key")), rs.getInt("version"),
                        auditEntry(rs))).list());
    }

    /** @return every change to the result of one assessment, oldest first */
    List<AuditEntry> audit(long assessment) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.*, " + ACTOR_NAME + """
                 AS actor_name
                FROM ll_result_audit r
                JOIN ll_assessment a ON a.id = r.assessment_id
                JOIN ll_submission su ON su.id = a.submission_id
                JOIN ll_participant pa ON pa.id = su.participant_id
                WHERE r.assessment_id = :a ORDER BY r.happened_at, r.id
                """).bind("a", assessment).map((rs, ctx) -> auditEntry(rs)).list());
    }

    /** Releases the agreed results and records each release in the audit trail; two statements, however many. */
    void release(List<Row> agreed, Actor actor, Instant at) {
        if (agreed.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch released = h.prepareBatch("""
                    UPDATE ll_assessment SET state = 'RELEASED', released_at = :at, row_version = row_version + 1 WHERE id = :id
                    """);
            PreparedBatch audited = h.prepareBatch(AUDIT);
            agreed.forEach(row -> {
                released.bind("at", utc(at)).bind("id", row.id()).add();
                audit(audited, row.id(), actor, at, "RELEASED", null, row.agreedResult().orElse(null), null).add();
            });
            released.execute();
            audited.execute();
        });
    }

    void audit(long assessment, Actor actor, Instant at, String kind, String oldValue, String newValue, String reason) {
        jdbi.useHandle(h -> audit(h.createUpdate(AUDIT), assessment, actor, at, kind, oldValue, newValue, reason).execute());
    }

    private static <T extends SqlStatement<T>> T audit(T statement, long assessment, Actor actor, Instant at, String kind,
            String oldValue, String newValue, String reason) {
        return statement.bind("a", assessment).bind("actor", actor.userId().value()).bind("actorName", actor.displayName())
                .bind("at", utc(at)).bind("kind", kind)
                .bind("old", oldValue).bind("new", newValue).bind("reason", reason);
    }

    /**
     * @return per cohort the person is staff of, how many pieces of work are handed in and wait for their result: the
     *     latest handed-in version of a participant's work, not released yet
     */
    Map<CohortId, Integer> openPerCohort(UserId staff) {
        Map<CohortId, Integer> open = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("""
                SELECT pa.cohort_id, COUNT(*) AS open_count
                FROM ll_submission su
                JOIN ll_participant pa ON pa.id = su.participant_id
                LEFT JOIN ll_assessment a ON a.submission_id = su.id
                WHERE su.state = 'SUBMITTED' AND (a.id IS NULL OR a.state <> 'RELEASED')
                  AND su.version = (SELECT MAX(s2.version) FROM ll_submission s2
                                    WHERE s2.participant_id = su.participant_id AND s2.activity_key = su.activity_key
                                      AND s2.state = 'SUBMITTED')
                  AND pa.cohort_id IN (SELECT cohort_id FROM ll_cohort_staff WHERE user_id = :user AND removed_at IS NULL)
                GROUP BY pa.cohort_id
                """).bind("user", staff.value())
                .map((rs, ctx) -> open.put(new CohortId(rs.getLong("cohort_id")), rs.getInt("open_count"))).list());
        return open;
    }

    private static AuditEntry auditEntry(ResultSet rs) throws SQLException {
        UserId actor = new UserId(rs.getString("actor_id"));
        return new AuditEntry(actor, optionalText(rs, "actor_name").orElse(actor.value()), instant(rs, "happened_at"),
                rs.getString("change_kind"), optionalText(rs, "old_value"), optionalText(rs, "new_value"), optionalText(rs, "reason"));
    }

    private Map<String, Object> values(long assessment, Marking marking) {
        Map<String, Object> values = new HashMap<>();
        values.put("a", assessment);
        values.put("role", marking.role().name());
        values.put("assessor", marking.assessor().value());
        values.put("levels", write(marking.levels()));
        values.put("comments", write(marking.comments()));
        values.put("feedback", marking.feedback());
        values.put("done", marking.done());
        values.put("at", utc(marking.updatedAt()));
        return values;
    }

    private Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), new SubmissionId(rs.getLong("submission_id")), rs.getString("rubric_id"),
                AssessmentState.valueOf(rs.getString("state")), read(rs.getString("agreed_levels"), new TypeReference<>() { }),
                read(rs.getString("agreed_comments"), new TypeReference<Map<String, String>>() { }), optionalText(rs, "agreed_result"),
                optionalText(rs, "agreed_feedback"), rs.getBoolean("revision_requested"), optionalInstant(rs, "released_at"),
                rs.getInt("row_version"));
    }

    private Marking marking(ResultSet rs) throws SQLException {
        return new Marking(AssessorRole.valueOf(rs.getString("assessor_role")), new UserId(rs.getString("assessor_id")),
                read(rs.getString("levels"), new TypeReference<Map<String, Integer>>() { }),
                read(rs.getString("comments"), new TypeReference<Map<String, String>>() { }),
                optionalText(rs, "feedback").orElse(""), rs.getBoolean("done"), rs.getInt("row_version"), instant(rs, "updated_at"));
    }

    private String write(Map<String, ?> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException("A map of strings always writes as JSON", e);
        }
    }

    private <T> Map<String, T> read(String text, TypeReference<Map<String, T>> type) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException("Stored marking is not readable: " + text, e);
        }
    }
}
