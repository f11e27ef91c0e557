package nl.leerlijn.attendance;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.optionalText;
import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;
import org.jdbi.v3.core.Jdbi;

/** Session codes, both confirmations, afmeldingen and replacement assignments. */
final class JdbiConfirmationRepository {
    private static final String REPLACEMENT = """
            SELECT r.id, r.participant_id, r.activity_key, r.description, r.created_at, r.due_at, r.cancelled_at, r.text_content,
                   r.handed_in_at, r.judgement, r.feedback, r.judged_at, r.judged_by_name
            FROM ll_replacement r
            """;

    private final Jdbi jdbi;

    JdbiConfirmationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void lockCohort(CohortId cohort) {
        jdbi.useHandle(h -> h.createQuery("SELECT id FROM ll_cohort WHERE id = :id FOR UPDATE").bind("id", cohort.value())
                .mapTo(Long.class).findOne());
    }

    // ---- session codes

    Optional<SessionCode> code(CohortId cohort, ActivityKey session) {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, opened_at, closes_at FROM ll_session_code "
                        + "WHERE cohort_id = :cohort AND activity_key = :activity")
                .bind("cohort", cohort.value()).bind("activity", session.value())
                .map((rs, ctx) -> new SessionCode(rs.getString("code"), instant(rs, "opened_at"), instant(rs, "closes_at")))
                .findOne());
    }

    void saveCode(CohortId cohort, ActivityKey session, SessionCode code, Actor by) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM ll_session_code WHERE cohort_id = :cohort AND activity_key = :activity")
                    .bind("cohort", cohort.value()).bind("activity", session.value()).execute();
            h.createUpdate("""
                    INSERT INTO ll_session_code (cohort_id, activity_key, code, opened_at, opened_by, closes_at)
                    VALUES (:cohort, :activity, :code, :opened, :by, :closes)
                    """).bind("cohort", cohort.value()).bind("activity", session.value()).bind("code", code.code())
                    .bind("opened", utc(code.openedAt())).bind("by", by.userId().value()).bind("closes", utc(code.closesAt()))
                    .execute();
        });
    }

    void closeCode(CohortId cohort, ActivityKey session, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_session_code SET closes_at = :at "
                        + "WHERE cohort_id = :cohort AND activity_key = :activity AND closes_at > :at")
                .bind("cohort", cohort.value()).bind("activity", session.value()).bind("at", utc(at)).execute());
    }

    /** A code open at {@code now} in one of the given cohorts. */
    record OpenCode(CohortId cohort, ActivityKey session) {
    }

    List<OpenCode> openCodes(String code, Collection<CohortId> cohorts, Instant now) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT cohort_id, activity_key FROM ll_session_code "
                        + "WHERE code = :code AND closes_at > :now AND cohort_id IN (<cohorts>)")
                .bind("code", code).bind("now", utc(now)).bindList("cohorts", cohorts.stream().map(CohortId::value).toList())
                .map((rs, ctx) -> new OpenCode(new CohortId(rs.getLong("cohort_id")), new ActivityKey(rs.getString("activity_key"))))
                .list());
    }

    int wrongAttemptsSince(nl.leerlijn.access.UserId user, Instant since) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ll_session_code_attempt WHERE user_id = :user AND attempted_at > :since")
                .bind("user", user.value()).bind("since", utc(since)).mapTo(Integer.class).one());
    }

    void wrongAttempt(nl.leerlijn.access.UserId user, Instant at) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM ll_session_code_attempt WHERE attempted_at < :old").bind("old", utc(at.minus(java.time.Duration.ofDays(1))))
                    .execute();
            h.createUpdate("INSERT INTO ll_session_code_attempt (user_id, attempted_at) VALUES (:user, :at)").bind("user", user.value())
                    .bind("at", utc(at)).execute();
        });
    }

    // ---- the participant's own confirmation

    Map<ParticipantId, SelfConfirmation> selfConfirmations(CohortId cohort, ActivityKey session) {
        Map<ParticipantId, SelfConfirmation> all = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT c.participant_id, c.confirmed_at, c.via FROM ll_presence_confirmation c "
                        + "JOIN ll_participant p ON p.id = c.participant_id WHERE p.cohort_id = :cohort AND c.activity_key = :activity")
                .bind("cohort", cohort.value()).bind("activity", session.value())
                .map((rs, ctx) -> all.put(new ParticipantId(rs.getLong("participant_id")), self(rs))).list());
        return all;
    }

    Map<ParticipantId, java.util.Set<ActivityKey>> selfConfirmationsInCohort(CohortId cohort) {
        Map<ParticipantId, java.util.Set<ActivityKey>> all = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT c.participant_id, c.activity_key FROM ll_presence_confirmation c "
                        + "JOIN ll_participant p ON p.id = c.participant_id WHERE p.cohort_id = :cohort")
                .bind("cohort", cohort.value())
                .map((rs, ctx) -> all.computeIfAbsent(new ParticipantId(rs.getLong("participant_id")), k -> new java.util.HashSet<>())
                        .add(new ActivityKey(rs.getString("activity_key")))).list());
        return all;
    }

    Map<ActivityKey, SelfConfirmation> selfConfirmationsOf(ParticipantId participant) {
        Map<ActivityKey, SelfConfirmation> all = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT activity_key, confirmed_at, via FROM ll_presence_confirmation WHERE participant_id = :p")
                .bind("p", participant.value())
                .map((rs, ctx) -> all.put(new ActivityKey(rs.getString("activity_key")), self(rs))).list());
        return all;
    }

    /** @return whether it was stored now (false when the participant had confirmed before: the first time stays) */
    boolean confirmSelf(ParticipantId participant, ActivityKey session, SelfConfirmation confirmation) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO ll_presence_confirmation (participant_id, activity_key, confirmed_at, via)
                SELECT :p, :activity, :at, :via FROM ll_participant
                WHERE id = :p AND NOT EXISTS (SELECT 1 FROM ll_presence_confirmation WHERE participant_id = :p AND activity_key = :activity)
                """).bind("p", participant.value()).bind("activity", session.value()).bind("at", utc(confirmation.at()))
                .bind("via", confirmation.via().name()).execute()) > 0;
    }

    private static SelfConfirmation self(ResultSet rs) throws SQLException {
        return new SelfConfirmation(instant(rs, "confirmed_at"), SelfConfirmation.Via.valueOf(rs.getString("via")));
    }

    // ---- the kerndocent's confirmation of the list

    Optional<ListConfirmation> listConfirmation(CohortId cohort, ActivityKey session) {
        return jdbi.withHandle(h -> h.createQuery("SELECT confirmed_at, confirmed_by_name FROM ll_attendance_list "
                        + "WHERE cohort_id = :cohort AND activity_key = :activity")
                .bind("cohort", cohort.value()).bind("activity", session.value())
                .map((rs, ctx) -> new ListConfirmation(instant(rs, "confirmed_at"), rs.getString("confirmed_by_name"))).findOne());
    }

    Map<ActivityKey, ListConfirmation> listConfirmations(CohortId cohort) {
        Map<ActivityKey, ListConfirmation> all = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT activity_key, confirmed_at, confirmed_by_name FROM ll_attendance_list WHERE cohort_id = :cohort")
                .bind("cohort", cohort.value())
                .map((rs, ctx) -> all.put(new ActivityKey(rs.getString("activity_key")),
                        new ListConfirmation(instant(rs, "confirmed_at"), rs.getString("confirmed_by_name")))).list());
        return all;
    }

    void confirmList(CohortId cohort, ActivityKey session, Actor by, Instant at) {
        jdbi.useHandle(h -> {
            withdrawList(cohort, session);
            h.createUpdate("""
                    INSERT INTO ll_attendance_list (cohort_id, activity_key, confirmed_at, confirmed_by, confirmed_by_name)
                    VALUES (:cohort, :activity, :at, :by, :name)
                    """).bind("cohort", cohort.value()).bind("activity", session.value()).bind("at", utc(at))
                    .bind("by", by.userId().value()).bind("name", by.displayName()).execute();
        });
    }

    void withdrawList(CohortId cohort, ActivityKey session) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM ll_attendance_list WHERE cohort_id = :cohort AND activity_key = :activity")
                .bind("cohort", cohort.value()).bind("activity", session.value()).execute());
    }

    // ---- afmeldingen

    Map<ParticipantId, AbsenceNotice> notices(CohortId cohort, ActivityKey session) {
        Map<ParticipantId, AbsenceNotice> all = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT n.participant_id, n.reason, n.reported_at FROM ll_absence_notice n "
                        + "JOIN ll_participant p ON p.id = n.participant_id WHERE p.cohort_id = :cohort AND n.activity_key = :activity")
                .bind("cohort", cohort.value()).bind("activity", session.value())
                .map((rs, ctx) -> all.put(new ParticipantId(rs.getLong("participant_id")),
                        new AbsenceNotice(rs.getString("reason"), instant(rs, "reported_at")))).list());
        return all;
    }

    Map<ActivityKey, AbsenceNotice> noticesOf(ParticipantId participant) {
        Map<ActivityKey, AbsenceNotice> all = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT activity_key, reason, reported_at FROM ll_absence_notice WHERE participant_id = :p")
                .bind("p", participant.value())
                .map((rs, ctx) -> all.put(new ActivityKey(rs.getString("activity_key")),
                        new AbsenceNotice(rs.getString("reason"), instant(rs, "reported_at")))).list());
        return all;
    }

    void saveNotice(ParticipantId participant, ActivityKey session, AbsenceNotice notice) {
        jdbi.useHandle(h -> {
            deleteNotice(participant, session);
            h.createUpdate("INSERT INTO ll_absence_notice (participant_id, activity_key, reason, reported_at) VALUES (:p, :activity, :reason, :at)")
                    .bind("p", participant.value()).bind("activity", session.value()).bind("reason", notice.reason())
                    .bind("at", utc(notice.reportedAt())).execute();
        });
    }

    void deleteNotice(ParticipantId participant, ActivityKey session) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM ll_absence_notice WHERE participant_id = :p AND activity_key = :activity")
                .bind("p", participant.value()).bind("activity", session.value()).execute());
    }

    // ---- replacement assignments

    /** Makes the assignment unless the participant has one for the session (cancelled or not); call under the cohort's lock. */
    boolean createReplacement(ParticipantId participant, ActivityKey session, String description, Instant at, Instant due) {
        return jdbi.withHandle(h -> {
            int reopened = h.createUpdate("UPDATE ll_replacement SET cancelled_at = NULL "
                            + "WHERE participant_id = :p AND activity_key = :activity AND cancelled_at IS NOT NULL")
                    .bind("p", participant.value()).bind("activity", session.value()).execute();
            if (reopened > 0) {
                return false;
            }
            return h.createUpdate("""
                    INSERT INTO ll_replacement (participant_id, activity_key, description, created_at, due_at, feedback)
                    SELECT :p, :activity, :description, :at, :due, '' FROM ll_participant
                    WHERE id = :p AND NOT EXISTS (SELECT 1 FROM ll_replacement WHERE participant_id = :p AND activity_key = :activity)
                    """).bind("p", participant.value()).bind("activity", session.value()).bind("description", description)
                    .bind("at", utc(at)).bind("due", utc(due)).execute() > 0;
        });
    }

    /** Cancels the participants' assignments for a session that nothing was handed in for yet. */
    void cancelReplacements(Collection<ParticipantId> participants, ActivityKey session, Instant at) {
        if (participants.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_replacement SET cancelled_at = :at WHERE participant_id IN (<ids>) "
                        + "AND activity_key = :activity AND cancelled_at IS NULL AND handed_in_at IS NULL")
                .bindList("ids", participants.stream().map(ParticipantId::value).toList()).bind("activity", session.value())
                .bind("at", utc(at)).execute());
    }

    Optional<ReplacementAssignment> replacement(ReplacementId id) {
        return jdbi.withHandle(h -> h.createQuery(REPLACEMENT + " WHERE r.id = :id").bind("id", id.value())
                .map((rs, ctx) -> replacement(rs)).findOne());
    }

    Optional<ReplacementAssignment> lockReplacement(ReplacementId id) {
        return jdbi.withHandle(h -> h.createQuery(REPLACEMENT + " WHERE r.id = :id FOR UPDATE").bind("id", id.value())
                .map((rs, ctx) -> replacement(rs)).findOne());
    }

    List<ReplacementAssignment> replacementsInCohort(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery(REPLACEMENT + " JOIN ll_participant p ON p.id = r.participant_id "
                        + "WHERE p.cohort_id = :cohort ORDER BY r.created_at, r.id")
                .bind("cohort", cohort.value()).map((rs, ctx) -> replacement(rs)).list());
    }

    List<ReplacementAssignment> replacementsOf(ParticipantId participant) {
        return jdbi.withHandle(h -> h.createQuery(REPLACEMENT + " WHERE r.participant_id = :p ORDER BY r.created_at, r.id")
                .bind("p", participant.value()).map((rs, ctx) -> replacement(rs)).list());
    }

    void handIn(ReplacementId id, String text, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE ll_replacement SET text_content = :text, handed_in_at = :at, judgement = NULL, feedback = '', judged_at = NULL,
                       judged_by = NULL, judged_by_name = NULL WHERE id = :id
                """).bind("text", text).bind("at", utc(at)).bind("id", id.value()).execute());
    }

    void judge(ReplacementId id, Judgement judgement, String feedback, Actor by, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE ll_replacement SET judgement = :judgement, feedback = :feedback, judged_at = :at, judged_by = :by,
                       judged_by_name = :name WHERE id = :id
                """).bind("judgement", judgement.name()).bind("feedback", feedback).bind("at", utc(at))
                .bind("by", by.userId().value()).bind("name", by.displayName()).bind("id", id.value()).execute());
    }

    private static ReplacementAssignment replacement(ResultSet rs) throws SQLException {
        return new ReplacementAssignment(new ReplacementId(rs.getLong("id")), new ParticipantId(rs.getLong("participant_id")),
                new ActivityKey(rs.getString("activity_key")), rs.getString("description"), instant(rs, "created_at"),
                instant(rs, "due_at"), optionalInstant(rs, "cancelled_at"), optionalText(rs, "text_content"),
                optionalInstant(rs, "handed_in_at"), optionalText(rs, "judgement").map(Judgement::valueOf),
                Optional.ofNullable(rs.getString("feedback")).orElse(""), optionalInstant(rs, "judged_at"),
                optionalText(rs, "judged_by_name"));
    }
}
