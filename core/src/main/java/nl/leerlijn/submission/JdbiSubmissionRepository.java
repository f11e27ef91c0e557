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
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.curriculum.ActivityKey;
import org.jdbi.v3.core.Jdbi;

/** Versions and their files in {@code ll_submission} and {@code ll_submission_file}; orphans in {@code ll_upload_orphan}. */
final class JdbiSubmissionRepository {
    private static final String SELECT = """
            SELECT s.id, s.participant_id, s.activity_key, s.version, s.state, s.text_content, s.created_at,
                   s.submitted_at, s.late, f.file_order, f.file_name, f.sha256, f.size_bytes, f.media_type
            FROM ll_submission s LEFT JOIN ll_submission_file f ON f.submission_id = s.id
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

    SubmissionId insert(ParticipantId participant, ActivityKey activity, int version, Optional<String> text, String key,
            Instant at, List<SubmittedFile> files) {
        return jdbi.withHandle(h -> {
            long id = h.createUpdate("""
                    INSERT INTO ll_submission (participant_id, activity_key, version, state, text_content, idempotency_key,
                        created_at, late)
                    VALUES (:participant, :activity, :version, 'DRAFT', :text, :key, :at, FALSE)
                    """)
                    .bind("participant", participant.value()).bind("activity", activity.value()).bind("version", version)
                    .bind("text", text.orElse(null)).bind("key", key).bind("at", utc(at))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (int i = 0; i < files.size(); i++) {
                SubmittedFile file = files.get(i);
                h.createUpdate("""
                        INSERT INTO ll_submission_file (submission_id, file_order, file_name, sha256, size_bytes, media_type)
                        VALUES (:submission, :order, :name, :sha, :size, :type)
                        """)
                        .bind("submission", id).bind("order", i).bind("name", file.name()).bind("sha", file.sha256())
                        .bind("size", file.size()).bind("type", file.type().name()).execute();
            }
            return new SubmissionId(id);
        });
    }

    void markSubmitted(SubmissionId id, Instant at, boolean late) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_submission SET state = 'SUBMITTED', submitted_at = :at, late = :late WHERE id = :id")
                .bind("at", utc(at)).bind("late", late).bind("id", id.value()).execute());
    }

    void insertRevision(Revision revision) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_revision (submission_id, participant_id, activity_key, opened_at, open_until, opened_by)
                VALUES (:submission, :participant, :activity, :opened, :until, :by)
                """).bind("submission", revision.assessed().value()).bind("participant", revision.participant().value())
                .bind("activity", revision.activity().value()).bind("opened", utc(revision.openedAt()))
                .bind("until", utc(revision.openUntil())).bind("by", revision.openedBy().value()).execute());
    }

    boolean hasRevision(SubmissionId assessed) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ll_revision WHERE submission_id = :id")
                .bind("id", assessed.value()).mapTo(Integer.class).one()) > 0;
    }

    /** @return the participant's revisions, oldest first */
    List<Revision> revisionsOf(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_revision WHERE participant_id = :participant ORDER BY opened_at")
                .bind("participant", participant.value())
                .map((rs, ctx) -> new Revision(new SubmissionId(rs.getLong("submission_id")), participant,
                        new ActivityKey(rs.getString("activity_key")), instant(rs, "opened_at"), instant(rs, "open_until"),
                        new nl.leerlijn.access.UserId(rs.getString("opened_by"))))
                .list());
    }

    void recordOrphans(List<String> shas, Instant at) {
        jdbi.useHandle(h -> {
            for (String sha : shas) {
                int known = h.createQuery("SELECT COUNT(*) FROM ll_upload_orphan WHERE sha256 = :sha").bind("sha", sha)
                        .mapTo(Integer.class).one();
                if (known == 0) {
                    h.createUpdate("INSERT INTO ll_upload_orphan (sha256, recorded_at) VALUES (:sha, :at)")
                            .bind("sha", sha).bind("at", utc(at)).execute();
                }
            }
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
                Row row = rows.computeIfAbsent(rs.getLong("id"), id -> row(rs));
                if (rs.getString("sha256") != null) {
                    row.files.add(new SubmittedFile(rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
                            DocumentType.valueOf(rs.getString("media_type"))));
                }
                return row;
            }).list();
            return rows.values().stream().map(Row::submission).toList();
        });
    }

    private static Row row(ResultSet rs) {
        try {
            return new Row(new SubmissionId(rs.getLong("id")), new ParticipantId(rs.getLong("participant_id")),
                    new ActivityKey(rs.getString("activity_key")), rs.getInt("version"),
                    SubmissionState.valueOf(rs.getString("state")), optionalText(rs, "text_content"),
                    instant(rs, "created_at"), optionalInstant(rs, "submitted_at"), rs.getBoolean("late"), new ArrayList<>());
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a submission failed", e);
        }
    }

    private record Row(SubmissionId id, ParticipantId participant, ActivityKey activity, int version, SubmissionState state,
            Optional<String> text, Instant createdAt, Optional<Instant> submittedAt, boolean late, List<SubmittedFile> files) {
        Submission submission() {
            return new Submission(id, participant, activity, version, state, text, files, createdAt, submittedAt, late);
        }
    }
}
