package nl.leerlijn.enrolment;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalText;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.UserId;
import org.jdbi.v3.core.Jdbi;
import nl.leerlijn.cohort.CohortId;

final class JdbiParticipantRepository implements ParticipantRepository {
    private static final String COLUMNS = """
            SELECT id, cohort_id, user_id, display_name, email, organisation, organisation_type, job_function,
                   job_function_other, registerplein_number, skj_number, leidinggevende_id, status, enrolled_at
            FROM ll_participant
            """;

    private final Jdbi jdbi;

    JdbiParticipantRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Participant insert(CohortId cohort, NewParticipant participant, Instant at) {
        ParticipantProfile p = participant.profile();
        long id = jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO ll_participant (cohort_id, user_id, display_name, email, organisation, organisation_type,
                    job_function, job_function_other, registerplein_number, skj_number, leidinggevende_id, status, enrolled_at)
                VALUES (:cohort, :user, :name, :email, :organisation, :organisationType,
                    :function, :otherFunction, :registerplein, :skj, :leidinggevende, :status, :at)
                """)
                .bind("cohort", cohort.value())
                .bind("user", participant.userId().value())
                .bind("name", p.displayName())
                .bind("email", p.email())
                .bind("organisation", p.organisation().name())
                .bind("organisationType", p.organisation().type().name())
                .bind("function", p.function().name())
                .bind("otherFunction", p.otherFunction().orElse(null))
                .bind("registerplein", p.registerNumbers().registerplein().orElse(null))
                .bind("skj", p.registerNumbers().skj().orElse(null))
                .bind("leidinggevende", p.leidinggevende().map(UserId::value).orElse(null))
                .bind("status", ParticipationStatus.ACTIVE.name())
                .bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new Participant(new ParticipantId(id), cohort, participant.userId(), p, ParticipationStatus.ACTIVE, at);
    }

    @Override
    public Optional<Participant> find(ParticipantId id) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + " WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> participant(rs))
                .findOne());
    }

    @Override
    public Optional<Participant> find(CohortId cohort, UserId user) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + " WHERE cohort_id = :cohort AND user_id = :user")
                .bind("cohort", cohort.value())
                .bind("user", user.value())
                .map((rs, ctx) -> participant(rs))
                .findOne());
    }

    @Override
    public List<Participant> inCohort(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + " WHERE cohort_id = :cohort ORDER BY display_name, id")
                .bind("cohort", cohort.value())
                .map((rs, ctx) -> participant(rs))
                .list());
    }

    @Override
    public List<Participant> ofUser(UserId user) {
        return jdbi.withHandle(h -> h.createQuery(COLUMNS + " WHERE user_id = :user ORDER BY enrolled_at DESC, id DESC")
                .bind("user", user.value())
                .map((rs, ctx) -> participant(rs))
                .list());
    }

    @Override
    public void updateProfile(ParticipantId id, ParticipantProfile p) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE ll_participant SET organisation = :organisation, organisation_type = :organisationType,
                    job_function = :function, job_function_other = :otherFunction, registerplein_number = :registerplein, skj_number = :skj
                WHERE id = :id
                """)
                .bind("organisation", p.organisation().name())
                .bind("organisationType", p.organisation().type().name())
                .bind("function", p.function().name())
                .bind("otherFunction", p.otherFunction().orElse(null))
                .bind("registerplein", p.registerNumbers().registerplein().orElse(null))
                .bind("skj", p.registerNumbers().skj().orElse(null))
                .bind("id", id.value())
                .execute());
    }

    @Override
    public void updateStatus(ParticipantId id, ParticipationStatus status) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_participant SET status = :status WHERE id = :id")
                .bind("status", status.name())
                .bind("id", id.value())
                .execute());
    }

    @Override
    public void recordEvent(ParticipantId id, ParticipationEvent event, Optional<String> reason, Actor actor, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_participant_event (participant_id, event, reason, actor_id, actor_name, happened_at)
                VALUES (:participant, :event, :reason, :actor, :actorName, :at)
                """)
                .bind("participant", id.value())
                .bind("event", event.name())
                .bind("reason", reason.orElse(null))
                .bind("actor", actor.userId().value())
                .bind("actorName", actor.displayName())
                .bind("at", utc(at))
                .execute());
    }

    @Override
    public List<ParticipationRecord> history(ParticipantId id) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT e.event, e.reason, e.actor_id, e.happened_at,
                       COALESCE(e.actor_name, (SELECT MAX(cs.display_name) FROM ll_cohort_staff cs JOIN ll_participant p ON p.cohort_id = cs.cohort_id
                        WHERE p.id = e.participant_id AND cs.user_id = e.actor_id)) AS actor_name
                FROM ll_participant_event e
                WHERE e.participant_id = :participant ORDER BY e.happened_at, e.id
                """)
                .bind("participant", id.value())
                .map((rs, ctx) -> new ParticipationRecord(ParticipationEvent.valueOf(rs.getString("event")),
                        optionalText(rs, "reason"), new UserId(rs.getString("actor_id")),
                        optionalText(rs, "actor_name").orElse(rs.getString("actor_id")), instant(rs, "happened_at")))
                .list());
    }

    private static Participant participant(ResultSet rs) throws SQLException {
        ParticipantProfile profile = new ParticipantProfile(rs.getString("display_name"), rs.getString("email"),
                new Organisation(rs.getString("organisation"), OrganisationType.valueOf(rs.getString("organisation_type"))),
                JobFunction.valueOf(rs.getString("job_function")),
                new RegisterNumbers(optionalText(rs, "registerplein_number"), optionalText(rs, "skj_number")),
                optionalText(rs, "leidinggevende_id").map(UserId::new), optionalText(rs, "job_function_other"));
        return new Participant(new ParticipantId(rs.getLong("id")), new CohortId(rs.getLong("cohort_id")),
                new UserId(rs.getString("user_id")), profile,
                ParticipationStatus.valueOf(rs.getString("status")), instant(rs, "enrolled_at"));
    }
}
