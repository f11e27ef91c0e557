package nl.leerlijn.lti;

import static nl.leerlijn.database.Columns.utc;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Registered platforms, started logins and seen nonces. */
final class JdbiLtiRepository {
    /** A login waiting for its launch. */
    record Login(String state, String nonce, long platformId, String targetLinkUri, Optional<String> storageTarget) {
    }

    private final Jdbi jdbi;

    JdbiLtiRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(NewPlatform platform, Instant at, String by) {
        return jdbi.withHandle(h -> {
            long id = h.createUpdate("""
                    INSERT INTO ll_lti_platform (issuer, client_id, name, auth_url, token_url, jwks_url, registered_at, registered_by)
                    VALUES (:issuer, :client, :name, :auth, :token, :jwks, :at, :by)
                    """).bind("issuer", platform.issuer()).bind("client", platform.clientId()).bind("name", platform.name())
                    .bind("auth", platform.authUrl().toString()).bind("token", platform.tokenUrl().toString())
                    .bind("jwks", platform.jwksUrl().toString()).bind("at", utc(at)).bind("by", by)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            for (String deployment : platform.deployments()) {
                h.createUpdate("INSERT INTO ll_lti_deployment (platform_id, deployment_id) VALUES (:platform, :deployment)")
                        .bind("platform", id).bind("deployment", deployment).execute();
            }
            return id;
        });
    }

    boolean exists(String issuer, String clientId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ll_lti_platform WHERE issuer = :issuer AND client_id = :client")
                .bind("issuer", issuer).bind("client", clientId).mapTo(Integer.class).one() > 0);
    }

    List<LtiPlatform> platforms() {
        return load("", Map.of());
    }

    List<LtiPlatform> byIssuer(String issuer) {
        return load(" WHERE p.issuer = :issuer", Map.of("issuer", issuer));
    }

    Optional<LtiPlatform> platform(long id) {
        return load(" WHERE p.id = :id", Map.of("id", id)).stream().findFirst();
    }

    private List<LtiPlatform> load(String where, Map<String, Object> parameters) {
        return jdbi.withHandle(h -> {
            Map<Long, Set<String>> deployments = new HashMap<>();
            h.createQuery("SELECT d.platform_id, d.deployment_id FROM ll_lti_deployment d JOIN ll_lti_platform p ON p.id = d.platform_id" + where)
                    .bindMap(parameters).map((rs, ctx) -> deployments.computeIfAbsent(rs.getLong("platform_id"), k -> new HashSet<>())
                            .add(rs.getString("deployment_id"))).list();
            List<LtiPlatform> found = new ArrayList<>();
            h.createQuery("SELECT * FROM ll_lti_platform p" + where + " ORDER BY p.name, p.id").bindMap(parameters)
                    .map((rs, ctx) -> new LtiPlatform(rs.getLong("id"), rs.getString("issuer"), rs.getString("client_id"), rs.getString("name"),
                            URI.create(rs.getString("auth_url")), URI.create(rs.getString("token_url")), URI.create(rs.getString("jwks_url")),
                            deployments.getOrDefault(rs.getLong("id"), Set.of()))).forEach(found::add);
            return found;
        });
    }

    void saveLogin(Login login, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_lti_login (state, nonce, platform_id, target_link_uri, storage_target, created_at)
                VALUES (:state, :nonce, :platform, :target, :storage, :at)
                """).bind("state", login.state()).bind("nonce", login.nonce()).bind("platform", login.platformId())
                .bind("target", login.targetLinkUri()).bind("storage", login.storageTarget().orElse(null)).bind("at", utc(at)).execute());
    }

    /** @return the login with this state while it is unused and not older than {@code notBefore}; nothing is changed */
    Optional<Login> waiting(String state, Instant notBefore) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT state, nonce, platform_id, target_link_uri, storage_target FROM ll_lti_login
                WHERE state = :state AND used_at IS NULL AND created_at >= :oldest
                """).bind("state", state).bind("oldest", utc(notBefore)).map((rs, ctx) -> login(rs)).findOne());
    }

    /** Uses the login up (once, on every node: the row is updated only while unused) and returns it. */
    Optional<Login> claim(String state, Instant now, Instant notBefore) {
        return jdbi.withHandle(h -> {
            int claimed = h.createUpdate("""
                    UPDATE ll_lti_login SET used_at = :now WHERE state = :state AND used_at IS NULL AND created_at >= :oldest
                    """).bind("now", utc(now)).bind("state", state).bind("oldest", utc(notBefore)).execute();
            if (claimed != 1) {
                return Optional.empty();
            }
            return h.createQuery("SELECT state, nonce, platform_id, target_link_uri, storage_target FROM ll_lti_login WHERE state = :state")
                    .bind("state", state).map((rs, ctx) -> login(rs)).findOne();
        });
    }

    private static Login login(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Login(rs.getString("state"), rs.getString("nonce"), rs.getLong("platform_id"), rs.getString("target_link_uri"),
                Optional.ofNullable(rs.getString("storage_target")));
    }

    /** @return whether the nonce was new for the platform (and is now recorded) */
    boolean recordNonce(long platformId, String nonce, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO ll_lti_nonce (platform_id, nonce, seen_at)
                SELECT :platform, :nonce, :at WHERE NOT EXISTS (SELECT 1 FROM ll_lti_nonce WHERE platform_id = :platform AND nonce = :nonce)
                """).bind("platform", platformId).bind("nonce", nonce).bind("at", utc(at)).execute() == 1);
    }

    /** Forgets logins and nonces that can no longer be used: a token that old is refused by its time anyway. */
    int forget(Instant loginsBefore, Instant noncesBefore, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM ll_lti_login WHERE created_at < :before").bind("before", utc(loginsBefore))
                .execute() + h.createUpdate("DELETE FROM ll_lti_nonce WHERE seen_at < :before").bind("before", utc(noncesBefore)).execute()
                + h.createUpdate("DELETE FROM ll_lti_session WHERE expires_at < :now").bind("now", utc(now)).execute());
    }
}
