package nl.leerlijn.retention;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds when cohorts ended and deletes their records by kind. Every statement is bounded to one cohort; the caller holds
 * the transaction.
 */
final class JdbiRetentionRepository {
    private static final String PARTICIPANTS = "(SELECT id FROM ll_participant WHERE cohort_id = :cohort)";
    /** The keys the outcomes of the cohort's report versions are kept under: a duo's shared key, or the version's own. */
    private static final String SHARED = "(SELECT COALESCE(shared_id, CONCAT('version-', CAST(id AS VARCHAR(20)))) FROM ll_submission "
            + "WHERE participant_id IN " + PARTICIPANTS + ")";
    /** The cohort's intervisie meetings. */
    private static final String MEETINGS = "(SELECT m.id FROM ll_intervision_meeting m JOIN ll_intervision_group g ON g.id = m.group_id "
            + "JOIN ll_intervision_round r ON r.id = g.round_id WHERE r.cohort_id = :cohort)";
    private static final String SUBMISSIONS = "(SELECT id FROM ll_submission WHERE participant_id IN " + PARTICIPANTS + " AND %s)";

    private final Jdbi jdbi;

    JdbiRetentionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Per cohort its end: the last session's end, deadline, personal deadline or herkansing (filters go in each part). */
    private static final String ENDS = """
            SELECT cohort_id, MAX(last_at) AS last_at FROM (
                SELECT cohort_id, COALESCE(ends_at, starts_at) AS last_at FROM ll_schedule_item %1$s
                UNION ALL
                SELECT p.cohort_id, o.due_at FROM ll_deadline_override o JOIN ll_participant p ON p.id = o.participant_id %2$s
                UNION ALL
                SELECT p.cohort_id, r.open_until FROM ll_revision r JOIN ll_participant p ON p.id = r.participant_id %2$s
            ) dated WHERE cohort_id IN (SELECT cohort_id FROM ll_schedule_item) GROUP BY cohort_id
            """;

    /** @return per cohort with dated items, its end: the last session's end, deadline, personal deadline or herkansing */
    Map<CohortId, Instant> ends() {
        Map<CohortId, Instant> ends = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(ENDS.formatted("", "")).map((rs, ctx) -> Map.entry(new CohortId(rs.getLong("cohort_id")),
                instant(rs, "last_at"))).forEach(e -> ends.put(e.getKey(), e.getValue())));
        return ends;
    }

    /** @return the cohort's end (see {@link #ends()}); empty when it has no dated items */
    java.util.Optional<Instant> endOf(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery(ENDS.formatted("WHERE cohort_id = :cohort", "WHERE p.cohort_id = :cohort"))
                .bind("cohort", cohort.value()).map((rs, ctx) -> instant(rs, "last_at")).findOne());
    }

    /** @return every purge recorded, oldest first */
    List<Purge> purges() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_retention_purge ORDER BY purged_at, cohort_id, artefact")
                .map((rs, ctx) -> purge(rs)).list());
    }

    /** @return the purges of one cohort */
    List<Purge> purgesOf(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_retention_purge WHERE cohort_id = :cohort")
                .bind("cohort", cohort.value()).map((rs, ctx) -> purge(rs)).list());
    }

    private static Purge purge(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Purge(new CohortId(rs.getLong("cohort_id")), Artefact.valueOf(rs.getString("artefact")),
                rs.getObject("due_on", java.time.LocalDate.class), instant(rs, "purged_at"), rs.getInt("records"), rs.getInt("files"));
    }

    /**
     * Takes the cohort's row lock until the transaction ends, so that two nodes never purge the same cohort at once, and
     * says whether this kind is still to be purged.
     */
    boolean claim(CohortId cohort, Artefact artefact) {
        return jdbi.withHandle(h -> {
            h.createQuery("SELECT id FROM ll_cohort WHERE id = :cohort FOR UPDATE").bind("cohort", cohort.value()).mapTo(Long.class).findOne();
            return h.createQuery("SELECT COUNT(*) FROM ll_retention_purge WHERE cohort_id = :cohort AND artefact = :artefact")
                    .bind("cohort", cohort.value()).bind("artefact", artefact.name()).mapTo(Integer.class).one() == 0;
        });
    }

    void record(Purge purge) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_retention_purge (cohort_id, artefact, due_on, purged_at, records, files)
                VALUES (:cohort, :artefact, :due, :at, :records, :files)
                """).bind("cohort", purge.cohort().value()).bind("artefact", purge.artefact().name()).bind("due", purge.dueOn())
                .bind("at", utc(purge.purgedAt())).bind("records", purge.records()).bind("files", purge.files()).execute());
    }

    /** What one purge did: records touched, attachments removed from versions, and their contents (hashes) let go of. */
    record Done(int records, int attachments, List<String> files) {
    }

    /**
     * Empties the content of the cohort's versions (text, files) and what assessors wrote about them.
     *
     * @param finalPaper the final paper's activities
     * @param onlyFinal whether to empty the final paper's versions, or every other version
     */
    Done emptyWork(CohortId cohort, Set<ActivityKey> finalPaper, boolean onlyFinal) {
        String which = finalPaper.isEmpty() ? (onlyFinal ? "1 = 0" : "1 = 1")
                : (onlyFinal ? "" : "NOT ") + "activity_key IN (<final>)";
        String submissions = SUBMISSIONS.formatted(which);
        String assessments = "(SELECT id FROM ll_assessment WHERE submission_id IN " + submissions + ")";
        return jdbi.withHandle(h -> {
            List<String> files = contents(h, submissions, cohort, finalPaper);
            int attachments = update(h, "DELETE FROM ll_submission_file WHERE submission_id IN " + submissions, cohort, finalPaper);
            int records = attachments;
            records += update(h, "UPDATE ll_submission SET text_content = NULL WHERE text_content IS NOT NULL AND id IN " + submissions,
                    cohort, finalPaper);
            records += update(h, "UPDATE ll_marking SET comments = NULL, feedback = NULL WHERE (comments IS NOT NULL OR feedback IS NOT NULL) "
                    + "AND assessment_id IN " + assessments, cohort, finalPaper);
            records += update(h, "UPDATE ll_assessment SET agreed_feedback = NULL, agreed_comments = NULL "
                    + "WHERE (agreed_feedback IS NOT NULL OR agreed_comments IS NOT NULL) AND id IN " + assessments, cohort, finalPaper);
            return new Done(records, attachments, files);
        });
    }

    /** Deletes or empties everything else that counts as marked work (see {@link Artefact#MARKED_WORK}). */
    int emptyOtherWork(CohortId cohort, Instant at) {
        return jdbi.withHandle(h -> {
            int records = 0;
            records += update(h, "DELETE FROM ll_practice_measure WHERE shared_id IN " + SHARED, cohort);
            records += update(h, "DELETE FROM ll_practice_outcome WHERE shared_id IN " + SHARED, cohort);
            records += update(h, "DELETE FROM ll_practice_reflection WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_practice_supervisor WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "UPDATE ll_supervisor_request SET remark = NULL, email = '', name = '', organisation = '', job_title = '' "
                    + "WHERE (remark IS NOT NULL OR email <> '' OR name <> '') AND participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_intervision_rule WHERE cohort_id = :cohort", cohort);
            records += update(h, "UPDATE ll_replacement SET text_content = NULL, feedback = NULL "
                    + "WHERE (text_content IS NOT NULL OR feedback IS NOT NULL) AND participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "UPDATE ll_intervision_reflection SET reflection = '', answer = NULL "
                    + "WHERE (reflection <> '' OR answer IS NOT NULL) AND participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "UPDATE ll_intervision_meeting SET notes = NULL WHERE notes IS NOT NULL AND id IN " + MEETINGS, cohort);
            records += h.createUpdate("UPDATE ll_intervision_case SET question = NULL, life_domains = NULL, tried = NULL, group_question = NULL, "
                    + "removed_at = :at, removed_because = 'retention' "
                    + "WHERE (question IS NOT NULL OR life_domains IS NOT NULL OR tried IS NOT NULL OR group_question IS NOT NULL) "
                    + "AND meeting_id IN " + MEETINGS).bind("cohort", cohort.value()).bind("at", utc(at)).execute();
            records += update(h, "UPDATE ll_extension SET reason = '' WHERE reason <> '' AND participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_notification WHERE cohort_id = :cohort", cohort);
            return records;
        });
    }

    /**
     * Deletes the presence lists (see {@link Artefact#PRESENCE_LISTS}): the proof of who confirmed what and when. What the
     * kerndocent recorded (present, absent, excused) stays with the results, as the attendance the graduation rested on.
     */
    int deletePresence(CohortId cohort) {
        return jdbi.withHandle(h -> {
            int records = 0;
            records += update(h, "DELETE FROM ll_presence_confirmation WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_absence_notice WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_intervision_presence WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_attendance_list WHERE cohort_id = :cohort", cohort);
            records += update(h, "DELETE FROM ll_session_code WHERE cohort_id = :cohort", cohort);
            return records;
        });
    }

    /** Deletes the results and every remaining record of the work (see {@link Artefact#RESULT_LISTS}). */
    Done deleteResults(CohortId cohort) {
        String submissions = SUBMISSIONS.formatted("1 = 1");
        String assessments = "(SELECT id FROM ll_assessment WHERE submission_id IN " + submissions + ")";
        return jdbi.withHandle(h -> {
            List<String> files = contents(h, submissions, cohort, Set.of());
            int records = 0;
            records += update(h, "DELETE FROM ll_practice_measure WHERE shared_id IN " + SHARED, cohort);
            records += update(h, "DELETE FROM ll_practice_outcome WHERE shared_id IN " + SHARED, cohort);
            records += update(h, "DELETE FROM ll_result_audit WHERE assessment_id IN " + assessments, cohort);
            records += update(h, "DELETE FROM ll_marking WHERE assessment_id IN " + assessments, cohort);
            records += update(h, "DELETE FROM ll_assessment WHERE submission_id IN " + submissions, cohort);
            records += update(h, "DELETE FROM ll_revision WHERE submission_id IN " + submissions, cohort);
            records += update(h, "DELETE FROM ll_supervisor_request WHERE submission_id IN " + submissions, cohort);
            int attachments = update(h, "DELETE FROM ll_submission_file WHERE submission_id IN " + submissions, cohort);
            records += attachments;
            records += update(h, "DELETE FROM ll_submission WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_activity_record WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_replacement WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_deadline_override WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_extension WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_intervision_reflection WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_intervision_case WHERE meeting_id IN " + MEETINGS, cohort);
            records += update(h, "DELETE FROM ll_intervision_swap WHERE from_meeting_id IN " + MEETINGS, cohort);
            records += update(h, "UPDATE ll_participant_event SET reason = NULL WHERE reason IS NOT NULL AND participant_id IN "
                    + PARTICIPANTS, cohort);
            return new Done(records, attachments, files);
        });
    }

    /** Deletes the award proof and takes the participants' names and contact details out (the rows stay, for the groups and duos they were part of) (see {@link Artefact#AWARD_PROOF}). */
    int deleteAwards(CohortId cohort) {
        return jdbi.withHandle(h -> {
            String decisions = "(SELECT id FROM ll_award_decision WHERE participant_id IN " + PARTICIPANTS + ")";
            int records = 0;
            records += update(h, "DELETE FROM ll_award_event WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_certificate WHERE decision_id IN " + decisions, cohort);
            records += update(h, "DELETE FROM ll_award_decision WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, "DELETE FROM ll_participant_event WHERE participant_id IN " + PARTICIPANTS, cohort);
            records += update(h, """
                    UPDATE ll_participant SET user_id = CONCAT('verwijderd-', CAST(id AS VARCHAR(20))), display_name = 'Verwijderd',
                           email = 'verwijderd@leerlijn.invalid', organisation = 'Verwijderd', registerplein_number = NULL,
                           skj_number = NULL, leidinggevende_id = NULL, job_function_other = NULL
                    WHERE cohort_id = :cohort AND user_id NOT LIKE 'verwijderd-%'
                    """, cohort);
            return records;
        });
    }

    /** @return the contents (hashes) of the files of these versions */
    private static List<String> contents(Handle h, String submissions, CohortId cohort, Set<ActivityKey> keys) {
        String sql = "SELECT DISTINCT sha256 FROM ll_submission_file WHERE submission_id IN " + submissions;
        var query = h.createQuery(sql).bind("cohort", cohort.value());
        if (sql.contains("<final>")) {
            query.bindList("final", list(keys));
        }
        return query.mapTo(String.class).list();
    }

    private static int update(Handle h, String sql, CohortId cohort) {
        return h.createUpdate(sql).bind("cohort", cohort.value()).execute();
    }

    private static int update(Handle h, String sql, CohortId cohort, Set<ActivityKey> keys) {
        var update = h.createUpdate(sql).bind("cohort", cohort.value());
        if (sql.contains("<final>")) {
            update.bindList("final", keys.stream().map(ActivityKey::value).toList());
        }
        return update.execute();
    }

    private static List<String> list(Set<ActivityKey> keys) {
        return new ArrayList<>(keys.stream().map(ActivityKey::value).toList());
    }
}
