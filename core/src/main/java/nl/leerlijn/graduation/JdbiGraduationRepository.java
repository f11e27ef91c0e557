package nl.leerlijn.graduation;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.optionalText;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.Register;
import nl.leerlijn.curriculum.RegisterPoints;
import nl.leerlijn.enrolment.ParticipantId;
import org.jdbi.v3.core.Jdbi;

/** Decisions, certificates and their audit trail. */
final class JdbiGraduationRepository {
    private static final String DECISION = """
            SELECT d.id, d.participant_id, d.award, d.reason, d.decided_at, d.decided_by_name, d.taken_back_at, d.taken_back_by_name,
                   d.take_back_reason FROM ll_award_decision d
            """;
    private static final String CERTIFICATE = """
            SELECT c.decision_id, c.code, c.issued_at, c.awarded_on, c.holder_name, c.programme_title, c.cohort_name, c.award, c.ec,
                   c.study_hours, c.contact_hours, c.register_points, c.signatories, c.revoked_at, c.revoke_reason FROM ll_certificate c
            """;

    private final Jdbi jdbi;

    JdbiGraduationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void lockParticipant(ParticipantId participant) {
        jdbi.useHandle(h -> h.createQuery("SELECT id FROM ll_participant WHERE id = :id FOR UPDATE").bind("id", participant.value())
                .mapTo(Long.class).findOne());
    }

    Map<ParticipantId, AwardDecision> activeInCohort(CohortId cohort) {
        Map<ParticipantId, AwardDecision> all = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(DECISION + " JOIN ll_participant p ON p.id = d.participant_id "
                        + "WHERE p.cohort_id = :cohort AND d.taken_back_at IS NULL")
                .bind("cohort", cohort.value()).map((rs, ctx) -> decision(rs)).forEach(d -> all.put(d.participant(), d)));
        return all;
    }

    List<AwardDecision> decisionsOf(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery(DECISION + " WHERE d.participant_id = :p ORDER BY d.id").bind("p", participant.value())
                .map((rs, ctx) -> decision(rs)).list());
    }

    Optional<AwardDecision> decision(DecisionId id) {
        return jdbi.withHandle(h -> h.createQuery(DECISION + " WHERE d.id = :id").bind("id", id.value()).map((rs, ctx) -> decision(rs))
                .findOne());
    }

    DecisionId insertDecision(ParticipantId participant, Award award, String reason, Actor by, Instant at) {
        return jdbi.withHandle(h -> new DecisionId(h.createUpdate("""
                INSERT INTO ll_award_decision (participant_id, award, reason, decided_at, decided_by, decided_by_name)
                VALUES (:p, :award, :reason, :at, :by, :name)
                """).bind("p", participant.value()).bind("award", award.name()).bind("reason", reason).bind("at", utc(at))
                .bind("by", by.userId().value()).bind("name", by.displayName()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
    }

    void takeBack(DecisionId id, String reason, Actor by, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_award_decision SET taken_back_at = :at, taken_back_by_name = :name, "
                        + "take_back_reason = :reason WHERE id = :id AND taken_back_at IS NULL")
                .bind("at", utc(at)).bind("name", by.displayName()).bind("reason", reason).bind("id", id.value()).execute());
    }

    void insertCertificate(Certificate c) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_certificate (decision_id, code, issued_at, awarded_on, holder_name, programme_title, cohort_name, award, ec,
                    study_hours, contact_hours, register_points, signatories)
                VALUES (:decision, :code, :issued, :awardedOn, :holder, :programme, :cohort, :award, :ec, :study, :contact, :points, :signatories)
                """).bind("decision", c.decision().value()).bind("code", c.code()).bind("issued", utc(c.issuedAt()))
                .bind("awardedOn", c.awardedOn()).bind("holder", c.holderName()).bind("programme", c.programmeTitle())
                .bind("cohort", c.cohortName()).bind("award", c.award().name()).bind("ec", c.ec()).bind("study", c.studyHours())
                .bind("contact", c.contactHours()).bind("points", String.join(";", c.registerPoints().stream()
                        .map(p -> p.register().name() + ":" + p.points()).toList()))
                .bind("signatories", String.join("\n", c.signatories())).execute());
    }

    void revoke(DecisionId decision, String reason, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_certificate SET revoked_at = :at, revoke_reason = :reason "
                        + "WHERE decision_id = :decision AND revoked_at IS NULL")
                .bind("at", utc(at)).bind("reason", reason).bind("decision", decision.value()).execute());
    }

    Optional<Certificate> certificate(DecisionId decision) {
        return jdbi.withHandle(h -> h.createQuery(CERTIFICATE + " WHERE c.decision_id = :d").bind("d", decision.value())
                .map((rs, ctx) -> certificate(rs)).findOne());
    }

    Optional<Certificate> certificateByCode(String code) {
        return jdbi.withHandle(h -> h.createQuery(CERTIFICATE + " WHERE c.code = :code").bind("code", code)
                .map((rs, ctx) -> certificate(rs)).findOne());
    }

    /** @return the certificates of the participant, oldest first */
    List<Certificate> certificatesOf(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery(CERTIFICATE + " JOIN ll_award_decision d ON d.id = c.decision_id "
                        + "WHERE d.participant_id = :p ORDER BY c.issued_at")
                .bind("p", participant.value()).map((rs, ctx) -> certificate(rs)).list());
    }

    Optional<ParticipantId> holderOf(String code) {
        return jdbi.withHandle(h -> h.createQuery("SELECT d.participant_id FROM ll_certificate c JOIN ll_award_decision d "
                        + "ON d.id = c.decision_id WHERE c.code = :code").bind("code", code)
                .map((rs, ctx) -> new ParticipantId(rs.getLong("participant_id"))).findOne());
    }

    void event(ParticipantId participant, DecisionId decision, AwardEvent.Kind kind, Award award, String reason, Actor by, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_award_event (participant_id, decision_id, kind, award, reason, at, actor, actor_name)
                VALUES (:p, :d, :kind, :award, :reason, :at, :actor, :name)
                """).bind("p", participant.value()).bind("d", decision.value()).bind("kind", kind.name()).bind("award", award.name())
                .bind("reason", reason).bind("at", utc(at)).bind("actor", by.userId().value()).bind("name", by.displayName()).execute());
    }

    List<AwardEvent> history(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery("SELECT decision_id, kind, award, reason, at, actor_name FROM ll_award_event "
                        + "WHERE participant_id = :p ORDER BY id").bind("p", participant.value())
                .map((rs, ctx) -> new AwardEvent(new DecisionId(rs.getLong("decision_id")), AwardEvent.Kind.valueOf(rs.getString("kind")),
                        Award.valueOf(rs.getString("award")), rs.getString("reason"), instant(rs, "at"), rs.getString("actor_name")))
                .list());
    }

    private static AwardDecision decision(ResultSet rs) throws SQLException {
        return new AwardDecision(new DecisionId(rs.getLong("id")), new ParticipantId(rs.getLong("participant_id")),
                Award.valueOf(rs.getString("award")), rs.getString("reason"), instant(rs, "decided_at"), rs.getString("decided_by_name"),
                optionalInstant(rs, "taken_back_at"), optionalText(rs, "taken_back_by_name"), optionalText(rs, "take_back_reason"));
    }

    private static Certificate certificate(ResultSet rs) throws SQLException {
        String points = rs.getString("register_points");
        List<RegisterPoints> registerPoints = points.isEmpty() ? List.of() : Arrays.stream(points.split(";"))
                .map(p -> new RegisterPoints(Register.valueOf(p.substring(0, p.indexOf(':'))), Integer.parseInt(p.substring(p.indexOf(':') + 1))))
                .toList();
        return new Certificate(new DecisionId(rs.getLong("decision_id")), rs.getString("code"), instant(rs, "issued_at"),
                rs.getObject("awarded_on", java.time.LocalDate.class), rs.getString("holder_name"), rs.getString("programme_title"),
                rs.getString("cohort_name"), Award.valueOf(rs.getString("award")), rs.getInt("ec"), rs.getInt("study_hours"),
                rs.getInt("contact_hours"), registerPoints, List.of(rs.getString("signatories").split("\n")), optionalInstant(rs, "revoked_at"),
                optionalText(rs, "revoke_reason"));
    }
}
