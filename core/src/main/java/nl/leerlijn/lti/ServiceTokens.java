package nl.leerlijn.lti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens for a platform's services: the OAuth 2 client-credentials grant with a JWT bearer assertion signed by
 * Leerlijn's key (1EdTech Security Framework), kept until a minute before they expire, per platform and scopes.
 * Thread-safe.
 */
final class ServiceTokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Key(long platform, String scopes) {
    }

    private record Token(String value, Instant until) {
    }

    private final PlatformHttp http;
    private final ToolKeys keys;
    private final Clock clock;
    private final Map<Key, Token> tokens = new ConcurrentHashMap<>();

    ServiceTokens(PlatformHttp http, ToolKeys keys, Clock clock) {
        this.http = http;
        this.keys = keys;
        this.clock = clock;
    }

    /** @return a bearer token for these scopes at this platform, asked for only when none is kept */
    String token(LtiPlatform platform, Set<String> scopes) throws IOException {
        String scope = String.join(" ", new TreeSet<>(scopes));
        Key key = new Key(platform.id(), scope);
        Token kept = tokens.get(key);
        Instant now = clock.instant();
        if (kept != null && kept.until().isAfter(now)) {
            return kept.value();
        }
        byte[] jti = new byte[16];
        RANDOM.nextBytes(jti);
        String assertion = keys.sign(new JWTClaimsSet.Builder().issuer(platform.clientId()).subject(platform.clientId())
                .audience(platform.tokenUrl().toString()).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(Base64.getUrlEncoder().withoutPadding().encodeToString(jti)).build());
        String body = "grant_type=client_credentials&client_assertion_type="
                + enc("urn:ietf:params:oauth:client-assertion-type:jwt-bearer") + "&client_assertion=" + enc(assertion) + "&scope=" + enc(scope);
        PlatformHttp.Response response = http.send(new PlatformHttp.Request("POST", platform.tokenUrl(),
                Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"), body));
        if (response.status() != 200) {
            throw new IOException("The token endpoint of " + platform.issuer() + " answered " + response.status());
        }
        JsonNode answer = JSON.readTree(response.body());
        String token = answer.path("access_token").asText("");
        if (token.isBlank()) {
            throw new IOException("The token endpoint of " + platform.issuer() + " gave no access token");
        }
        long seconds = Math.max(60, answer.path("expires_in").asLong(3600));
        tokens.put(key, new Token(token, now.plusSeconds(seconds - 60)));
        return token;
    }

    /** Forgets a token the platform no longer takes (it answered 401). */
    void forget(LtiPlatform platform, Set<String> scopes) {
        tokens.remove(new Key(platform.id(), String.join(" ", new TreeSet<>(scopes))));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
