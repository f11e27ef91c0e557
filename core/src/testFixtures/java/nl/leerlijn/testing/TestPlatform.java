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

    private final Map<String, List<Map<String, Object>>> rosters = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final List<String> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean servicesDown;

    /** @return the address of a course's roster on this platform */
    public static URI memberships(String course) {
        return URI.create(ISSUER + "/api/lti/courses/" + course + "/memberships");
    }

    /**
     * Puts a person on a course's roster (or changes them there).
     *
     * @param course the course
     * @param subject their id
     * @param name their name
     * @param email their address; null when the platform does not share it
     * @param status Active, Inactive or Deleted
     * @param roles their course roles
     */
    public void member(String course, String subject, String name, String email, String status, String... roles) {
        List<Map<String, Object>> roster = rosters.computeIfAbsent(course, k -> new java.util.concurrent.CopyOnWriteArrayList<>());
        roster.removeIf(m -> m.get("user_id").equals(subject));
        Map<String, Object> member = new java.util.LinkedHashMap<>();
        member.put("user_id", subject);
        member.put("name", name);
        if (email != null) {
            member.put("email", email);
        }
        member.put("status", status);
        member.put("roles", List.of(roles));
        roster.add(member);
    }

    /** @param subject leaves the course's roster altogether */
    public void leave(String course, String subject) {
        rosters.getOrDefault(course, List.of()).removeIf(m -> m.get("user_id").equals(subject));
    }

    /** @return how often a token was asked for */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** @return the service calls received, as "METHOD uri" */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    /** @param down whether the platform's services answer 503 */
    public void servicesDown(boolean down) {
        servicesDown = down;
    }

    /**
     * The platform's services as Leerlijn calls them: the token endpoint (a client-credentials grant with a JWT assertion by
     * Leerlijn's client id) and the course rosters, two members a page, behind a bearer token.
     *
     * @return the platform's side of the calls
     */
    public nl.leerlijn.lti.PlatformHttp services() {
        return request -> {
            calls.add(request.method() + " " + request.uri());
            if (servicesDown) {
                return new nl.leerlijn.lti.PlatformHttp.Response(503, Map.of(), "");
            }
            if (request.uri().toString().endsWith("/.well-known/openid-configuration")) {
                // Whoever serves it, the configuration claims this platform's issuer.
                return json(200, Map.of("issuer", ISSUER, "authorization_endpoint", registration().authUrl().toString(),
                        "token_endpoint", registration().tokenUrl().toString(), "jwks_uri", JWKS.toString(),
                        "registration_endpoint", ISSUER + "/mod/lti/openid-registration.php",
                        "https://purl.imsglobal.org/spec/lti-platform-configuration", Map.of("product_family_code", "moodle", "version", "4.5")));
            }
            if (request.uri().toString().equals(ISSUER + "/mod/lti/openid-registration.php")) {
                if (!("Bearer " + REGISTRATION_TOKEN).equals(request.headers().get("Authorization"))) {
                    return new nl.leerlijn.lti.PlatformHttp.Response(401, Map.of(), "");
                }
                registrations.add(request.body());
                int n = registrations.size();
                return json(200, Map.of("client_id", "dynamic-client-" + n, "https://purl.imsglobal.org/spec/lti-tool-configuration",
                        Map.of("deployment_id", "dynamic-deployment-" + n)));
            }
            if (request.uri().toString().equals(registration().tokenUrl().toString())) {
                Map<String, String> form = new java.util.HashMap<>();
                for (String pair : request.body().split("&")) {
                    String[] kv = pair.split("=", 2);
                    form.put(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
                }
                try {
                    JWTClaimsSet assertion = SignedJWT.parse(form.get("client_assertion")).getJWTClaimsSet();
                    if (!"client_credentials".equals(form.get("grant_type")) || !CLIENT_ID.equals(assertion.getIssuer())
                            || !assertion.getAudience().contains(registration().tokenUrl().toString())) {
                        return new nl.leerlijn.lti.PlatformHttp.Response(400, Map.of(), "{\"error\":\"invalid_grant\"}");
                    }
                } catch (java.text.ParseException e) {
                    return new nl.leerlijn.lti.PlatformHttp.Response(400, Map.of(), "{\"error\":\"invalid_client\"}");
                }
                return new nl.leerlijn.lti.PlatformHttp.Response(200, Map.of(), "{\"access_token\":\"token-" + tokenRequests.incrementAndGet()
                        + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"" + form.get("scope") + "\"}");
            }
            if (!request.headers().getOrDefault("Authorization", "").startsWith("Bearer token-")) {
                return new nl.leerlijn.lti.PlatformHttp.Response(401, Map.of(), "");
            }
            java.util.regex.Matcher items = java.util.regex.Pattern.compile(".*/courses/([^/]+)/lineitems(/(\\d+)(/scores)?)?(\\?resource_id=(.*))?")
                    .matcher(request.uri().toString());
            if (items.matches()) {
                return gradebook(request, items.group(1), items.group(3), items.group(4) != null, items.group(6));
            }
            java.util.regex.Matcher course = java.util.regex.Pattern.compile(".*/courses/([^/]+)/memberships(\\?page=(\\d+))?")
                    .matcher(request.uri().toString());
            if (course.matches()) {
                List<Map<String, Object>> roster = rosters.getOrDefault(course.group(1), List.of());
                int page = course.group(3) == null ? 0 : Integer.parseInt(course.group(3));
                List<Map<String, Object>> members = roster.subList(Math.min(roster.size(), page * 2), Math.min(roster.size(), page * 2 + 2));
                Map<String, List<String>> headers = (page + 1) * 2 < roster.size()
                        ? Map.of("link", List.of("<" + memberships(course.group(1)) + "?page=" + (page + 1) + ">; rel=\"next\"")) : Map.of();
                try {
                    return new nl.leerlijn.lti.PlatformHttp.Response(200, headers, new com.fasterxml.jackson.databind.ObjectMapper()
                            .writeValueAsString(Map.of("id", memberships(course.group(1)).toString(), "members", members)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            return new nl.leerlijn.lti.PlatformHttp.Response(404, Map.of(), "");
        };
    }

    /**
     * A platform's storage frame (LTI client-side postMessage storage) as a page: keeps values per origin, answers
     * {@code lti.put_data} and {@code lti.get_data}, and notes the subjects asked in the parent's {@code storageAsked}.
     */
    public static final String STORAGE_FRAME = """
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Opslag</title></head><body><script>
              const kept = {};
              window.parent.storageAsked = window.parent.storageAsked || [];
              window.addEventListener('message', event => {
                const data = event.data;
                if (!data || typeof data !== 'object' || !data.subject) return;
                window.parent.storageAsked.push(data.subject);
                kept[event.origin] = kept[event.origin] || {};
                const reply = {subject: data.subject + '.response', message_id: data.message_id, key: data.key};
                if (data.subject === 'lti.put_data') { kept[event.origin][data.key] = data.value; reply.value = data.value; }
                else if (data.subject === 'lti.get_data') { reply.value = kept[event.origin][data.key]; }
                else return;
                event.source.postMessage(reply, event.origin);
              });
            </script></body></html>""";

    /** The registration token the platform hands out with its Dynamic Registration. */
    public static final String REGISTRATION_TOKEN = "registration-token-1";
    /** The platform's OpenID configuration, for Dynamic Registration. */
    public static final URI OPENID_CONFIGURATION = URI.create(ISSUER + "/.well-known/openid-configuration");
    private final List<String> registrations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** @return the bodies of Leerlijn's registration requests */
    public List<String> registrations() {
        return List.copyOf(registrations);
    }

    private nl.leerlijn.lti.PlatformHttp.Response json(int status, Object body) {
        try {
            return new nl.leerlijn.lti.PlatformHttp.Response(status, Map.of(), json.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private final List<Map<String, Object>> lineItems = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> scores = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

    /** @return the line items Leerlijn made, each with its id (address), label, resourceId, scoreMaximum */
    public List<Map<String, Object>> lineItems() {
        return List.copyOf(lineItems);
    }

    /** @return the scores Leerlijn sent, each with the line item it went to under "lineItem" */
    public List<Map<String, Object>> scores() {
        return List.copyOf(scores);
    }

    @SuppressWarnings("unchecked")
    private nl.leerlijn.lti.PlatformHttp.Response gradebook(nl.leerlijn.lti.PlatformHttp.Request request, String course, String item,
            boolean score, String resource) {
        try {
            String container = ISSUER + "/api/lti/courses/" + course + "/lineitems";
            if (score && "POST".equals(request.method())) {
                Map<String, Object> sent = new java.util.LinkedHashMap<>(json.readValue(request.body(), Map.class));
                sent.put("lineItem", container + "/" + item);
                sent.put("contentType", request.headers().get("Content-Type"));
                sent.put("to", request.uri().toString());
                scores.add(sent);
                return new nl.leerlijn.lti.PlatformHttp.Response(200, Map.of(), "");
            }
            if (item == null && "GET".equals(request.method())) {
                String wanted = resource == null ? null : java.net.URLDecoder.decode(resource, java.nio.charset.StandardCharsets.UTF_8);
                return new nl.leerlijn.lti.PlatformHttp.Response(200, Map.of(), json.writeValueAsString(lineItems.stream()
                        .filter(i -> ((String) i.get("id")).startsWith(container + "/"))
                        .filter(i -> wanted == null || wanted.equals(i.get("resourceId"))).toList()));
            }
            if (item == null && "POST".equals(request.method())) {
                Map<String, Object> made = new java.util.LinkedHashMap<>(json.readValue(request.body(), Map.class));
                made.put("id", container + "/" + (lineItems.size() + 1));
                lineItems.add(made);
                return new nl.leerlijn.lti.PlatformHttp.Response(201, Map.of(), json.writeValueAsString(made));
            }
            return new nl.leerlijn.lti.PlatformHttp.Response(405, Map.of(), "");
        } catch (java.io.IOException e) {
            return new nl.leerlijn.lti.PlatformHttp.Response(400, Map.of(), "");
        }
    }

    /** @return the claims with the course's gradebook announced (line items and scores), as a launch from the course carries it */
    public static JWTClaimsSet.Builder withGrades(JWTClaimsSet.Builder claims, String course) {
        return claims.claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of("scope", List.of(
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", ISSUER + "/api/lti/courses/" + course + "/lineitems"));
    }

    /** @return the claims with the course's roster service announced, as a launch from the course carries it */
    public static JWTClaimsSet.Builder withRoster(JWTClaimsSet.Builder claims, String course) {
        return claims.claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of("context_memberships_url",
                memberships(course).toString(), "service_versions", List.of("2.0")));
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
