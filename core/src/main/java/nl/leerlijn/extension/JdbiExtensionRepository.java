package nl.leerlijn.extension;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.optionalText;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.curriculum.ActivityKey;
import org.jdbi.v3.core.Jdbi;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;

/** Extensions in {@code ll_extension}. */
final class JdbiExtensionRepository {
    private static final String SELECT = """
            SELECT e.id, e.participant_id, e.activity_key, e.due_at, e.reason, e.state, e.requested_by, e.requested_at,
                   e.decided_by, e.decided_at
            FROM ll_extension e
            """;

    private final Jdbi jdbi;

    JdbiExtensionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    ExtensionId insert(ParticipantId participant, ActivityKey activity, Instant due, String reason, ExtensionState state,
            UserId by, Instant at) {
        return jdbi.withHandle(h -> new ExtensionId(h.createUpdate("""
                INSERT INTO ll_extension (participant_id, activity_key, due_at, reason, state, requested_by, requested_at,
                    decided_by, decided_at)
                VALUES (:participant, :activity, :due, :reason, :state, :by, :at, :decidedBy, :decidedAt)
                """)
                .bind("participant", participant.value()).bind("activity", activity.value()).bind("due", utc(due))
                .bind("reason", reason).bind("state", state.name()).bind("by", by.value()).bind("at", utc(at))
                .bind("decidedBy", state == ExtensionState.GRANTED ? by.value() : null)
                .bindByType("decidedAt", state == ExtensionState.GRANTED ? utc(at) : null, java.time.OffsetDateTime.class)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
    }

    Optional<Extension> find(ExtensionId id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE e.id = :id").bind("id", id.value())
                .map((rs, ctx) -> extension(rs)).findOne());
    }

    /** @return whether this decided it: false when someone else decided the request meanwhile */
    boolean decide(ExtensionId id, ExtensionState state, UserId by, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                UPDATE ll_extension SET state = :state, decided_by = :by, decided_at = :at WHERE id = :id AND state = :requested
                """).bind("state", state.name()).bind("by", by.value()).bind("at", utc(at)).bind("id", id.value())
                .bind("requested", ExtensionState.REQUESTED.name()).execute()) == 1;
    }

    List<Extension> inCohort(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + """
                JOIN ll_participant p ON p.id = e.participant_id WHERE p.cohort_id = :cohort ORDER BY e.requested_at DESC, e.id DESC
                """).bind("cohort", cohort.value()).map((rs, ctx) -> extension(rs)).list());
    }

    List<Extension> ofParticipant(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE e.participant_id = :participant ORDER BY e.requested_at DESC, e.id DESC")
                .bind("participant", participant.value()).map((rs, ctx) -> extension(rs)).list());
    }

    private static Extension extension(ResultSet rs) throws SQLException {
        return new Extension(new ExtensionId(rs.getLong("id")), new ParticipantId(rs.getLong("participant_id")),
                new ActivityKey(rs.getString("activity_key")), instant(rs, "due_at"), rs.getString("reason"),
                ExtensionState.valueOf(rs.getString("state")), new UserId(rs.getString("requested_by")), instant(rs, "requested_at"),
                optionalText(rs, "decided_by").map(UserId::new), optionalInstant(rs, "decided_at"));
    }
}
