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

    Optional<LtiSession> session(String tokenHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM ll_lti_session WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", tokenHash).bind("now", utc(now)).map((rs, ctx) -> session(rs)).findOne());
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

    private static final String COURSES = """
            SELECT c.*, p.name AS platform_name, k.name AS cohort_name FROM ll_lti_context c
            JOIN ll_lti_platform p ON p.id = c.platform_id JOIN ll_cohort k ON k.id = c.cohort_id""";

    private static LtiCourse course(ResultSet rs) throws SQLException {
        return new LtiCourse(rs.getLong("platform_id"), rs.getString("platform_name"), rs.getString("context_id"),
                Optional.ofNullable(rs.getString("title")).orElse(rs.getString("context_id")), new CohortId(rs.getLong("cohort_id")),
                rs.getString("cohort_name"), rs.getBoolean("assistants_assess"), rs.getObject("linked_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("linked_by"));
    }
}
