package nl.leerlijn.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.spi.FileStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Leerlijn holds about the person asking (AVG inzage, and a copy to take along): every record that names them as
 * participant, as user or as author, in every cohort, and the files they uploaded. Released results only: a marking the
 * assessors are still working on is theirs until it is released. Each person sees only their own. Thread-safe.
 */
public final class PersonalDataService {
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataService.class);
    /** Columns that only keep Leerlijn's own books (a repeated upload, a concurrent edit) and say nothing about the person. */
    private static final Set<String> BOOKKEEPING = Set.of("idempotency_key", "row_version");
    private static final String MINE = "(SELECT id FROM ll_participant WHERE user_id = :user)";
    private static final String OWN_WORK = "(SELECT id FROM ll_submission WHERE participant_id IN " + MINE + ")";
    private static final String RELEASED = "(SELECT id FROM ll_assessment WHERE released_at IS NOT NULL AND submission_id IN " + OWN_WORK + ")";
    /** The keys the outcomes of their report versions are kept under: a duo's shared key, or the version's own. */
    private static final String OWN_SHARED = "(SELECT COALESCE(shared_id, CONCAT('version-', CAST(id AS VARCHAR(20)))) FROM ll_submission "
            + "WHERE participant_id IN " + MINE + ")";
    private static final String OWN_COHORTS = "(SELECT cohort_id FROM ll_participant WHERE user_id = :user)";
    /** Their groups in published rounds only: a draft grouping is the kerndocent's until it is published. */
    private static final String OWN_GROUPS = "(SELECT m.group_id FROM ll_intervision_member m JOIN ll_intervision_group g ON g.id = m.group_id "
            + "JOIN ll_intervision_round r ON r.id = g.round_id WHERE r.published_at IS NOT NULL AND m.participant_id IN " + MINE + ")";

    /** The name under which {@link #counts(Actor)} gives the number of files they handed in. */
    public static final String FILES = "files";

    /** Each kind of record: its name, its table, and the query for the person's rows (bound to {@code :user}). */
    private record Source(String name, String table, String sql) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("person", "ll_person", "SELECT * FROM ll_person WHERE user_id = :user"),
            new Source("participations", "ll_participant", """
                    SELECT p.*, c.name AS cohort_name FROM ll_participant p JOIN ll_cohort c ON c.id = p.cohort_id
                    WHERE p.user_id = :user ORDER BY p.id"""),
            new Source("participation_events", "ll_participant_event",
                    "SELECT * FROM ll_participant_event WHERE participant_id IN " + MINE + " ORDER BY id"),
            new Source("staff_roles", "ll_cohort_staff", "SELECT * FROM ll_cohort_staff WHERE user_id = :user"),
            new Source("activity_records", "ll_activity_record",
                    "SELECT * FROM ll_activity_record WHERE participant_id IN " + MINE + " ORDER BY recorded_at"),
            new Source("submissions", "ll_submission",
                    "SELECT * FROM ll_submission WHERE participant_id IN " + MINE + " ORDER BY activity_key, version"),
            new Source("submission_files", "ll_submission_file",
                    "SELECT * FROM ll_submission_file WHERE submission_id IN " + OWN_WORK + " ORDER BY submission_id, file_order"),
            new Source("revisions", "ll_revision", "SELECT * FROM ll_revision WHERE participant_id IN " + MINE),
            new Source("assessments", "ll_assessment", "SELECT * FROM ll_assessment WHERE id IN " + RELEASED + " ORDER BY id"),
            new Source("markings", "ll_marking", "SELECT * FROM ll_marking WHERE assessment_id IN " + RELEASED + " ORDER BY assessment_id"),
            new Source("result_audit", "ll_result_audit", "SELECT * FROM ll_result_audit WHERE assessment_id IN " + RELEASED + " ORDER BY id"),
            new Source("extensions", "ll_extension", "SELECT * FROM ll_extension WHERE participant_id IN " + MINE + " ORDER BY id"),
            new Source("deadline_overrides", "ll_deadline_override", "SELECT * FROM ll_deadline_override WHERE participant_id IN " + MINE),
            new Source("presence_confirmations", "ll_presence_confirmation",
                    "SELECT * FROM ll_presence_confirmation WHERE participant_id IN " + MINE + " ORDER BY confirmed_at"),
            new Source("absence_notices", "ll_absence_notice", "SELECT * FROM ll_absence_notice WHERE participant_id IN " + MINE),
            new Source("attendance_lists", "ll_attendance_list", "SELECT * FROM ll_attendance_list WHERE cohort_id IN " + OWN_COHORTS),
            new Source("session_code_attempts", "ll_session_code_attempt", "SELECT * FROM ll_session_code_attempt WHERE user_id = :user"),
            new Source("replacements", "ll_replacement", "SELECT * FROM ll_replacement WHERE participant_id IN " + MINE + " ORDER BY id"),
            new Source("intervision_memberships", "ll_intervision_member",
                    "SELECT * FROM ll_intervision_member WHERE group_id IN " + OWN_GROUPS + " AND participant_id IN " + MINE),
            new Source("intervision_meetings", "ll_intervision_meeting",
                    "SELECT * FROM ll_intervision_meeting WHERE group_id IN " + OWN_GROUPS + " ORDER BY id"),
            new Source("intervision_cases", "ll_intervision_case", "SELECT * FROM ll_intervision_case WHERE author_id IN " + MINE),
            new Source("intervision_presence", "ll_intervision_presence",
                    "SELECT * FROM ll_intervision_presence WHERE participant_id IN " + MINE),
            new Source("intervision_reflections", "ll_intervision_reflection",
                    "SELECT * FROM ll_intervision_reflection WHERE participant_id IN " + MINE),
            new Source("intervision_rules", "ll_intervision_rule", "SELECT * FROM ll_intervision_rule WHERE first_participant_id IN "
                    + MINE + " OR second_participant_id IN " + MINE),
            new Source("intervision_swaps", "ll_intervision_swap", "SELECT * FROM ll_intervision_swap WHERE asked_by IN " + MINE
                    + " OR asked_of IN " + MINE),
            new Source("duos", "ll_duo_member", "SELECT * FROM ll_duo_member WHERE duo_id IN "
                    + "(SELECT duo_id FROM ll_duo_member WHERE participant_id IN " + MINE + ")"),
            new Source("practice_outcomes", "ll_practice_outcome", "SELECT * FROM ll_practice_outcome WHERE shared_id IN " + OWN_SHARED),
            new Source("practice_measures", "ll_practice_measure", "SELECT * FROM ll_practice_measure WHERE shared_id IN " + OWN_SHARED),
            new Source("practice_reflections", "ll_practice_reflection",
                    "SELECT * FROM ll_practice_reflection WHERE participant_id IN " + MINE),
            new Source("practice_supervisors", "ll_practice_supervisor",
                    "SELECT * FROM ll_practice_supervisor WHERE participant_id IN " + MINE),
            new Source("supervisor_requests", "ll_supervisor_request",
                    "SELECT * FROM ll_supervisor_request WHERE participant_id IN " + MINE + " ORDER BY created_at"),
            new Source("award_decisions", "ll_award_decision",
                    "SELECT * FROM ll_award_decision WHERE participant_id IN " + MINE + " ORDER BY id"),
            new Source("certificates", "ll_certificate", "SELECT * FROM ll_certificate WHERE decision_id IN "
                    + "(SELECT id FROM ll_award_decision WHERE participant_id IN " + MINE + ")"),
            new Source("award_events", "ll_award_event", "SELECT * FROM ll_award_event WHERE participant_id IN " + MINE + " ORDER BY id"),
            new Source("notification_choices", "ll_notification_choice", "SELECT * FROM ll_notification_choice WHERE user_id = :user"),
            new Source("notifications", "ll_notification", "SELECT * FROM ll_notification WHERE user_id = :user ORDER BY created_at"),
            new Source("digests", "ll_digest", "SELECT * FROM ll_digest WHERE user_id = :user ORDER BY digest_day"),
            new Source("calendar_link", "ll_calendar_token", "SELECT user_id, created_at FROM ll_calendar_token WHERE user_id = :user"),
            new Source("lti_sessions", "ll_lti_session", """
                    SELECT platform_id, deployment_id, user_id, display_name, email, lti_roles, locale, context_id, context_title,
                        message_type, created_at, expires_at FROM ll_lti_session WHERE user_id = :user ORDER BY created_at"""),
            new Source("lti_courses", "ll_lti_context", "SELECT * FROM ll_lti_context WHERE linked_by = :user ORDER BY linked_at"),
            new Source("lti_accounts", "ll_lti_user", "SELECT * FROM ll_lti_user WHERE user_id = :user"),
            new Source("retention", "ll_retention_purge", "SELECT * FROM ll_retention_purge WHERE cohort_id IN " + OWN_COHORTS));

    private final Jdbi jdbi;
    private final Clock clock;
    private final Access access;
    private final FileStore files;

    /**
     * Wires the export; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param access decides that a person reads only their own
     * @param files where uploaded files are kept
     */
    public PersonalDataService(Jdbi jdbi, Clock clock, Access access, FileStore files) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.files = files;
    }

    /** @return the tables whose rows can name a person and that the export reads, for a completeness check */
    public static Set<String> tablesRead() {
        return SOURCES.stream().map(Source::table).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param actor the person asking; what comes back is about them alone
     * @return everything Leerlijn holds about them; one query per kind of record, however much there is
     */
    public PersonalData of(Actor actor) {
        PersonalData data = jdbi.inTransaction(h -> {
            List<PersonalData.Table> tables = new ArrayList<>();
            for (Source source : SOURCES) {
                tables.add(new PersonalData.Table(source.name(), source.table(), rows(h, source.sql(), actor)));
            }
            List<PersonalData.StoredFile> stored = h.createQuery("""
                    SELECT s.id, s.activity_key, s.version, f.file_name, f.sha256, f.size_bytes FROM ll_submission_file f
                    JOIN ll_submission s ON s.id = f.submission_id
                    WHERE s.participant_id IN """ + MINE + " ORDER BY s.id, f.file_order")
                    .bind("user", actor.userId().value())
                    .map((rs, ctx) -> new PersonalData.StoredFile(rs.getLong("id"), rs.getString("activity_key"), rs.getInt("version"),
                            rs.getString("file_name"), rs.getString("sha256"), rs.getLong("size_bytes"))).list();
            return new PersonalData(actor.userId(), clock.instant(), tables, stored);
        });
        LOG.info("Personal data gathered for {}: {} record(s), {} file(s)", actor.userId().value(),
                data.tables().stream().mapToInt(t -> t.rows().size()).sum(), data.files().size());
        return data;
    }

    /**
     * @param actor the person asking
     * @param name the name of one kind of record (see {@link PersonalData.Table#name()})
     * @return that kind's rows about them; one query
     * @throws IllegalArgumentException when there is no such kind
     */
    public PersonalData.Table table(Actor actor, String name) {
        Source source = SOURCES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No kind of record called " + name));
        return jdbi.withHandle(h -> new PersonalData.Table(source.name(), source.table(), rows(h, source.sql(), actor)));
    }

    /**
     * @param actor the person asking; what is counted is about them alone
     * @return per kind of record (by its name, in the export's order) how many rows name them: counted, not loaded; one
     *     query per kind
     */
    public Map<String, Integer> counts(Actor actor) {
        return jdbi.inTransaction(h -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Source source : SOURCES) {
                counts.put(source.name(), h.createQuery("SELECT COUNT(*) FROM (" + source.sql().replaceAll("(?s) ORDER BY .*$", "") + ") rows_of_kind")
                        .bind("user", actor.userId().value()).mapTo(Integer.class).one());
            }
            counts.put(FILES, h.createQuery("SELECT COUNT(*) FROM ll_submission_file WHERE submission_id IN " + OWN_WORK)
                    .bind("user", actor.userId().value()).mapTo(Integer.class).one());
            return counts;
        });
    }

    /**
     * @param actor the person asking
     * @param file one of the files in their {@link PersonalData}
     * @return its content, to be closed by the caller
     * @throws nl.leerlijn.access.NotPermittedException when the file is not part of their own work
     * @throws IOException when the store cannot open it
     */
    public InputStream open(Actor actor, PersonalData.StoredFile file) throws IOException {
        boolean own = jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM ll_submission_file f JOIN ll_submission s ON s.id = f.submission_id
                WHERE s.id = :submission AND f.sha256 = :sha AND s.participant_id IN """ + MINE)
                .bind("submission", file.submissionId()).bind("sha", file.sha256()).bind("user", actor.userId().value())
                .mapTo(Integer.class).one() > 0);
        access.requireOwn(actor, own, "open file " + file.sha256() + " of version " + file.submissionId());
        return files.open(file.sha256());
    }

    private static List<Map<String, Object>> rows(Handle h, String sql, Actor actor) {
        return h.createQuery(sql).bind("user", actor.userId().value()).map((rs, ctx) -> row(rs)).list();
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            if (!BOOKKEEPING.contains(column)) {
                row.put(column, value(rs.getObject(i)));
            }
        }
        return row;
    }

    private static Object value(Object raw) {
        if (raw == null || raw instanceof String || raw instanceof Boolean) {
            return raw;
        }
        if (raw instanceof Number number) {
            return number instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : number;
        }
        if (raw instanceof OffsetDateTime moment) {
            return moment.toInstant().toString();
        }
        if (raw instanceof Timestamp moment) {
            return moment.toInstant().toString();
        }
        if (raw instanceof Date day) {
            return day.toLocalDate().toString();
        }
        if (raw instanceof java.time.temporal.TemporalAccessor time) {
            return time.toString();
        }
        return raw.toString();
    }
}
