package nl.leerlijn.lti;

import static nl.leerlijn.database.Columns.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.CohortId;
import org.jdbi.v3.core.Jdbi;

/** Sessions opened by launches, and courses linked to cohorts. */
final class JdbiLtiCourses {
    private final Jdbi jdbi;

    JdbiLtiCourses(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insertSession(String tokenHash, LtiSession session, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_lti_session (token_hash, platform_id, deployment_id, user_id, display_name, email, lti_roles, locale,
                    context_id, context_title, message_type, return_url, deep_link_data, created_at, expires_at)
                VALUES (:hash, :platform, :deployment, :user, :name, :email, :roles, :locale, :context, :title, :type, :returnUrl, :data, :at,
                    :expires)
                """).bind("hash", tokenHash).bind("platform", session.platformId()).bind("deployment", session.deploymentId())
                .bind("user", session.actor().userId().value()).bind("name", session.actor().displayName())
                .bind("email", session.email().orElse(null)).bind("roles", String.join(" ", session.ltiRoles()))
                .bind("locale", session.locale().orElse(null)).bind("context", session.contextId().orElse(null))
                .bind("title", session.contextTitle().orElse(null)).bind("type", session.messageType())
                .bind("returnUrl", session.deepLinkReturnUrl().orElse(null)).bind("data", session.deepLinkData().orElse(null)).bind("at", utc(at)).bind("expires", utc(session.expiresAt()))
                .execute());
    }

    /** A session row and when it was made and first used. */
    record Found(LtiSession session, Instant createdAt, Optional<Instant> firstUsedAt) {
    }

    Optional<Found> session(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_lti_session WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", tokenHash).bind("now", utc(now)).map((rs, ctx) -> new Found(session(rs),
                        rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("first_used_at", java.time.OffsetDateTime.class)).map(java.time.OffsetDateTime::toInstant)))
                .findOne());
    }

    /** @return whether this was the session's first use (on any node) */
    boolean firstUse(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE ll_lti_session SET first_used_at = :now WHERE token_hash = :hash AND first_used_at IS NULL")
                .bind("now", utc(now)).bind("hash", tokenHash).execute() == 1);
    }

    private static LtiSession session(ResultSet rs) throws SQLException {
        List<String> roles = Arrays.stream(rs.getString("lti_roles").split(" ")).filter(r -> !r.isBlank()).toList();
        Actor actor = new Actor(new nl.leerlijn.access.UserId(rs.getString("user_id")), rs.getString("display_name"), LtiRoles.of(roles));
        return new LtiSession(rs.getLong("platform_id"), rs.getString("deployment_id"), actor, Optional.ofNullable(rs.getString("email")),
                roles, Optional.ofNullable(rs.getString("locale")), Optional.ofNullable(rs.getString("context_id")),
                Optional.ofNullable(rs.getString("context_title")), rs.getString("message_type"), Optional.ofNullable(rs.getString("return_url")), Optional.ofNullable(rs.getString("deep_link_data")),
                rs.getObject("expires_at", java.time.OffsetDateTime.class).toInstant());
    }

    Optional<LtiCourse> course(long platformId, String contextId) {
        return jdbi.withHandle(h -> h.createQuery(COURSES + " WHERE c.platform_id = :platform AND c.context_id = :context")
                .bind("platform", platformId).bind("context", contextId).map((rs, ctx) -> course(rs)).findOne());
    }

    List<LtiCourse> courses(CohortId cohort) {
        return jdbi.withHandle(h -> h.createQuery(COURSES + " WHERE c.cohort_id = :cohort ORDER BY c.linked_at, c.context_id")
                .bind("cohort", cohort.value()).map((rs, ctx) -> course(rs)).list());
    }

    /** @return whether the course was linked now (false when another launch linked it meanwhile) */
    boolean link(long platformId, String contextId, String title, CohortId cohort, Instant at, String by) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO ll_lti_context (platform_id, context_id, cohort_id, title, assistants_assess, linked_at, linked_by)
                SELECT :platform, :context, :cohort, :title, FALSE, :at, :by
                WHERE NOT EXISTS (SELECT 1 FROM ll_lti_context WHERE platform_id = :platform AND context_id = :context)
                """).bind("platform", platformId).bind("context", contextId).bind("cohort", cohort.value()).bind("title", title)
                .bind("at", utc(at)).bind("by", by).execute() == 1);
    }

    int assistantsAssess(CohortId cohort, boolean assess) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE ll_lti_context SET assistants_assess = :assess WHERE cohort_id = :cohort")
                .bind("assess", assess).bind("cohort", cohort.value()).execute());
    }

    void saveServices(long platformId, String contextId, CourseServices services, Instant at) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("""
                    UPDATE ll_lti_service SET memberships_url = :memberships, lineitems_url = :lineitems, ags_scopes = :scopes, seen_at = :at
                    WHERE platform_id = :platform AND context_id = :context""").bindMap(serviceValues(platformId, contextId, services, at)).execute();
            if (updated == 0) {
                try {
                    h.createUpdate("""
                            INSERT INTO ll_lti_service (platform_id, context_id, memberships_url, lineitems_url, ags_scopes, seen_at)
                            VALUES (:platform, :context, :memberships, :lineitems, :scopes, :at)""")
                            .bindMap(serviceValues(platformId, contextId, services, at)).execute();
                } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
                    // Another launch of the same course saved them a moment ago: theirs are as good.
                }
            }
        });
    }

    private static java.util.Map<String, Object> serviceValues(long platformId, String contextId, CourseServices services, Instant at) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("platform", platformId);
        values.put("context", contextId);
        values.put("memberships", services.memberships().map(Object::toString).orElse(null));
        values.put("lineitems", services.lineItems().map(Object::toString).orElse(null));
        String scopes = String.join(" ", new java.util.TreeSet<>(services.scopes()));
        values.put("scopes", scopes.length() > 1000 ? scopes.substring(0, 1000) : scopes);
        values.put("at", utc(at));
        return values;
    }

    CourseServices services(long platformId, String contextId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_lti_service WHERE platform_id = :platform AND context_id = :context")
                .bind("platform", platformId).bind("context", contextId).map((rs, ctx) -> new CourseServices(
                        Optional.ofNullable(rs.getString("memberships_url")).map(java.net.URI::create),
                        Optional.ofNullable(rs.getString("lineitems_url")).map(java.net.URI::create),
                        java.util.Set.of(Optional.ofNullable(rs.getString("ags_scopes")).orElse("").split(" ")).stream()
                                .filter(x -> !x.isBlank()).collect(java.util.stream.Collectors.toSet()))).findOne()
                .orElse(CourseServices.none()));
    }

    List<CohortId> linkedCohorts() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT cohort_id FROM ll_lti_context ORDER BY cohort_id")
                .map((rs, ctx) -> new CohortId(rs.getLong(1))).list());
    }

    void recordSync(long platformId, String contextId, RosterSync sync) {
        jdbi.useHandle(h -> h.createUpdate("""
                UPDATE ll_lti_context SET roster_synced_at = :at, roster_enrolled = :enrolled, roster_withdrawn = :withdrawn,
                    roster_skipped = :skipped, roster_problem = :problem WHERE platform_id = :platform AND context_id = :context""")
                .bind("at", utc(sync.at())).bind("enrolled", sync.enrolled()).bind("withdrawn", sync.withdrawn()).bind("skipped", sync.skipped())
                .bind("problem", sync.problem().orElse(null)).bind("platform", platformId).bind("context", contextId).execute());
    }

    void rememberSubject(long platformId, String subject, String userId) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_lti_user (platform_id, subject, user_id) SELECT :platform, :subject, :user
                WHERE NOT EXISTS (SELECT 1 FROM ll_lti_user WHERE platform_id = :platform AND subject = :subject)""")
                .bind("platform", platformId).bind("subject", subject).bind("user", userId).execute());
    }

    Optional<String> subject(long platformId, String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT subject FROM ll_lti_user WHERE platform_id = :platform AND user_id = :user")
                .bind("platform", platformId).bind("user", userId).mapTo(String.class).findFirst());
    }

    /** A line item Leerlijn made in a course's gradebook. */
    record LineItem(String url, int scoreMaximum) {
    }

    Optional<LineItem> lineItem(long platformId, String contextId, String activity) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT url, score_maximum FROM ll_lti_line_item WHERE platform_id = :platform AND context_id = :context AND activity_key = :activity""")
                .bind("platform", platformId).bind("context", contextId).bind("activity", activity)
                .map((rs, ctx) -> new LineItem(rs.getString("url"), rs.getInt("score_maximum"))).findOne());
    }

    void saveLineItem(long platformId, String contextId, String activity, LineItem item, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_lti_line_item (platform_id, context_id, activity_key, url, score_maximum, created_at)
                SELECT :platform, :context, :activity, :url, :maximum, :at
                WHERE NOT EXISTS (SELECT 1 FROM ll_lti_line_item WHERE platform_id = :platform AND context_id = :context AND activity_key = :activity)""")
                .bind("platform", platformId).bind("context", contextId).bind("activity", activity).bind("url", item.url())
                .bind("maximum", item.scoreMaximum()).bind("at", utc(at)).execute());
    }

    private static final String COURSES = """
            SELECT c.*, p.name AS platform_name, k.name AS cohort_name FROM ll_lti_context c
            JOIN ll_lti_platform p ON p.id = c.platform_id JOIN ll_cohort k ON k.id = c.cohort_id""";

    private static LtiCourse course(ResultSet rs) throws SQLException {
        return new LtiCourse(rs.getLong("platform_id"), rs.getString("platform_name"), rs.getString("context_id"),
                Optional.ofNullable(rs.getString("title")).orElse(rs.getString("context_id")), new CohortId(rs.getLong("cohort_id")),
                rs.getString("cohort_name"), rs.getBoolean("assistants_assess"), rs.getObject("linked_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("linked_by"), lastSync(rs));
    }

    private static Optional<RosterSync> lastSync(ResultSet rs) throws SQLException {
        java.time.OffsetDateTime at = rs.getObject("roster_synced_at", java.time.OffsetDateTime.class);
        return at == null ? Optional.empty() : Optional.of(new RosterSync(at.toInstant(), rs.getInt("roster_enrolled"),
                rs.getInt("roster_withdrawn"), rs.getInt("roster_skipped"), Optional.ofNullable(rs.getString("roster_problem"))));
    }
}
