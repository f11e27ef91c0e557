package nl.leerlijn.submission;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.optionalText;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Versions and their files in {@code ll_submission} and {@code ll_submission_file}; orphans in {@code ll_upload_orphan}. */
final class JdbiSubmissionRepository {
    private static final String SELECT = """
            SELECT s.id, s.participant_id, s.activity_key, s.version, s.state, s.text_content, s.created_at,
                   s.submitted_at, s.late, s.shared_id, s.uploaded_by, f.file_order, f.file_name, f.sha256, f.size_bytes, f.media_type
            FROM ll_submission s LEFT JOIN ll_submission_file f ON f.submission_id = s.id
            """;
    private static final String SUMMARY = """
            SELECT s.id, s.participant_id, s.activity_key, s.version, s.state, s.created_at, s.submitted_at, s.late,
                   CASE WHEN s.text_content IS NULL THEN FALSE ELSE TRUE END AS has_text
            FROM ll_submission s
            """;

    private final Jdbi jdbi;

    JdbiSubmissionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Takes the participant's row lock until the transaction ends, so their versions are numbered one at a time. */
    void lockParticipant(ParticipantId participant) {
        jdbi.useHandle(h -> h.createQuery("SELECT id FROM ll_participant WHERE id = :id FOR UPDATE")
                .bind("id", participant.value()).mapTo(Long.class).findOne());
    }

    Optional<Submission> byIdempotencyKey(ParticipantId participant, String key) {
        return load(" WHERE s.participant_id = :participant AND s.idempotency_key = :key ORDER BY s.id, f.file_order",
                Map.of("participant", participant.value(), "key", key)).stream().findFirst();
    }

    void lockCopies(String shared) {
        jdbi.useHandle(h -> h.createQuery("SELECT id FROM ll_submission WHERE shared_id = :shared ORDER BY id FOR UPDATE")
                .bind("shared", shared).mapTo(Long.class).list());
    }

    /** @return the copies of one upload of a duo's work, one per member, in member order */
    List<Submission> copies(String shared) {
        return load(" WHERE s.shared_id = :shared ORDER BY s.participant_id, f.file_order", Map.of("shared", shared));
    }

    Optional<Submission> find(SubmissionId id) {
        return load(" WHERE s.id = :id ORDER BY f.file_order", Map.of("id", id.value())).stream().findFirst();
    }

    List<Submission> versions(ParticipantId participant, ActivityKey activity) {
        return load(" WHERE s.participant_id = :participant AND s.activity_key = :activity ORDER BY s.version, f.file_order",
                Map.of("participant", participant.value(), "activity", activity.value()));
    }

    List<Submission> allOf(ParticipantId participant) {
        return load(" WHERE s.participant_id = :participant ORDER BY s.activity_key, s.version, f.file_order",
                Map.of("participant", participant.value()));
    }

    List<Submission> allInCohort(CohortId cohort) {
        return load(" JOIN ll_participant p ON p.id = s.participant_id WHERE p.cohort_id = :cohort"
                + " ORDER BY s.participant_id, s.activity_key, s.version, f.file_order", Map.of("cohort", cohort.value()));
    }

    /** @return every version in the cohort, without text and files, per participant and activity in version order */
    List<VersionSummary> summariesInCohort(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery(SUMMARY + """
                JOIN ll_participant p ON p.id = s.participant_id WHERE p.cohort_id = :cohort
                ORDER BY s.participant_id, s.activity_key, s.version
                """).bind("cohort", cohort.value()).map((rs, ctx) -> summary(rs)).list());
    }

    /** @return the participant's versions, without text and files, per activity in version order */
    List<VersionSummary> summariesOf(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery(SUMMARY + " WHERE s.participant_id = :participant ORDER BY s.activity_key, s.version")
                .bind("participant", participant.value()).map((rs, ctx) -> summary(rs)).list());
    }

    SubmissionId insert(ParticipantId participant, ActivityKey activity, int version, Optional<String> text, String key,
            Instant at, List<SubmittedFile> files, Optional<String> shared, Optional<ParticipantId> uploadedBy) {
        return jdbi.withHandle(h -> {
            long id = h.createUpdate("""
                    INSERT INTO ll_submission (participant_id, activity_key, version, state, text_content, idempotency_key,
                        created_at, late, shared_id, uploaded_by)
                    VALUES (:participant, :activity, :version, 'DRAFT', :text, :key, :at, FALSE, :shared, :by)
                    """)
                    .bind("participant", participant.value()).bind("activity", activity.value()).bind("version", version)
                    .bind("text", text.orElse(null)).bind("key", key).bind("at", utc(at)).bind("shared", shared.orElse(null))
                    .bind("by", uploadedBy.map(ParticipantId::value).orElse(null))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            if (!files.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("""
                        INSERT INTO ll_submission_file (submission_id, file_order, file_name, sha256, size_bytes, media_type)
                        VALUES (:submission, :order, :name, :sha, :size, :type)
                        """);
                for (int i = 0; i < files.size(); i++) {
                    SubmittedFile file = files.get(i);
                    batch.bind("submission", id).bind("order", i).bind("name", file.name()).bind("sha", file.sha256())
                            .bind("size", file.size()).bind("type", file.type().name()).add();
                }
                batch.execute();
            }
            return new SubmissionId(id);
        });
    }

    void markSubmitted(SubmissionId id, Instant at, boolean late) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_submission SET state = 'SUBMITTED', submitted_at = :at, late = :late WHERE id = :id")
                .bind("at", utc(at)).bind("late", late).bind("id", id.value()).execute());
    }

    /** Opens a revision of each handed-in version that had none opened before; one statement, however many. */
    void openRevisions(List<SubmissionId> assessed, Instant openedAt, Instant until, UserId by) {
        if (assessed.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO ll_revision (submission_id, participant_id, activity_key, opened_at, open_until, opened_by)
                    SELECT s.id, s.participant_id, s.activity_key, :opened, :until, :by FROM ll_submission s
                    WHERE s.id = :submission AND NOT EXISTS (SELECT 1 FROM ll_revision WHERE submission_id = :submission)
                    """);
            assessed.forEach(id -> batch.bind("submission", id.value()).bind("opened", utc(openedAt)).bind("until", utc(until))
                    .bind("by", by.value()).add());
            batch.execute();
        });
    }

    /** @return the participant's revisions, oldest first */
    List<Revision> revisionsOf(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_revision WHERE participant_id = :participant ORDER BY opened_at")
                .bind("participant", participant.value()).map((rs, ctx) -> revision(rs)).list());
    }

    /** @return the revisions of every participant of the cohort, oldest first */
    List<Revision> revisionsInCohort(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT r.* FROM ll_revision r JOIN ll_participant p ON p.id = r.participant_id WHERE p.cohort_id = :cohort
                ORDER BY r.opened_at
                """).bind("cohort", cohort.value()).map((rs, ctx) -> revision(rs)).list());
    }

    void recordOrphans(List<String> shas, Instant at) {
        if (shas.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO ll_upload_orphan (sha256, recorded_at)
                    SELECT :sha, :at
                    WHERE NOT EXISTS (SELECT 1 FROM ll_upload_orphan WHERE sha256 = :sha)
                    """);
            shas.stream().distinct().forEach(sha -> batch.bind("sha", sha).bind("at", utc(at)).add());
            batch.execute();
        });
    }

    List<String> orphansRecordedBefore(Instant moment) {
        return jdbi.withHandle(h -> h.createQuery("SELECT sha256 FROM ll_upload_orphan WHERE recorded_at < :moment")
                .bind("moment", utc(moment)).mapTo(String.class).list());
    }

    boolean isReferenced(String sha) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ll_submission_file WHERE sha256 = :sha")
                .bind("sha", sha).mapTo(Integer.class).one()) > 0;
    }

    void forgetOrphan(String sha) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM ll_upload_orphan WHERE sha256 = :sha").bind("sha", sha).execute());
    }

    private List<Submission> load(String where, Map<String, Object> parameters) {
        return jdbi.withHandle(h -> {
            Map<Long, Row> rows = new LinkedHashMap<>();
            h.createQuery(SELECT + where).bindMap(parameters).map((rs, ctx) -> {
                Row row = rows.containsKey(rs.getLong("id")) ? rows.get(rs.getLong("id")) : row(rs);
                rows.putIfAbsent(row.id().value(), row);
                if (rs.getString("sha256") != null) {
                    row.files.add(new SubmittedFile(rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
                            DocumentType.valueOf(rs.getString("media_type"))));
                }
                return row;
            }).list();
            return rows.values().stream().map(Row::submission).toList();
        });
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(new SubmissionId(rs.getLong("id")), new ParticipantId(rs.getLong("participant_id")),
                new ActivityKey(rs.getString("activity_key")), rs.getInt("version"),
                SubmissionState.valueOf(rs.getString("state")), optionalText(rs, "text_content"),
                instant(rs, "created_at"), optionalInstant(rs, "submitted_at"), rs.getBoolean("late"), optionalText(rs, "shared_id"),
                Optional.ofNullable((Long) rs.getObject("uploaded_by", Long.class)).map(ParticipantId::new), new ArrayList<>());
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(new SubmissionId(rs.getLong("submission_id")), new ParticipantId(rs.getLong("participant_id")),
                new ActivityKey(rs.getString("activity_key")), instant(rs, "opened_at"), instant(rs, "open_until"),
                new UserId(rs.getString("opened_by")));
    }

    private static VersionSummary summary(ResultSet rs) throws SQLException {
        return new VersionSummary(new SubmissionId(rs.getLong("id")), new ParticipantId(rs.getLong("participant_id")),
                new ActivityKey(rs.getString("activity_key")), rs.getInt("version"), SubmissionState.valueOf(rs.getString("state")),
                instant(rs, "created_at"), optionalInstant(rs, "submitted_at"), rs.getBoolean("late"), rs.getBoolean("has_text"));
    }

    private record Row(SubmissionId id, ParticipantId participant, ActivityKey activity, int version, SubmissionState state,
            Optional<String> text, Instant createdAt, Optional<Instant> submittedAt, boolean late, Optional<String> shared,
            Optional<ParticipantId> uploadedBy, List<SubmittedFile> files) {
        Submission submission() {
            return new Submission(id, participant, activity, version, state, text, files, createdAt, submittedAt, late, shared,
                    uploadedBy);
        }
    }
}
