package nl.leerlijn.lti;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platforms' public keys, cached per key set address: a known key id is served from the cache (for up to an hour); an
 * unknown one fetches the set again, but at most once a minute per address, so a flood of made-up key ids costs the
 * platform one request a minute. When fetching fails the cached set stays in use, for a day at most. Only RS256 signing
 * keys of at least 2048 bits are used.
 */
final class PlatformKeys {
    static final Duration REFETCH_GAP = Duration.ofMinutes(1);
    static final Duration MAX_AGE = Duration.ofHours(1);
    /** How long keys are trusted at most while the platform's key set cannot be fetched. */
    static final Duration STALE_LIMIT = Duration.ofHours(24);
    private static final Logger LOG = LoggerFactory.getLogger(PlatformKeys.class);

    private record Cached(JWKSet keys, Instant fetchedAt, Instant triedAt) {
    }

    private final KeySetFetcher fetcher;
    private final Clock clock;
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();
    private final Map<URI, Object> locks = new ConcurrentHashMap<>();

    PlatformKeys(KeySetFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * @param url the platform's key set
     * @param kid the key id a token names
     * @return the RSA key with that id
     * @throws LaunchRefusedException when the platform publishes no RSA key with that id (or it could not be fetched)
     */
    RSAKey key(URI url, String kid) {
        Instant now = clock.instant();
        Cached cached = cache.get(url);
        if (cached != null && cached.fetchedAt().plus(MAX_AGE).isAfter(now)) {
            JWK known = cached.keys().getKeyByKeyId(kid);
            if (known != null) {
                return rsa(known, kid);
            }
        }
        // One fetch per key set at a time; other platforms' launches do not wait for it.
        synchronized (locks.computeIfAbsent(url, u -> new Object())) {
            cached = cache.get(url);
            if (cached == null || !cached.triedAt().plus(REFETCH_GAP).isAfter(now)) {
                cached = fetch(url, cached, now);
            }
        }
        if (!cached.fetchedAt().plus(STALE_LIMIT).isAfter(now)) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_KEY, "the key set at " + url + " could not be fetched for "
                    + STALE_LIMIT.toHours() + " hours");
        }
        JWK found = cached.keys().getKeyByKeyId(kid);
        if (found == null) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_KEY, "no key " + kid + " in " + url);
        }
        return rsa(found, kid);
    }

    private Cached fetch(URI url, Cached before, Instant now) {
        try {
            Cached fresh = new Cached(JWKSet.parse(fetcher.fetch(url)), now, now);
            cache.put(url, fresh);
            LOG.info("Fetched the key set at {}: {} key(s)", url, fresh.keys().getKeys().size());
            return fresh;
        } catch (IOException | ParseException e) {
            LOG.warn("The key set at {} could not be fetched: {}", url, e.getMessage());
            Cached kept = before == null ? new Cached(new JWKSet(), Instant.EPOCH, now) : new Cached(before.keys(), before.fetchedAt(), now);
            cache.put(url, kept);
            return kept;
        }
    }

    private static RSAKey rsa(JWK key, String kid) {
        if (!(key instanceof RSAKey rsa)) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_KEY, "key " + kid + " is not an RSA key");
        }
        if (com.nimbusds.jose.jwk.KeyUse.ENCRYPTION.equals(rsa.getKeyUse())
                || rsa.getAlgorithm() != null && !com.nimbusds.jose.JWSAlgorithm.RS256.equals(rsa.getAlgorithm()) || rsa.size() < 2048) {
            throw new LaunchRefusedException(LaunchRefusedException.Reason.UNKNOWN_KEY, "key " + kid + " is not an RS256 signing key of "
                    + "at least 2048 bits");
        }
        return rsa;
    }
}
