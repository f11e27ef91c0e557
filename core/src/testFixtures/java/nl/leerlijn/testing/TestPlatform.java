package nl.leerlijn.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.leerlijn.lti.KeySetFetcher;
import nl.leerlijn.lti.NewPlatform;

/**
 * A small LTI 1.3 platform for tests: its own RSA keys and key set (served through a {@link KeySetFetcher} that counts
 * fetches), and id tokens it signs, valid unless a test breaks one rule.
 */
public final class TestPlatform {
    public static final String ISSUER = "https://lms.example.edu";
    public static final String CLIENT_ID = "leerlijn-client-1";
    public static final String DEPLOYMENT = "deployment-1";
    public static final URI JWKS = URI.create("https://lms.example.edu/.well-known/jwks.json");
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String TEACHING_ASSISTANT = "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final RSAKey FIRST = generate("platform-key-1");
    private static final RSAKey SECOND = generate("platform-key-2");

    private final List<RSAKey> published = new ArrayList<>(List.of(FIRST));
    private RSAKey signing = FIRST;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile boolean offline;

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return what the platform's administrator registers Leerlijn with */
    public NewPlatform registration() {
        return new NewPlatform(ISSUER, CLIENT_ID, "Moodle Hogeschool Test", URI.create("https://lms.example.edu/mod/lti/auth.php"),
                URI.create("https://lms.example.edu/mod/lti/token.php"), JWKS, Set.of(DEPLOYMENT));
    }

    /** @return the platform's key set as Leerlijn fetches it; each fetch is counted */
    public KeySetFetcher keySets() {
        return url -> {
            fetches.incrementAndGet();
            if (offline) {
                throw new java.io.IOException("The platform does not answer");
            }
            if (!url.equals(JWKS)) {
                throw new java.io.IOException("No key set at " + url);
            }
            return new JWKSet(published.stream().map(k -> (JWK) k.toPublicJWK()).toList()).toString();
        };
    }

    /** @return how often the key set was fetched */
    public int fetches() {
        return fetches.get();
    }

    /** @param down whether the platform's key set cannot be fetched */
    public void offline(boolean down) {
        offline = down;
    }

    /** The platform starts signing with a new key and publishes both. */
    public void rotate() {
        published.add(SECOND);
        signing = SECOND;
    }

    /**
     * @param nonce the nonce from Leerlijn's authentication request
     * @param now when the token is made
     * @param target the target link of the login
     * @param roles the person's roles
     * @return the claims of a valid resource link launch by Priya in the course "Klantmanager najaar"
     */
    public JWTClaimsSet.Builder claims(String nonce, Instant now, String target, String... roles) {
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(CLIENT_ID).subject("moodle-user-4711")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce)
                .claim("name", "Priya Ramdin").claim("email", "priya.ramdin@example.nl")
                .claim(LTI + "message_type", "LtiResourceLinkRequest").claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", DEPLOYMENT).claim(LTI + "target_link_uri", target)
                .claim(LTI + "resource_link", Map.of("id", "link-42", "title", "Leerlijn"))
                .claim(LTI + "roles", List.of(roles.length == 0 ? new String[] {LEARNER} : roles))
                .claim(LTI + "context", Map.of("id", "course-7", "title", "Klantmanager najaar"));
    }

    /**
     * Runs a whole login and launch against Leerlijn's core, as this platform.
     *
     * @param core Leerlijn
     * @param tool the address Leerlijn is reached at; the launch targets {@code <tool>/lti/launch}
     * @param now the time of the token
     * @param change changes the valid claims (of Priya, learner in "Klantmanager najaar") into the ones wanted
     * @return the launch Leerlijn accepted
     */
    public nl.leerlijn.lti.Launch launch(nl.leerlijn.LeerlijnCore core, URI tool, Instant now,
            java.util.function.UnaryOperator<JWTClaimsSet.Builder> change) {
        String target = tool + "/lti/launch";
        nl.leerlijn.lti.LoginRedirect redirect = core.lti().startLogin(new nl.leerlijn.lti.LoginRequest(ISSUER, "hint", target,
                java.util.Optional.empty(), java.util.Optional.of(CLIENT_ID), java.util.Optional.of(DEPLOYMENT)), URI.create(target), tool);
        String nonce = java.util.Arrays.stream(redirect.location().getRawQuery().split("&")).filter(p -> p.startsWith("nonce="))
                .map(p -> java.net.URLDecoder.decode(p.substring(6), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
        return core.lti().launch(sign(change.apply(claims(nonce, now, target)).build()), redirect.state());
    }

    /** @return the claims signed with the platform's current key, RS256, its key id in the header */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, signing, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).type(JOSEObjectType.JWT).build());
    }

    /** @return the claims signed with the platform's current key under the given header (to break a rule of it) */
    public String sign(JWTClaimsSet claims, JWSHeader header) {
        return sign(claims, signing, header);
    }

    /** @return the claims signed with a key the platform never published, under its current key id */
    public String signWithStrangeKey(JWTClaimsSet claims) {
        RSAKey strange = generate(signing.getKeyID());
        return sign(claims, strange, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build());
    }

    private static String sign(JWTClaimsSet claims, RSAKey key, JWSHeader header) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
