package nl.leerlijn.lti;

import static nl.leerlijn.database.Columns.utc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.leerlijn.Internal;
import nl.leerlijn.LeerlijnException;
import org.jdbi.v3.core.Jdbi;

/**
 * Leerlijn's own RSA signing keys, kept in the database so that every node signs with the same key and publishes the
 * same set. The newest key signs; after a rotation the older one stays published for a grace period, so that a platform
 * that cached it still checks what was signed just before. Thread-safe.
 */
@Internal
public final class ToolKeys {
    private final Jdbi jdbi;
    private final Clock clock;

    /**
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     */
    public ToolKeys(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** @return the key that signs now (made on first use) */
    public RSAKey signing() {
        List<RSAKey> keys = published();
        return keys.isEmpty() ? create() : keys.get(0);
    }

    /**
     * @param claims what to sign
     * @return the claims signed with the signing key (RS256, its key id in the header), serialized
     */
    public String sign(com.nimbusds.jwt.JWTClaimsSet claims) {
        RSAKey key = signing();
        com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(new com.nimbusds.jose.JWSHeader.Builder(
                com.nimbusds.jose.JWSAlgorithm.RS256).keyID(key.getKeyID()).type(com.nimbusds.jose.JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("Leerlijn's own key could not sign", e);
        }
        return jwt.serialize();
    }

    /** @return the public parts of every published key, newest first, as a JWKS document */
    public String publicKeySet() {
        List<RSAKey> keys = published();
        if (keys.isEmpty()) {
            keys = List.of(create());
        }
        return new JWKSet(keys.stream().map(k -> (JWK) k.toPublicJWK()).toList()).toString(true);
    }

    /**
     * Keeps the keys fresh, as the background jobs do daily: makes a new signing key once the current one is older than
     * {@code maxAge}, and retires every key that a newer one replaced longer than {@code grace} ago.
     *
     * @param maxAge how long a key signs
     * @param grace how long a replaced key stays published
     * @return whether a new key was made
     */
    public boolean rotate(Duration maxAge, Duration grace) {
        Instant now = clock.instant();
        Instant newest = jdbi.withHandle(h -> h.createQuery("SELECT created_at FROM ll_lti_key WHERE retired_at IS NULL ORDER BY created_at DESC")
                .map((rs, ctx) -> nl.leerlijn.database.Columns.instant(rs, "created_at")).findFirst().orElse(null));
        boolean made = newest == null || !newest.plus(maxAge).isAfter(now);
        if (made) {
            create();
        }
        jdbi.useTransaction(h -> {
            List<String> retiring = h.createQuery("""
                    SELECT k.private_jwk FROM ll_lti_key k WHERE k.retired_at IS NULL AND EXISTS (
                        SELECT 1 FROM ll_lti_key n WHERE n.created_at > k.created_at AND n.created_at <= :cutoff)
                    """).bind("cutoff", utc(now.minus(grace))).mapTo(String.class).list();
            for (String json : retiring) {
                // A retired key keeps only its public part: a copy of the database signs nothing as Leerlijn with it.
                RSAKey key = parse(json);
                h.createUpdate("UPDATE ll_lti_key SET retired_at = :now, private_jwk = :public WHERE kid = :kid").bind("now", utc(now))
                        .bind("public", key.toPublicJWK().toJSONString()).bind("kid", key.getKeyID()).execute();
            }
        });
        return made;
    }

    private List<RSAKey> published() {
        return jdbi.withHandle(h -> h.createQuery("SELECT private_jwk FROM ll_lti_key WHERE retired_at IS NULL ORDER BY created_at DESC, kid")
                .mapTo(String.class).map(ToolKeys::parse).list());
    }

    private RSAKey create() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate();
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO ll_lti_key (kid, private_jwk, created_at) VALUES (:kid, :jwk, :at)")
                    .bind("kid", key.getKeyID()).bind("jwk", key.toJSONString()).bind("at", utc(clock.instant())).execute());
            return key;
        } catch (JOSEException e) {
            throw new LeerlijnException("Could not make an RSA key: " + e.getMessage(), e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new LeerlijnException("A stored LTI key cannot be read: " + e.getMessage(), e);
        }
    }
}
