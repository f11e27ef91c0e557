package nl.leerlijn.notification;

import static nl.leerlijn.database.Columns.instant;
import static nl.leerlijn.database.Columns.optionalInstant;
import static nl.leerlijn.database.Columns.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import org.jdbi.v3.core.Jdbi;

/** People's addresses and choices, notifications and digests in the {@code ll_person}, {@code ll_notification*} and {@code ll_digest} tables. */
final class JdbiNotificationRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, user_id, kind, cohort_id, target, facts, created_at, read_at, delivery, mailed_at";

    private final Jdbi jdbi;

    JdbiNotificationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What Leerlijn knows of how to reach someone. */
    record Person(UserId user, String name, String email, Locale language, boolean languageChosen) {
    }

    // ---- people

    Optional<Person> person(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT user_id, display_name, email, language_tag, language_chosen FROM ll_person WHERE user_id = :user
                """).bind("user", user.value()).map((rs, ctx) -> person(rs)).findOne());
    }

    private static Person person(ResultSet rs) throws SQLException {
        return new Person(new UserId(rs.getString("user_id")), rs.getString("display_name"), rs.getString("email"),
                Locale.forLanguageTag(rs.getString("language_tag")), rs.getBoolean("language_chosen"));
    }

    /** @return the participant addresses Leerlijn has from enrolment, for people it has not seen yet */
    Optional<String> enrolledEmail(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT email FROM ll_participant WHERE user_id = :user AND email <> '' ORDER BY enrolled_at DESC
                """).bind("user", user.value()).mapTo(String.class).findFirst());
    }

    Optional<String> enrolledName(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT display_name FROM ll_participant WHERE user_id = :user ORDER BY enrolled_at DESC
                """).bind("user", user.value()).mapTo(String.class).findFirst());
    }

    void savePerson(Person person, Instant at) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("""
                    UPDATE ll_person SET display_name = :name, email = :email, language_tag = :language,
                        language_chosen = :chosen, seen_at = :at WHERE user_id = :user
                    """).bind("user", person.user().value()).bind("name", person.name()).bind("email", person.email())
                    .bind("language", person.language().toLanguageTag()).bind("chosen", person.languageChosen())
                    .bind("at", utc(at)).execute();
            if (updated == 0) {
                h.createUpdate("""
                        INSERT INTO ll_person (user_id, display_name, email, language_tag, language_chosen, seen_at)
                        VALUES (:user, :name, :email, :language, :chosen, :at)
                        """).bind("user", person.user().value()).bind("name", person.name()).bind("email", person.email())
                        .bind("language", person.language().toLanguageTag()).bind("chosen", person.languageChosen())
                        .bind("at", utc(at)).execute();
            }
        });
    }

    /**
     * Keeps what the host says of a person, in two statements: their name and address, and the language the host says
     * they use (unless they chose one for their mails; when the host says none, the known one stays, Dutch for someone
     * new). Nothing is written when nothing changed.
     */
    void seen(UserId user, String name, String email, Optional<Locale> stated, Instant at) {
        Locale language = stated.orElse(Locale.forLanguageTag("nl"));
        jdbi.useHandle(h -> {
            int changed = h.createUpdate(stated.isPresent() ? """
                    UPDATE ll_person SET display_name = :name, email = :email,
                        language_tag = CASE WHEN language_chosen THEN language_tag ELSE :language END, seen_at = :at
                    WHERE user_id = :user AND (display_name <> :name OR email <> :email
                        OR (language_chosen = FALSE AND language_tag <> :language))
                    """ : """
                    UPDATE ll_person SET display_name = :name, email = :email, seen_at = :at
                    WHERE user_id = :user AND (display_name <> :name OR email <> :email)
                    """).bind("user", user.value()).bind("name", name).bind("email", email)
                    .bindByType("language", language.toLanguageTag(), String.class).bind("at", utc(at)).execute();
            if (changed == 0) {
                h.createUpdate("""
                        INSERT INTO ll_person (user_id, display_name, email, language_tag, language_chosen, seen_at)
                        SELECT :user, :name, :email, :language, FALSE, :at WHERE NOT EXISTS (SELECT 1 FROM ll_person WHERE user_id = :user)
                        """).bind("user", user.value()).bind("name", name).bind("email", email)
                        .bind("language", language.toLanguageTag()).bind("at", utc(at)).execute();
            }
        });
    }

    // ---- choices

    Map<NotificationKind, Delivery> choices(UserId user) {
        return jdbi.withHandle(h -> {
            Map<NotificationKind, Delivery> chosen = new EnumMap<>(NotificationKind.class);
            h.createQuery("SELECT kind, delivery FROM ll_notification_choice WHERE user_id = :user").bind("user", user.value())
                    .map((rs, ctx) -> Map.entry(rs.getString("kind"), rs.getString("delivery")))
                    .forEach(e -> known(NotificationKind.class, e.getKey()).ifPresent(kind ->
                            known(Delivery.class, e.getValue()).ifPresent(d -> chosen.put(kind, d))));
            return chosen;
        });
    }

    private static <E extends Enum<E>> Optional<E> known(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    void choose(UserId user, Map<NotificationKind, Delivery> choices, Instant at) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM ll_notification_choice WHERE user_id = :user").bind("user", user.value()).execute();
            var batch = h.prepareBatch("""
                    INSERT INTO ll_notification_choice (user_id, kind, delivery, chosen_at) VALUES (:user, :kind, :delivery, :at)
                    """);
            choices.forEach((kind, delivery) -> batch.bind("user", user.value()).bind("kind", kind.name())
                    .bind("delivery", delivery.name()).bind("at", utc(at)).add());
            if (!choices.isEmpty()) {
                batch.execute();
            }
        });
    }

    // ---- notifications

    /**
     * Adds a notification unless the person already has one of this kind about the same thing.
     *
     * @return the new one's id, or empty when it was there already
     */
    Optional<NotificationId> insertOnce(UserId user, NotificationKind kind, String about, Optional<CohortId> cohort, Target target,
            Map<String, String> facts, Delivery delivery, Instant at) {
        return jdbi.withHandle(h -> {
            boolean exists = h.createQuery("""
                    SELECT COUNT(*) FROM ll_notification WHERE user_id = :user AND kind = :kind AND about = :about
                    """).bind("user", user.value()).bind("kind", kind.name()).bind("about", about).mapTo(Integer.class).one() > 0;
            if (exists) {
                return Optional.empty();
            }
            return Optional.of(new NotificationId(h.createUpdate("""
                    INSERT INTO ll_notification (user_id, kind, about, cohort_id, target, facts, created_at, delivery)
                    VALUES (:user, :kind, :about, :cohort, :target, :facts, :at, :delivery)
                    """).bind("user", user.value()).bind("kind", kind.name()).bind("about", about)
                    .bind("cohort", cohort.map(CohortId::value).orElse(null)).bind("target", target.stored())
                    .bind("facts", write(facts)).bind("at", utc(at)).bind("delivery", delivery.name())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one()));
        });
    }

    Optional<Notification> find(NotificationId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM ll_notification WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> notification(rs)).findOne());
    }

    List<Notification> recent(UserId user, int limit, boolean unreadOnly) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM ll_notification WHERE user_id = :user"
                + (unreadOnly ? " AND read_at IS NULL" : "") + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("user", user.value()).bind("limit", limit).map((rs, ctx) -> notification(rs)).list());
    }

    int unreadCount(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ll_notification WHERE user_id = :user AND read_at IS NULL")
                .bind("user", user.value()).mapTo(Integer.class).one());
    }

    void markRead(UserId user, Optional<NotificationId> only, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_notification SET read_at = :at WHERE user_id = :user AND read_at IS NULL"
                + (only.isPresent() ? " AND id = :id" : " AND created_at <= :at")).bind("user", user.value()).bind("at", utc(at))
                .bind("id", only.map(NotificationId::value).orElse(0L)).execute());
    }

    /** @return whether it was still unmailed (so this caller marked it) */
    boolean markMailed(Collection<NotificationId> ids, Instant at) {
        if (ids.isEmpty()) {
            return false;
        }
        return jdbi.withHandle(h -> h.createUpdate("UPDATE ll_notification SET mailed_at = :at WHERE mailed_at IS NULL AND id IN (<ids>)")
                .bindList("ids", ids.stream().map(NotificationId::value).toList()).bind("at", utc(at)).execute() > 0);
    }

    /** @return the digest lines waiting for the person: notifications made until then, for the digest, not mailed yet */
    List<Notification> waitingForDigest(UserId user, Instant until) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM ll_notification WHERE user_id = :user "
                + "AND delivery = 'DIGEST' AND mailed_at IS NULL AND created_at <= :until ORDER BY created_at, id")
                .bind("user", user.value()).bind("until", utc(until)).map((rs, ctx) -> notification(rs)).list());
    }

    /** @return everyone with digest lines waiting */
    List<UserId> usersWaitingForDigest() {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT DISTINCT user_id FROM ll_notification WHERE delivery = 'DIGEST' AND mailed_at IS NULL
                """).mapTo(String.class).map(UserId::new).list());
    }

    /** @return the kerndocenten of cohorts that have not ended long ago (their start within the last two years) */
    List<UserId> activeKerndocenten(LocalDate startedAfter) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT DISTINCT s.user_id FROM ll_cohort_staff s JOIN ll_cohort c ON c.id = s.cohort_id
                WHERE s.role = 'CORE_TEACHER' AND s.removed_at IS NULL AND c.start_date >= :after
                """).bind("after", startedAfter).mapTo(String.class).map(UserId::new).list());
    }

    /** @return the cohorts the person is kerndocent of (and that have not ended long ago) */
    List<CohortId> kerndocentOf(UserId user, LocalDate startedAfter) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT s.cohort_id FROM ll_cohort_staff s JOIN ll_cohort c ON c.id = s.cohort_id
                WHERE s.user_id = :user AND s.role = 'CORE_TEACHER' AND s.removed_at IS NULL AND c.start_date >= :after
                ORDER BY s.cohort_id
                """).bind("user", user.value()).bind("after", startedAfter).mapTo(Long.class).map(CohortId::new).list());
    }

    List<CohortId> cohortsStartedAfter(LocalDate after) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM ll_cohort WHERE start_date >= :after ORDER BY id")
                .bind("after", after).mapTo(Long.class).map(CohortId::new).list());
    }

    // ---- digests

    /** @return whether this call planned the person's digest of the day (false when it was planned before) */
    boolean planDigest(UserId user, LocalDate day, Instant at) {
        return jdbi.withHandle(h -> {
            boolean planned = h.createQuery("SELECT COUNT(*) FROM ll_digest WHERE user_id = :user AND digest_day = :day")
                    .bind("user", user.value()).bind("day", day).mapTo(Integer.class).one() > 0;
            if (planned) {
                return false;
            }
            h.createUpdate("INSERT INTO ll_digest (user_id, digest_day, planned_at) VALUES (:user, :day, :at)")
                    .bind("user", user.value()).bind("day", day).bind("at", utc(at)).execute();
            return true;
        });
    }

    /** Locks the digest's row; @return whether it is planned and not sent yet */
    boolean lockUnsentDigest(UserId user, LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT sent_at FROM ll_digest WHERE user_id = :user AND digest_day = :day FOR UPDATE
                """).bind("user", user.value()).bind("day", day).map((rs, ctx) -> rs.getObject("sent_at") == null).findOne()
                .orElse(false));
    }

    void digestSent(UserId user, LocalDate day, int items, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE ll_digest SET sent_at = :at, items = :items WHERE user_id = :user AND digest_day = :day")
                .bind("user", user.value()).bind("day", day).bind("items", items).bind("at", utc(at)).execute());
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        long cohort = rs.getLong("cohort_id");
        Optional<CohortId> cohortId = rs.wasNull() ? Optional.empty() : Optional.of(new CohortId(cohort));
        return new Notification(new NotificationId(rs.getLong("id")), new UserId(rs.getString("user_id")),
                NotificationKind.valueOf(rs.getString("kind")), cohortId, Target.parse(rs.getString("target")), read(rs.getString("facts")),
                instant(rs, "created_at"), optionalInstant(rs, "read_at"), Delivery.valueOf(rs.getString("delivery")),
                optionalInstant(rs, "mailed_at"));
    }

    private static String write(Map<String, String> facts) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Facts are strings", e);
        }
    }

    private static Map<String, String> read(String facts) {
        try {
            return JSON.readValue(facts, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A notification's facts are not readable: " + facts, e);
        }
    }
}
