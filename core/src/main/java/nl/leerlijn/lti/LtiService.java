package nl.leerlijn.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.FreeText;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.cohort.StaffMember;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.enrolment.EnrolmentOutcome;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.ParticipantEnrolled;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.events.EventBus;
import nl.leerlijn.lti.LaunchRefusedException.Reason;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LTI 1.3: platforms registered to launch Leerlijn, the OIDC login a platform starts, and the launch it ends with, checked
 * as LTI Core 1.3 and the 1EdTech Security Framework require: RS256 only, a key id looked up in the platform's (cached)
 * key set, exact issuer, Leerlijn's client id in the audience (and as authorized party when there are several), expiry
 * and issue time with a minute's leeway, the nonce sent with the login and never seen before (on any node), the state
 * used once, message type, version 1.3.0, a registered deployment, the target link asked for, a resource link id and
 * roles. Every refusal says which rule, and is logged. Thread-safe.
 */
public final class LtiService {
    /** The leeway for clocks that differ a little. */
    public static final Duration SKEW = Duration.ofMinutes(1);
    /** How long Leerlijn's signing key signs before a new one is made. */
    public static final Duration KEY_MAX_AGE = Duration.ofDays(90);
    /** How long a replaced key stays published. */
    public static final Duration KEY_GRACE = Duration.ofDays(7);
    /** How long a session opened by a launch lasts; the course's link opens a new one. */
    public static final Duration SESSION_VALIDITY = Duration.ofHours(8);
    /** How long a login waits for its launch, and how old an id token may be. */
    public static final Duration LOGIN_VALIDITY = Duration.ofMinutes(10);
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    private static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    private static final Logger LOG = LoggerFactory.getLogger(LtiService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;
    private final Access access;
    private final ToolKeys keys;
    private final PlatformKeys platformKeys;
    private final boolean allowLocalhost;
    private final JdbiLtiRepository store;
    private final JdbiLtiCourses courses;
    private final Cohorts cohorts;
    private final Participants participants;
    private final EventBus events;
    private final PlatformHttp http;
    private final ServiceTokens tokens;
    private final nl.leerlijn.submission.Submissions submissions;
    private final nl.leerlijn.assessment.Results results;

    /**
     * Wires LTI; see {@code LeerlijnCore}.
     *
     * @param jdbi Leerlijn's database access
     * @param clock the time source
     * @param access decides who may register platforms
     * @param fetcher fetches platforms' key sets
     * @param allowLocalhost whether a platform on {@code http://localhost} may be registered (for trying it locally)
     * @param cohorts cohorts by id, to put an instructor on a linked cohort's team
     * @param participants participants by id, to enrol a learner of a linked course
     * @param events where a learner's enrolment is announced
     * @param http calls a platform's services
     * @param submissions the handed-in versions, to know whose result a score is
     * @param results the agreed results
     */
    public LtiService(Jdbi jdbi, Clock clock, Access access, KeySetFetcher fetcher, boolean allowLocalhost, Cohorts cohorts,
            Participants participants, EventBus events, PlatformHttp http, nl.leerlijn.submission.Submissions submissions,
            nl.leerlijn.assessment.Results results) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.access = access;
        this.keys = new ToolKeys(jdbi, clock);
        this.platformKeys = new PlatformKeys(fetcher, clock);
        this.allowLocalhost = allowLocalhost;
        this.store = new JdbiLtiRepository(jdbi);
        this.courses = new JdbiLtiCourses(jdbi);
        this.cohorts = cohorts;
        this.participants = participants;
        this.events = events;
        this.http = http;
        this.tokens = new ServiceTokens(http, keys, clock);
        this.submissions = submissions;
        this.results = results;
    }

    /**
     * Registers a platform by hand.
     *
     * @param actor who registers: an administrator
     * @param platform what the platform's administrator gave
     * @return the registered platform
     * @throws nl.leerlijn.access.NotPermittedException unless the actor is an administrator
     * @throws InvalidInputException when an address is not https (or http on localhost when allowed), a value is missing,
     *     or the platform is registered already
     */
    public LtiPlatform register(Actor actor, NewPlatform platform) {
        return jdbi.inTransaction(h -> {
            access.requireAdministrator(actor, "register LTI platform " + platform.issuer());
            String issuer = FreeText.required(platform.issuer(), 500, "issuer");
            String clientId = FreeText.required(platform.clientId(), 200, "client id");
            String name = FreeText.required(platform.name(), 200, "name");
            URI issuerAddress;
            try {
                issuerAddress = new URI(issuer);
            } catch (java.net.URISyntaxException e) {
                throw new InvalidInputException("The platform's issuer is not an address: " + issuer);
            }
            secure(issuerAddress, "issuer");
            secure(platform.authUrl(), "authentication endpoint");
            secure(platform.tokenUrl(), "token endpoint");
            secure(platform.jwksUrl(), "key set");
            if (platform.deployments().isEmpty() || platform.deployments().stream().anyMatch(d -> d.isBlank() || d.length() > 255)) {
                throw new InvalidInputException("A platform needs at least one deployment id (at most 255 characters each)");
            }
            if (store.exists(issuer, clientId)) {
                throw new InvalidInputException("The platform " + issuer + " with client id " + clientId + " is registered already");
            }
            long id = store.insert(new NewPlatform(issuer, clientId, name, platform.authUrl(), platform.tokenUrl(), platform.jwksUrl(),
                    platform.deployments()), clock.instant(), actor.userId().value());
            LOG.info("LTI platform {} ({}, client id {}) registered by {}", id, issuer, clientId, actor.userId().value());
            return store.platform(id).orElseThrow();
        });
    }

    /** How long a registration link for Dynamic Registration can be used. */
    public static final Duration INVITE_VALIDITY = Duration.ofDays(7);

    /**
     * Makes a registration link for a platform's Dynamic Registration: the address {@code <base>/lti/registratie/<token>}
     * that the platform's administrator pastes in. It works once, for {@link #INVITE_VALIDITY}.
     *
     * @param actor who asks: an administrator
     * @return the token (the only copy: Leerlijn keeps its hash)
     */
    public String invite(Actor actor) {
        access.requireAdministrator(actor, "make an LTI registration link");
        String token = random() + random();
        Instant now = clock.instant();
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_lti_invite (token_hash, created_by, created_at, expires_at) VALUES (:hash, :by, :at, :until)""")
                .bind("hash", hash(token)).bind("by", actor.userId().value()).bind("at", nl.leerlijn.database.Columns.utc(now))
                .bind("until", nl.leerlijn.database.Columns.utc(now.plus(INVITE_VALIDITY))).execute());
        LOG.info("{} made an LTI registration link, valid until {}", actor.userId().value(), now.plus(INVITE_VALIDITY));
        return token;
    }

    /**
     * @param token a registration link's token
     * @return whether it can be used now (known, unused, not expired)
     */
    public boolean inviteOpen(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{40,100}")) {
            return false;
        }
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM ll_lti_invite WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                .bind("hash", hash(token)).bind("now", nl.leerlijn.database.Columns.utc(clock.instant())).mapTo(Integer.class).one() > 0);
    }

    /**
     * Reads and checks a platform's OpenID configuration (LTI Dynamic Registration): its issuer is an https address (or
     * localhost when allowed) that the configuration's own address begins with, and every endpoint is secure.
     *
     * @param token the registration link's token
     * @param configuration the {@code openid_configuration} address the platform gave
     * @return what the platform offers
     * @throws LaunchRefusedException when the link is not open ({@link Reason#STATE}) or the configuration cannot be read or
     *     does not hold ({@link Reason#UNKNOWN_PLATFORM})
     */
    public PlatformOffer readOffer(String token, URI configuration) {
        if (!inviteOpen(token)) {
            throw refused(Reason.STATE, "registration link unknown, used or expired");
        }
        try {
            secure(configuration, "OpenID configuration");
            PlatformHttp.Response answer = http.send(new PlatformHttp.Request("GET", configuration, Map.of("Accept", "application/json"), ""));
            if (answer.status() != 200) {
                throw refused(Reason.UNKNOWN_PLATFORM, "configuration answered " + answer.status());
            }
            com.fasterxml.jackson.databind.JsonNode config = JSON.readTree(answer.body());
            String issuer = config.path("issuer").asText("");
            secure(URI.create(issuer), "issuer");
            URI issuerUri = URI.create(issuer);
            String issuerPath = Optional.ofNullable(issuerUri.getRawPath()).orElse("");
            String configurationPath = Optional.ofNullable(configuration.getRawPath()).orElse("");
            // The same scheme, host and port, and the issuer's path a whole prefix of the configuration's path.
            if (!sameOrigin(issuerUri, configuration) || !(configurationPath.equals(issuerPath) || configurationPath.startsWith(
                    issuerPath.endsWith("/") ? issuerPath : issuerPath + "/"))) {
                throw refused(Reason.ISSUER, "issuer " + issuer + " does not begin " + configuration);
            }
            URI auth = endpoint(config, "authorization_endpoint");
            URI tokenUrl = endpoint(config, "token_endpoint");
            URI jwks = endpoint(config, "jwks_uri");
            URI registration = endpoint(config, "registration_endpoint");
            com.fasterxml.jackson.databind.JsonNode platform = config.path("https://purl.imsglobal.org/spec/lti-platform-configuration");
            String family = platform.path("product_family_code").asText("");
            String name = (family.isBlank() ? URI.create(issuer).getHost() : family + " " + platform.path("version").asText("")).strip();
            return new PlatformOffer(issuer, name.length() > 150 ? name.substring(0, 150) : name, auth, tokenUrl, jwks, registration);
        } catch (LaunchRefusedException e) {
            throw e;
        } catch (java.io.IOException | IllegalArgumentException | InvalidInputException e) {
            throw refused(Reason.UNKNOWN_PLATFORM, "configuration " + configuration + ": " + e.getMessage());
        }
    }

    private URI endpoint(com.fasterxml.jackson.databind.JsonNode config, String field) {
        URI uri = URI.create(config.path(field).asText(""));
        secure(uri, field);
        return uri;
    }

    /**
     * Registers Leerlijn with a platform (LTI Dynamic Registration): posts Leerlijn's configuration to the platform's
     * registration endpoint with the platform's registration token, and keeps the platform with the client id and deployment
     * it answers. The registration link is used up.
     *
     * @param token the registration link's token
     * @param configuration the {@code openid_configuration} address the platform gave
     * @param registrationToken the {@code registration_token} the platform gave, if any
     * @param tool how Leerlijn presents itself
     * @return the registered platform
     * @throws LaunchRefusedException when the link is not open, the configuration does not hold, or the platform refuses
     */
    public LtiPlatform registerDynamically(String token, URI configuration, Optional<String> registrationToken, ToolConfiguration tool) {
        PlatformOffer offer = readOffer(token, configuration);
        Map<String, Object> toolConfiguration = new LinkedHashMap<>();
        toolConfiguration.put("domain", tool.base().getHost() + (tool.base().getPort() > 0 ? ":" + tool.base().getPort() : ""));
        toolConfiguration.put("target_link_uri", tool.launchUrl().toString());
        toolConfiguration.put("description", tool.description());
        toolConfiguration.put("claims", List.of("iss", "sub", "name", "given_name", "family_name", "email"));
        toolConfiguration.put("messages", List.of(Map.of("type", "LtiResourceLinkRequest", "target_link_uri", tool.launchUrl().toString()),
                Map.of("type", "LtiDeepLinkingRequest", "target_link_uri", tool.launchUrl().toString(), "label", tool.name())));
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("application_type", "web");
        request.put("response_types", List.of("id_token"));
        request.put("grant_types", List.of("implicit", "client_credentials"));
        request.put("initiate_login_uri", tool.loginUrl().toString());
        request.put("redirect_uris", List.of(tool.launchUrl().toString()));
        request.put("client_name", tool.name());
        request.put("jwks_uri", tool.jwksUrl().toString());
        request.put("token_endpoint_auth_method", "private_key_jwt");
        request.put("scope", String.join(" ", CourseServices.ROSTER_SCOPE, LINE_ITEM_SCOPE, SCORE_SCOPE));
        request.put("https://purl.imsglobal.org/spec/lti-tool-configuration", toolConfiguration);
        String clientId;
        Optional<String> deployment;
        try {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("Accept", "application/json");
            registrationToken.filter(t -> !t.isBlank()).ifPresent(t -> headers.put("Authorization", "Bearer " + t));
            PlatformHttp.Response answer = http.send(new PlatformHttp.Request("POST", offer.registrationUrl(), headers,
                    JSON.writeValueAsString(request)));
            if (answer.status() / 100 != 2) {
                throw refused(Reason.UNKNOWN_PLATFORM, "registration answered " + answer.status());
            }
            com.fasterxml.jackson.databind.JsonNode registered = JSON.readTree(answer.body());
            clientId = registered.path("client_id").asText("");
            deployment = Optional.of(registered.path("https://purl.imsglobal.org/spec/lti-tool-configuration").path("deployment_id").asText(""))
                    .filter(d -> !d.isBlank());
        } catch (java.io.IOException e) {
            throw refused(Reason.UNKNOWN_PLATFORM, "registration at " + offer.registrationUrl() + ": " + e.getMessage());
        }
        if (clientId.isBlank() || clientId.length() > 200) {
            throw refused(Reason.UNKNOWN_PLATFORM, "the platform gave no client id");
        }
        return jdbi.inTransaction(h -> {
            int used = h.createUpdate("""
                    UPDATE ll_lti_invite SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL AND expires_at > :now""")
                    .bind("now", nl.leerlijn.database.Columns.utc(clock.instant())).bind("hash", hash(token)).execute();
            if (used != 1) {
                throw refused(Reason.STATE, "registration link used meanwhile");
            }
            if (store.exists(offer.issuer(), clientId)) {
                throw refused(Reason.UNKNOWN_PLATFORM, "platform " + offer.issuer() + " with client id " + clientId + " is registered already");
            }
            // A platform that names no deployment yet (it makes one when the tool is added to a course) gets its client id as one.
            long id = store.insert(new NewPlatform(offer.issuer(), clientId, offer.name(), offer.authUrl(), offer.tokenUrl(), offer.jwksUrl(),
                    java.util.Set.of(deployment.orElse(clientId))), clock.instant(), "dynamic-registration");
            h.createUpdate("UPDATE ll_lti_invite SET platform_id = :platform WHERE token_hash = :hash").bind("platform", id)
                    .bind("hash", hash(token)).execute();
            LOG.info("LTI platform {} ({}, client id {}) registered itself by Dynamic Registration", id, offer.issuer(), clientId);
            return store.platform(id).orElseThrow();
        });
    }

    /**
     * Adds a deployment of Leerlijn on a registered platform (a platform makes one each time Leerlijn is added to a course
     * or an organisation unit, and names it in every launch).
     *
     * @param actor who asks: an administrator
     * @param platformId the platform
     * @param deploymentId the deployment id the platform shows
     * @throws InvalidInputException when it is blank or too long
     */
    public void addDeployment(Actor actor, long platformId, String deploymentId) {
        jdbi.useTransaction(h -> {
            access.requireAdministrator(actor, "add a deployment to LTI platform " + platformId);
            String deployment = FreeText.required(deploymentId, 255, "deployment id");
            LtiPlatform platform = store.platform(platformId).orElseThrow(() -> new InvalidInputException("No LTI platform " + platformId));
            if (!platform.deployments().contains(deployment)) {
                h.createUpdate("INSERT INTO ll_lti_deployment (platform_id, deployment_id) VALUES (:platform, :deployment)")
                        .bind("platform", platformId).bind("deployment", deployment).execute();
                LOG.info("{} added deployment {} to LTI platform {}", actor.userId().value(), deployment, platformId);
            }
        });
    }

    /** @return every registered platform, by name */
    public List<LtiPlatform> platforms() {
        return store.platforms();
    }

    /** @return Leerlijn's public keys as a JWKS document, to publish at its key set address */
    public String publicKeySet() {
        return keys.publicKeySet();
    }

    /**
     * Keeps Leerlijn's keys fresh and forgets logins and nonces that can no longer be used; the background jobs run it
     * daily.
     *
     * @param maxAge how long a key signs before a new one is made
     * @param grace how long a replaced key stays published
     */
    public void housekeeping(Duration maxAge, Duration grace) {
        if (keys.rotate(maxAge, grace)) {
            LOG.info("A new LTI signing key was made");
        }
        store.forget(clock.instant().minus(LOGIN_VALIDITY).minus(Duration.ofHours(1)), clock.instant().minus(Duration.ofDays(1)),
                clock.instant());
    }

    /**
     * Answers a platform's third-party login initiation: checks that the platform is registered and the target is
     * Leerlijn's own, keeps a fresh state and nonce, and says where to send the browser.
     *
     * @param request what the platform sent
     * @param launchUrl Leerlijn's launch address (the redirect URI registered with the platform)
     * @param toolBase the address Leerlijn is reached at; the target must lie under it
     * @return the platform's authentication request to redirect to
     * @throws LaunchRefusedException when the platform is unknown or the target is not Leerlijn's
     */
    public LoginRedirect startLogin(LoginRequest request, URI launchUrl, URI toolBase) {
        return jdbi.inTransaction(h -> {
            LtiPlatform platform = platformOf(request);
            request.deploymentId().filter(d -> !platform.deployments().contains(d)).ifPresent(d -> {
                throw refused(Reason.DEPLOYMENT, "deployment " + d + " of " + platform.issuer());
            });
            String target = Optional.ofNullable(request.targetLinkUri()).orElse("");
            if (!under(target, toolBase)) {
                throw refused(Reason.FOREIGN_TARGET, "target " + target + " is not under " + toolBase);
            }
            if (request.loginHint() == null || request.loginHint().isBlank()) {
                throw refused(Reason.CLAIM, "no login_hint");
            }
            String state = random();
            String nonce = random();
            Optional<String> storage = request.storageTarget().map(String::strip).filter(t -> t.matches("[A-Za-z0-9_.-]{1,100}"));
            store.saveLogin(new JdbiLtiRepository.Login(state, nonce, platform.id(), target, storage), clock.instant());
            Map<String, String> query = new LinkedHashMap<>();
            query.put("scope", "openid");
            query.put("response_type", "id_token");
            query.put("response_mode", "form_post");
            query.put("prompt", "none");
            query.put("client_id", platform.clientId());
            query.put("redirect_uri", launchUrl.toString());
            query.put("login_hint", request.loginHint());
            request.messageHint().ifPresent(hint -> query.put("lti_message_hint", hint));
            query.put("state", state);
            query.put("nonce", nonce);
            StringBuilder location = new StringBuilder(platform.authUrl().toString());
            location.append(platform.authUrl().getRawQuery() == null ? '?' : '&');
            query.forEach((k, v) -> location.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
            location.setLength(location.length() - 1);
            return new LoginRedirect(URI.create(location.toString()), state);
        });
    }

    /**
     * Checks a launch: the state from the login, then the id token against every rule; the state is used up and the
     * nonce recorded in the same transaction.
     *
     * @param idToken the {@code id_token} the platform posted
     * @param state the {@code state} it posted back
     * @return the launch
     * @throws LaunchRefusedException naming the rule it broke
     */
    public Launch launch(String idToken, String state) {
        try {
            Instant now = clock.instant();
            String given = Optional.ofNullable(state).orElse("");
            // The token is checked before any transaction: fetching a platform's keys never holds a connection or a lock.
            JdbiLtiRepository.Login waiting = store.waiting(given, now.minus(LOGIN_VALIDITY))
                    .orElseThrow(() -> refused(Reason.STATE, "unknown, used or expired state"));
            LtiPlatform platform = store.platform(waiting.platformId()).orElseThrow(() -> refused(Reason.STATE, "platform gone"));
            JWTClaimsSet claims = verified(idToken, platform, now);
            String nonce = claims.getClaims().get("nonce") instanceof String n ? n : null;
            if (nonce == null || !nonce.equals(waiting.nonce())) {
                throw refused(Reason.NONCE, nonce == null ? "no nonce" : "not the nonce of this login");
            }
            Launch launch = launchOf(claims, platform, waiting);
            jdbi.useTransaction(h -> {
                if (store.claim(given, now, now.minus(LOGIN_VALIDITY)).isEmpty()) {
                    throw refused(Reason.STATE, "state used meanwhile");
                }
                if (!store.recordNonce(platform.id(), nonce, now)) {
                    throw refused(Reason.REPLAY, "nonce seen before");
                }
            });
            LOG.info("LTI launch from {} ({}): {} as {}", platform.issuer(), launch.messageType(), launch.subject(), launch.roles());
            return launch;
        } catch (LaunchRefusedException e) {
            LOG.warn("{}", e.getMessage());
            throw e;
        }
    }

    private JWTClaimsSet verified(String idToken, LtiPlatform platform, Instant now) {
        JWT parsed;
        try {
            parsed = JWTParser.parse(Optional.ofNullable(idToken).orElse(""));
        } catch (ParseException e) {
            throw refused(Reason.MALFORMED, e.getMessage());
        }
        if (!(parsed instanceof SignedJWT jwt)) {
            throw refused(Reason.ALGORITHM, "unsigned token (alg " + parsed.getHeader().getAlgorithm() + ")");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw refused(Reason.ALGORITHM, "alg " + jwt.getHeader().getAlgorithm());
        }
        String kid = jwt.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            throw refused(Reason.NO_KEY_ID, "no kid in the header");
        }
        try {
            if (!jwt.verify(new RSASSAVerifier(platformKeys.key(platform.jwksUrl(), kid)))) {
                throw refused(Reason.SIGNATURE, "signature of key " + kid + " does not match");
            }
        } catch (JOSEException e) {
            throw refused(Reason.SIGNATURE, e.getMessage());
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw refused(Reason.MALFORMED, e.getMessage());
        }
        if (!platform.issuer().equals(claims.getIssuer())) {
            throw refused(Reason.ISSUER, "iss " + claims.getIssuer());
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(platform.clientId())) {
            throw refused(Reason.AUDIENCE, "aud " + audience);
        }
        Object azp = claims.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !platform.clientId().equals(azp)) {
            throw refused(Reason.AUDIENCE, "azp " + azp + " with aud " + audience);
        }
        Date expires = claims.getExpirationTime();
        Date issued = claims.getIssueTime();
        if (expires == null || issued == null) {
            throw refused(Reason.TIME, "no exp or iat");
        }
        if (!expires.toInstant().plus(SKEW).isAfter(now)) {
            throw refused(Reason.TIME, "expired at " + expires.toInstant());
        }
        if (issued.toInstant().minus(SKEW).isAfter(now) || issued.toInstant().plus(LOGIN_VALIDITY).plus(SKEW).isBefore(now)) {
            throw refused(Reason.TIME, "issued at " + issued.toInstant());
        }
        return claims;
    }

    private Launch launchOf(JWTClaimsSet claims, LtiPlatform platform, JdbiLtiRepository.Login login) {
        Map<String, Object> all = claims.getClaims();
        String messageType = text(all.get(LTI + "message_type"));
        if (!Launch.RESOURCE_LINK.equals(messageType) && !Launch.DEEP_LINKING.equals(messageType)) {
            throw refused(Reason.MESSAGE_TYPE, "message_type " + messageType);
        }
        if (!"1.3.0".equals(text(all.get(LTI + "version")))) {
            throw refused(Reason.VERSION, "version " + all.get(LTI + "version"));
        }
        String deployment = text(all.get(LTI + "deployment_id"));
        if (deployment == null || !platform.deployments().contains(deployment)) {
            throw refused(Reason.DEPLOYMENT, "deployment_id " + deployment);
        }
        String target = text(all.get(LTI + "target_link_uri"));
        if (!login.targetLinkUri().equals(target)) {
            throw refused(Reason.TARGET_LINK, "target_link_uri " + target + " for a login to " + login.targetLinkUri());
        }
        Optional<String> resourceLink = object(all.get(LTI + "resource_link")).map(link -> text(link.get("id")));
        if (Launch.RESOURCE_LINK.equals(messageType) && resourceLink.filter(id -> !id.isBlank()).isEmpty()) {
            throw refused(Reason.CLAIM, "no resource_link id");
        }
        if (!(all.get(LTI + "roles") instanceof List<?> rawRoles)) {
            throw refused(Reason.CLAIM, "no roles claim");
        }
        List<String> roles = new ArrayList<>();
        rawRoles.forEach(r -> {
            if (r instanceof String role) {
                roles.add(role);
            }
        });
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw refused(Reason.CLAIM, "no sub");
        }
        Optional<Map<String, Object>> context = object(all.get(LTI + "context"));
        Map<String, String> custom = new LinkedHashMap<>();
        object(all.get(LTI + "custom")).ifPresent(c -> c.forEach((k, v) -> custom.put(k, String.valueOf(v))));
        Optional<String> returnUrl = object(all.get(DEEP_LINKING_SETTINGS)).map(settings -> text(settings.get("deep_link_return_url")));
        if (Launch.DEEP_LINKING.equals(messageType) && returnUrl.filter(url -> address(url).isPresent()).filter(url -> url.startsWith("https://")
                || url.startsWith(platform.authUrl().getScheme() + "://" + platform.authUrl().getAuthority() + "/")).isEmpty()) {
            throw refused(Reason.CLAIM, "deep_link_return_url " + returnUrl.orElse("missing"));
        }
        return new Launch(platform, deployment, messageType, subject, Optional.ofNullable(text(all.get("name"))),
                Optional.ofNullable(text(all.get("email"))), roles, context.map(c -> text(c.get("id"))),
                context.map(c -> text(c.get("title"))), resourceLink, target, custom, returnUrl,
                object(all.get(LTI + "launch_presentation")).map(p -> text(p.get("locale"))), login.storageTarget(),
                object(all.get(DEEP_LINKING_SETTINGS)).map(settings -> text(settings.get("data"))), services(all));
    }

    /**
     * Opens the session a checked launch leads to: the person as Leerlijn knows them (id {@code lti-<platform>-<sub>}, the
     * Leerlijn roles their course roles give), for {@link #SESSION_VALIDITY}.
     *
     * @param launch a launch {@link #launch(String, String)} accepted
     * @return the session and its token (the only copy: Leerlijn keeps its hash)
     */
    public OpenedSession openSession(Launch launch) {
        String name = launch.name().map(n -> n.replaceAll("\\p{Cntrl}", " ").strip()).filter(n -> !n.isBlank())
                .or(() -> launch.email().filter(e -> !e.isBlank())).orElse("LTI " + launch.subject());
        name = name.length() > 200 ? name.substring(0, 200) : name;
        List<String> roles = new ArrayList<>();
        int length = 0;
        for (String role : launch.roles()) {
            // What is kept is bounded; the roles Leerlijn reads come first in any platform's list that matters.
            if (!role.isBlank() && !role.contains(" ") && length + role.length() + 1 <= 4000) {
                roles.add(role);
                length += role.length() + 1;
            }
        }
        Actor actor = new Actor(userId(launch.platform().id(), launch.subject()), name, LtiRoles.of(roles));
        Instant now = clock.instant();
        LtiSession session = new LtiSession(launch.platform().id(), launch.deploymentId(), actor,
                launch.email().filter(e -> !e.isBlank() && e.length() <= 320), roles,
                launch.locale().filter(l -> l.matches("[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8}){0,3}")), launch.contextId().filter(c -> c.length() <= 255),
                launch.contextTitle().map(t -> t.length() > 255 ? t.substring(0, 255) : t), launch.messageType(),
                launch.deepLinkReturnUrl().filter(u -> u.length() <= 1000), launch.deepLinkData().filter(d -> d.length() <= 2000),
                now.plus(SESSION_VALIDITY));
        String token = random() + random();
        courses.insertSession(hash(token), session, now);
        courses.rememberSubject(launch.platform().id(), launch.subject(), actor.userId().value());
        if (session.contextId().isPresent() && (launch.services().memberships().isPresent() || launch.services().lineItems().isPresent())) {
            courses.saveServices(session.platformId(), session.contextId().get(), launch.services(), now);
        }
        return new OpenedSession(token, session);
    }

    /** How soon after its launch a session must be used first (the browser follows the launch at once). */
    public static final Duration FIRST_USE = Duration.ofMinutes(2);

    /**
     * The session of a request from one of Leerlijn's own pages (or from a browser that does not say where a request comes
     * from); see {@link #session(String, boolean)}.
     *
     * @param token the token from the address
     * @return the session, while it lasts; empty for an unknown, forged or expired token
     */
    public Optional<LtiSession> session(String token) {
        return session(token, true);
    }

    /**
     * The session a token in the address opens. Its first use must come within {@link #FIRST_USE} of the launch, from
     * wherever (the launch's redirect comes from the platform's site); every later use only from Leerlijn's own pages. So a
     * session's address handed on, bookmarked or sent in a link opens nothing: the person opens Leerlijn again from the
     * course.
     *
     * @param token the token from the address
     * @param fromOwnPage whether the browser says the request comes from one of Leerlijn's own pages ({@code Sec-Fetch-Site:
     *     same-origin}), or says nothing about where it comes from
     * @return the session, while it lasts; empty for an unknown, forged, expired or handed-on token
     */
    public Optional<LtiSession> session(String token, boolean fromOwnPage) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{40,100}")) {
            return Optional.empty();
        }
        String hash = hash(token);
        Instant now = clock.instant();
        Optional<JdbiLtiCourses.Found> found = courses.session(hash, now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.get().firstUsedAt().isEmpty() && !found.get().createdAt().plus(FIRST_USE).isBefore(now) && courses.firstUse(hash, now)) {
            return Optional.of(found.get().session());
        }
        if (found.get().firstUsedAt().isEmpty() && found.get().createdAt().plus(FIRST_USE).isBefore(now)) {
            LOG.info("A session of {} was first used too late", found.get().session().actor().userId());
            return Optional.empty();
        }
        if (!fromOwnPage) {
            LOG.info("A session of {} was opened from outside Leerlijn's pages; refused", found.get().session().actor().userId());
            return Optional.empty();
        }
        return Optional.of(found.get().session());
    }

    /**
     * Gives the person what their role in a linked course entitles them to and says where they go: an instructor joins the
     * cohort's team as kerndocent, a teaching assistant as tweede beoordelaar when the kerndocent allows it, a learner who
     * is a participant goes to their programme; a learner who is not completes their enrolment, an instructor of a course
     * not linked yet links it.
     *
     * @param session the session a launch opened
     * @return where to go
     */
    public Arrival arrive(LtiSession session) {
        return arrival(session, true);
    }

    /**
     * Where the person belongs, as {@link #arrive} says, without giving them anything: for the pages after the launch.
     *
     * @param session the session a launch opened
     * @return where to go
     */
    public Arrival whereTo(LtiSession session) {
        return arrival(session, false);
    }

    private Arrival arrival(LtiSession session, boolean join) {
        if (session.contextId().isEmpty()) {
            return new Arrival(Arrival.Kind.NO_COURSE, Optional.empty());
        }
        return jdbi.inTransaction(h -> {
            Optional<LtiCourse> course = courses.course(session.platformId(), session.contextId().get());
            if (course.isEmpty()) {
                Arrival.Kind kind = session.instructor() ? Arrival.Kind.LINK_COURSE
                        : session.learner() || session.assistant() ? Arrival.Kind.NOT_LINKED : Arrival.Kind.NO_COURSE;
                return new Arrival(kind, Optional.empty());
            }
            CohortId cohort = course.get().cohort();
            Actor actor = session.actor();
            boolean onTeam = cohorts.staff(cohort).stream().anyMatch(m -> m.userId().equals(actor.userId()));
            if (session.instructor() || session.assistant() && course.get().assistantsAssess()) {
                if (join && !onTeam) {
                    onTeam = joinStaff(cohort, actor, session.instructor() ? StaffRole.CORE_TEACHER : StaffRole.SECOND_ASSESSOR);
                }
                return new Arrival(onTeam ? Arrival.Kind.STAFF : Arrival.Kind.REMOVED, Optional.of(cohort));
            }
            if (session.assistant()) {
                return new Arrival(onTeam ? Arrival.Kind.STAFF : Arrival.Kind.ASSISTANTS_NOT_ALLOWED, Optional.of(cohort));
            }
            if (session.learner()) {
                Optional<nl.leerlijn.enrolment.Participant> participant = participants.ofUser(actor.userId()).stream()
                        .filter(p -> p.cohortId().equals(cohort)).findFirst();
                Arrival.Kind kind = participant.isEmpty() ? Arrival.Kind.ENROL
                        : participant.get().profile().organisation().name().equals(ORGANISATION_NOT_GIVEN) ? Arrival.Kind.COMPLETE_PROFILE
                        : Arrival.Kind.PARTICIPANT;
                return new Arrival(kind, Optional.of(cohort));
            }
            return new Arrival(Arrival.Kind.NO_COURSE, Optional.of(cohort));
        });
    }

    /** @return whether the person is on the team now: a kerndocent's removal is never undone by a launch */
    private boolean joinStaff(CohortId cohort, Actor actor, StaffRole role) {
        if (cohorts.addStaffUnlessRemoved(new StaffMember(cohort, actor.userId(), actor.displayName(), role), clock.instant())) {
            access.changed(cohort);
            LOG.info("LTI launch put {} on the team of cohort {} as {}", actor.userId(), cohort, role);
            return true;
        }
        return false;
    }

    /**
     * @param session a session
     * @return the course it was opened from, when that is linked to a cohort
     */
    public Optional<LtiCourse> course(LtiSession session) {
        return session.contextId().flatMap(context -> courses.course(session.platformId(), context));
    }

    /**
     * Links the course an instructor launched from to a cohort they manage (for a new cohort: create it first with
     * {@code cohorts().create(session.actor(), ...)}, which makes them its kerndocent). Later launches from the course go
     * straight to the cohort.
     *
     * @param session the instructor's session
     * @param cohort the cohort the course runs
     * @return the link
     * @throws nl.leerlijn.access.NotPermittedException unless the session is an instructor's in a course and they manage
     *     the cohort
     * @throws CourseLinkedException when the course is linked already
     */
    public LtiCourse link(LtiSession session, CohortId cohort) {
        return jdbi.inTransaction(h -> {
            Actor actor = session.actor();
            access.requireOwn(actor, session.instructor() && session.contextId().isPresent(), "link a course to cohort " + cohort);
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayManage(), "link a course to cohort " + cohort);
            String context = session.contextId().orElseThrow();
            if (!courses.link(session.platformId(), context, session.contextTitle().orElse(null), cohort, clock.instant(),
                    actor.userId().value())) {
                throw new CourseLinkedException(session.platformId(), context);
            }
            LOG.info("{} linked course {} of LTI platform {} to cohort {}", actor.userId(), context, session.platformId(), cohort);
            return courses.course(session.platformId(), context).orElseThrow();
        });
    }

    /**
     * Enrols a learner of a linked course in its cohort, with the work details they gave; the history says the platform
     * enrolled them. Enrolling someone who is enrolled already changes nothing.
     *
     * @param session the learner's session
     * @param profile their name, address, organisation and function
     * @return the participant
     * @throws nl.leerlijn.access.NotPermittedException unless the session is a learner's in a linked course
     */
    public EnrolmentOutcome enrol(LtiSession session, ParticipantProfile profile) {
        return jdbi.inTransaction(h -> {
            Optional<LtiCourse> course = course(session);
            access.requireOwn(session.actor(), session.learner() && course.isPresent(), "enrol through LTI");
            CohortId cohort = course.orElseThrow().cohort();
            LtiPlatform platform = store.platform(session.platformId()).orElseThrow();
            EnrolmentOutcome outcome = participants.enrol(cohort, new NewParticipant(session.actor().userId(), profile),
                    new UserId("lti-platform-" + platform.id()), platform.name() + " (LTI)", clock.instant());
            if (outcome instanceof EnrolmentOutcome.Enrolled enrolled) {
                access.changed(cohort);
                events.publish(new ParticipantEnrolled(enrolled.participant().id(), clock.instant()));
                LOG.info("LTI launch enrolled {} in cohort {}", session.actor().userId(), cohort);
            }
            return outcome;
        });
    }

    /**
     * @param actor who asks: someone who manages the cohort
     * @param cohort the cohort
     * @return the platform courses linked to it
     */
    public List<LtiCourse> courses(Actor actor, CohortId cohort) {
        Permissions permissions = access.in(cohort, actor);
        permissions.require(permissions.mayManage(), "see the courses of cohort " + cohort);
        return courses.courses(cohort);
    }

    /**
     * Says whether the teaching assistants of the cohort's courses become its tweede beoordelaar when they launch.
     *
     * @param actor who asks: someone who manages the cohort
     * @param cohort the cohort
     * @param assess whether they do
     */
    public void assistantsAssess(Actor actor, CohortId cohort, boolean assess) {
        jdbi.useTransaction(h -> {
            Permissions permissions = access.in(cohort, actor);
            permissions.require(permissions.mayManage(), "let assistants assess in cohort " + cohort);
            courses.assistantsAssess(cohort, assess);
            LOG.info("{}: teaching assistants of cohort {} {} tweede beoordelaar", actor.userId(), cohort, assess ? "become" : "do not become");
        });
    }

    /**
     * Answers a deep linking request: the links the instructor chose, in a response signed with Leerlijn's key, for the
     * browser to post to the platform's return address (field {@code JWT}).
     *
     * @param session the instructor's session from a deep linking request
     * @param items what to place in the course: a title and an address under Leerlijn's own
     * @return where to post, and what
     * @throws nl.leerlijn.access.NotPermittedException unless the session is an instructor's deep linking request
     * @throws InvalidInputException when there is nothing to place, or more than the platform accepts at once
     */
    public DeepLinkResponse deepLinkResponse(LtiSession session, List<ContentItem> items) {
        access.requireOwn(session.actor(), session.deepLinking() && session.instructor(), "place Leerlijn in a course");
        if (items.isEmpty() || items.size() > 20) {
            throw new InvalidInputException("A deep linking response places between 1 and 20 links, not " + items.size());
        }
        LtiPlatform platform = store.platform(session.platformId()).orElseThrow(() -> refused(Reason.STATE, "platform gone"));
        Instant now = clock.instant();
        List<Map<String, Object>> content = new ArrayList<>();
        for (ContentItem item : items) {
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("type", "ltiResourceLink");
            link.put("title", item.title());
            link.put("url", item.url().toString());
            content.add(link);
        }
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(platform.clientId()).audience(platform.issuer())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).claim("nonce", random())
                .claim(LTI + "message_type", "LtiDeepLinkingResponse").claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", session.deploymentId())
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items", content);
        session.deepLinkData().ifPresent(data -> claims.claim("https://purl.imsglobal.org/spec/lti-dl/claim/data", data));
        LOG.info("{} placed {} link(s) in course {} of platform {}", session.actor().userId(), items.size(),
                session.contextId().orElse("-"), platform.issuer());
        return new DeepLinkResponse(URI.create(session.deepLinkReturnUrl().orElseThrow()), keys.sign(claims.build()));
    }

    /**
     * @param platformId the platform
     * @param subject the person's {@code sub} there
     * @return the id Leerlijn knows the person by: {@code lti-<platform>-<sub>}, or a hash of the subject when that is too long
     */
    public static UserId userId(long platformId, String subject) {
        String id = "lti-" + platformId + "-" + subject;
        return new UserId(id.length() <= 200 && !id.contains("\0") ? id : "lti-" + platformId + "-#" + hash(subject));
    }

    private static String hash(String value) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private CourseServices services(Map<String, Object> claims) {
        Optional<URI> memberships = object(claims.get("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"))
                .map(n -> text(n.get("context_memberships_url"))).flatMap(this::serviceAddress);
        Optional<Map<String, Object>> ags = object(claims.get("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"));
        Optional<URI> lineItems = ags.map(a -> text(a.get("lineitems"))).flatMap(this::serviceAddress);
        java.util.Set<String> scopes = new java.util.TreeSet<>();
        ags.map(a -> a.get("scope")).filter(List.class::isInstance).map(List.class::cast)
                .ifPresent(list -> list.forEach(scope -> {
                    if (scope instanceof String text && text.length() <= 200) {
                        scopes.add(text);
                    }
                }));
        return new CourseServices(memberships, lineItems, scopes);
    }

    /** @return a service address from a launch or a platform's answer, when it is one Leerlijn may call: https (or localhost when allowed) */
    private Optional<URI> serviceAddress(String text) {
        return address(text).filter(uri -> {
            try {
                secure(uri, "service");
                return true;
            } catch (InvalidInputException e) {
                return false;
            }
        });
    }

    private static boolean sameOrigin(URI one, URI other) {
        return one.getScheme().equalsIgnoreCase(other.getScheme()) && Optional.ofNullable(one.getRawAuthority()).orElse("")
                .equalsIgnoreCase(Optional.ofNullable(other.getRawAuthority()).orElse(""));
    }

    private static Optional<URI> address(String text) {
        if (text == null || text.length() > 1000) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getRawUserInfo() == null
                    ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** The organisation a learner enrolled from the course roster has until they give their own. */
    public static final String ORGANISATION_NOT_GIVEN = "Nog niet opgegeven";

    /**
     * Reads the rosters of the cohort's courses now, as the daily job does: learners of a course who are not participants
     * yet are enrolled (with the name and address the platform shares; they give their organisation on their first
     * launch), participants who came from the platform and are no longer learners in any of the cohort's courses are
     * withdrawn (their work and history stay). Participants enrolled otherwise are left alone.
     *
     * @param actor who asks: someone who manages the cohort
     * @param cohort the cohort
     * @return what changed, or why the roster could not be read
     */
    public RosterSync syncRoster(Actor actor, CohortId cohort) {
        Permissions permissions = access.in(cohort, actor);
        permissions.require(permissions.mayManage(), "read the course roster of cohort " + cohort);
        return sync(cohort);
    }

    /**
     * Reads the rosters of every cohort with a linked course; the background jobs run it daily.
     *
     * @return how many cohorts were read
     */
    public int syncRosters() {
        List<CohortId> linked = courses.linkedCohorts();
        for (CohortId cohort : linked) {
            try {
                sync(cohort);
            } catch (RuntimeException e) {
                LOG.warn("Reading the course roster of cohort {} failed: {}", cohort, e.getMessage());
            }
        }
        return linked.size();
    }

    /** A course member as the roster gives them. */
    private record Member(String subject, String name, Optional<String> email, boolean activeLearner) {
    }

    private RosterSync sync(CohortId cohort) {
        Instant now = clock.instant();
        List<LtiCourse> linked = courses.courses(cohort);
        // The rosters are read before any transaction: calling a platform holds no connection and no lock.
        Map<Long, Map<String, Member>> learners = new LinkedHashMap<>();
        Map<LtiCourse, Optional<String>> problems = new LinkedHashMap<>();
        for (LtiCourse course : linked) {
            try {
                LtiPlatform platform = store.platform(course.platformId()).orElseThrow();
                Optional<URI> announced = courses.services(course.platformId(), course.contextId()).memberships();
                if (announced.isEmpty()) {
                    problems.put(course, Optional.of(RosterSync.NO_SERVICE));
                    continue;
                }
                URI memberships = announced.get();
                for (Member member : roster(platform, memberships)) {
                    if (member.activeLearner()) {
                        learners.computeIfAbsent(course.platformId(), k -> new LinkedHashMap<>()).putIfAbsent(member.subject(), member);
                    }
                }
                problems.put(course, Optional.empty());
            } catch (RosterRefused e) {
                problems.put(course, Optional.of(RosterSync.REFUSED + e.status));
                LOG.warn("The roster of course {} (platform {}) was refused: {}", course.contextId(), course.platformId(), e.status);
            } catch (java.io.IOException | RuntimeException e) {
                problems.put(course, Optional.of(RosterSync.UNREACHABLE));
                LOG.warn("The roster of course {} (platform {}) could not be read: {}", course.contextId(), course.platformId(), e.toString());
            }
        }
        return jdbi.inTransaction(h -> {
            int enrolled = 0;
            int withdrawn = 0;
            int skipped = 0;
            List<nl.leerlijn.events.DomainEvent> published = new ArrayList<>();
            Map<UserId, nl.leerlijn.enrolment.Participant> current = new LinkedHashMap<>();
            participants.inCohort(cohort).forEach(p -> current.put(p.userId(), p));
            for (LtiCourse course : linked) {
                if (problems.get(course).isPresent()) {
                    continue;
                }
                LtiPlatform platform = store.platform(course.platformId()).orElseThrow();
                UserId by = new UserId("lti-platform-" + platform.id());
                String byName = platform.name() + " (LTI)";
                for (Member member : learners.getOrDefault(course.platformId(), Map.of()).values()) {
                    UserId user = userId(platform.id(), member.subject());
                    if (current.containsKey(user)) {
                        continue;
                    }
                    Optional<String> email = member.email().map(String::strip).filter(e -> e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && e.length() <= 320);
                    if (email.isEmpty()) {
                        skipped++;
                        continue;
                    }
                    String name = member.name().isBlank() ? email.get() : member.name();
                    ParticipantProfile profile = new ParticipantProfile(name.length() > 200 ? name.substring(0, 200) : name, email.get(),
                            new nl.leerlijn.enrolment.Organisation(ORGANISATION_NOT_GIVEN, nl.leerlijn.enrolment.OrganisationType.OTHER),
                            nl.leerlijn.enrolment.JobFunction.OTHER, new nl.leerlijn.enrolment.RegisterNumbers(Optional.empty(), Optional.empty()),
                            Optional.empty(), Optional.of(ORGANISATION_NOT_GIVEN));
                    courses.rememberSubject(platform.id(), member.subject(), user.value());
                    EnrolmentOutcome outcome = participants.enrol(cohort, new NewParticipant(user, profile), by, byName, now);
                    if (outcome instanceof EnrolmentOutcome.Enrolled e) {
                        current.put(user, e.participant());
                        published.add(new ParticipantEnrolled(e.participant().id(), now));
                        enrolled++;
                    }
                }
            }
            // Leavers: only people this platform brought in, and only when every course of that platform was read.
            for (LtiCourse course : linked) {
                boolean allRead = linked.stream().filter(c -> c.platformId() == course.platformId()).allMatch(c -> problems.get(c).isEmpty());
                if (!allRead || linked.indexOf(course) != linked.stream().map(LtiCourse::platformId).toList().indexOf(course.platformId())) {
                    continue;
                }
                String prefix = "lti-" + course.platformId() + "-";
                java.util.Set<UserId> stay = new java.util.HashSet<>();
                learners.getOrDefault(course.platformId(), Map.of()).keySet().forEach(subject -> stay.add(userId(course.platformId(), subject)));
                LtiPlatform platform = store.platform(course.platformId()).orElseThrow();
                for (nl.leerlijn.enrolment.Participant participant : current.values()) {
                    if (participant.userId().value().startsWith(prefix) && participant.isActive() && !stay.contains(participant.userId())
                            && participants.withdraw(participant.id(), "Niet meer in de cursus " + course.title() + " (" + platform.name() + ")",
                                    new UserId("lti-platform-" + platform.id()), platform.name() + " (LTI)", now)) {
                        published.add(new nl.leerlijn.enrolment.ParticipantWithdrawn(participant.id(), now));
                        withdrawn++;
                    }
                }
            }
            if (enrolled + withdrawn > 0) {
                access.changed(cohort);
            }
            RosterSync result = new RosterSync(now, enrolled, withdrawn, skipped,
                    problems.values().stream().flatMap(Optional::stream).findFirst());
            for (LtiCourse course : linked) {
                courses.recordSync(course.platformId(), course.contextId(), new RosterSync(now, enrolled, withdrawn, skipped, problems.get(course)));
            }
            events.publishAll(published);
            LOG.info("Course roster of cohort {}: {} enrolled, {} withdrawn, {} without an address{}", cohort, enrolled, withdrawn, skipped,
                    result.problem().map(p -> "; " + p).orElse(""));
            return result;
        });
    }

    /** The platform answered a roster request with another status than 200. */
    private static final class RosterRefused extends java.io.IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        RosterRefused(int status) {
            super("status " + status);
            this.status = status;
        }
    }

    /** @return every member on every page of the roster (at most 100 pages) */
    private List<Member> roster(LtiPlatform platform, URI memberships) throws java.io.IOException {
        List<Member> members = new ArrayList<>();
        URI next = memberships;
        for (int page = 0; next != null && page < 100; page++) {
            PlatformHttp.Response response = call(platform, java.util.Set.of(CourseServices.ROSTER_SCOPE), "GET", next,
                    "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", "", "");
            if (response.status() != 200) {
                throw new RosterRefused(response.status());
            }
            com.fasterxml.jackson.databind.JsonNode container = JSON.readTree(response.body());
            for (com.fasterxml.jackson.databind.JsonNode member : container.path("members")) {
                String subject = member.path("user_id").asText("");
                if (subject.isBlank()) {
                    continue;
                }
                List<String> roles = new ArrayList<>();
                member.path("roles").forEach(r -> roles.add(r.asText("")));
                String status = member.path("status").asText("Active");
                String name = member.path("name").asText("");
                if (name.isBlank()) {
                    name = (member.path("given_name").asText("") + " " + member.path("family_name").asText("")).strip();
                }
                boolean learner = LtiRoles.of(roles).contains(nl.leerlijn.access.Role.STUDENT);
                members.add(new Member(subject, name.replaceAll("\\p{Cntrl}", " ").strip(), Optional.of(member.path("email").asText(""))
                        .filter(e -> !e.isBlank()), learner && "Active".equals(status)));
            }
            URI current = next;
            // The roster's next pages stay with the platform that gave the first: a Link header sends Leerlijn nowhere else.
            next = nextPage(response).filter(n -> sameOrigin(n, current)).flatMap(n -> serviceAddress(n.toString())).orElse(null);
        }
        return members;
    }

    private static Optional<URI> nextPage(PlatformHttp.Response response) {
        for (String link : response.header("link")) {
            for (String part : link.split(",")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*<([^>]+)>\\s*;.*rel=\"?next\"?.*").matcher(part);
                if (m.matches()) {
                    return address(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** Calls a platform's service with a bearer token; a token the platform no longer takes is asked for again, once. */
    private PlatformHttp.Response call(LtiPlatform platform, java.util.Set<String> scopes, String method, URI uri, String accept,
            String contentType, String body) throws java.io.IOException {
        for (int attempt = 0; ; attempt++) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + tokens.token(platform, scopes));
            headers.put("Accept", accept);
            if (!contentType.isEmpty()) {
                headers.put("Content-Type", contentType);
            }
            PlatformHttp.Response response = http.send(new PlatformHttp.Request(method, uri, headers, body));
            if (response.status() != 401 || attempt > 0) {
                return response;
            }
            tokens.forget(platform, scopes);
        }
    }

    /** The scope to make line items in a course's gradebook. */
    public static final String LINE_ITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    /** The scope to send scores. */
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    /**
     * Sends a released result to the gradebook of every course of the participant's cohort on the platform they came from
     * (Assignment and Grade Services): a grade out of 10, or the points of a rated rubric out of its maximum, in the line
     * item of the assessed part (made on first use). The background jobs call it for each release, and try again when the
     * platform cannot be reached. A participant who did not come from a platform has no gradebook: nothing is sent.
     *
     * @param submission the version whose result was released
     * @return how many gradebooks got the score
     * @throws IllegalStateException when a platform could not take it (to be tried again)
     */
    public int sendScore(nl.leerlijn.submission.SubmissionId submission) {
        return score(submission, true);
    }

    /**
     * Takes a result back from the gradebooks it was sent to (the kerndocent changed it after release): the platform then
     * shows the part as waiting for a grade, until the new result is released.
     *
     * @param submission the version whose result was taken back
     * @return how many gradebooks were told
     * @throws IllegalStateException when a platform could not take it (to be tried again)
     */
    public int takeBackScore(nl.leerlijn.submission.SubmissionId submission) {
        return score(submission, false);
    }

    private int score(nl.leerlijn.submission.SubmissionId id, boolean give) {
        nl.leerlijn.submission.Submission submission = submissions.require(id);
        nl.leerlijn.enrolment.Participant participant = participants.require(submission.participant());
        java.util.regex.Matcher from = java.util.regex.Pattern.compile("lti-(\\d+)-.*").matcher(participant.userId().value());
        if (!from.matches()) {
            return 0;
        }
        long platformId = Long.parseLong(from.group(1));
        Optional<String> subject = courses.subject(platformId, participant.userId().value());
        Optional<LtiPlatform> platform = store.platform(platformId);
        if (subject.isEmpty() || platform.isEmpty()) {
            return 0;
        }
        nl.leerlijn.curriculum.Programme programme = cohorts.programme(participant.cohortId());
        Optional<nl.leerlijn.assessment.Agreement> agreed = Optional.ofNullable(results.of(participant.id(), programme).get(id))
                .flatMap(nl.leerlijn.assessment.AssessmentSummary::released);
        if (give && agreed.isEmpty()) {
            return 0;
        }
        String title = programme.activity(submission.activity()).map(nl.leerlijn.curriculum.Activity::title).orElse(submission.activity().value());
        int sent = 0;
        for (LtiCourse course : courses.courses(participant.cohortId())) {
            CourseServices services = courses.services(course.platformId(), course.contextId());
            if (course.platformId() != platformId || services.lineItems().isEmpty() || !services.scopes().contains(SCORE_SCOPE)) {
                continue;
            }
            try {
                Optional<nl.leerlijn.curriculum.Rubric.Score> score = agreed.map(nl.leerlijn.assessment.Agreement::score);
                int maximum = score.map(s -> s.grade().isPresent() ? 10 : s.maxPoints()).orElse(10);
                Optional<JdbiLtiCourses.LineItem> item = courses.lineItem(platformId, course.contextId(), submission.activity().value());
                if (item.isEmpty()) {
                    if (!give) {
                        continue;
                    }
                    item = Optional.of(makeLineItem(platform.get(), services, course, submission.activity().value(), title, maximum));
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("userId", subject.get());
                body.put("timestamp", java.time.format.DateTimeFormatter.ISO_INSTANT.format(clock.instant()));
                if (give) {
                    nl.leerlijn.curriculum.Rubric.Score s = score.orElseThrow();
                    double given = s.grade().map(g -> g.doubleValue()).orElse((double) s.points());
                    // The line item's maximum was fixed when it was made; a score is sent on that scale.
                    body.put("scoreGiven", given * item.get().scoreMaximum() / maximum);
                    body.put("scoreMaximum", item.get().scoreMaximum());
                    body.put("activityProgress", "Completed");
                    body.put("gradingProgress", "FullyGraded");
                } else {
                    body.put("activityProgress", "Submitted");
                    body.put("gradingProgress", "PendingManual");
                }
                PlatformHttp.Response answer = call(platform.get(), java.util.Set.of(SCORE_SCOPE), "POST", scoresOf(item.get().url()),
                        "application/json", "application/vnd.ims.lis.v1.score+json", JSON.writeValueAsString(body));
                if (answer.status() / 100 != 2) {
                    throw new java.io.IOException("the platform answered " + answer.status() + " for a score");
                }
                sent++;
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Sending the result of " + id + " to course " + course.contextId() + " of " + platform.get().issuer()
                        + " failed; tried again later: " + e.getMessage(), e);
            }
        }
        if (sent > 0) {
            LOG.info("{} the result of {} for {} in {} gradebook(s)", give ? "Sent" : "Took back", id, participant.userId(), sent);
        }
        return sent;
    }

    private JdbiLtiCourses.LineItem makeLineItem(LtiPlatform platform, CourseServices services, LtiCourse course, String activity, String title,
            int maximum) throws java.io.IOException {
        URI lineItems = services.lineItems().orElseThrow();
        java.util.Set<String> scopes = java.util.Set.of(LINE_ITEM_SCOPE);
        // One the platform already has for this part (Leerlijn's memory of it was lost) is used again.
        String separator = lineItems.getRawQuery() == null ? "?" : "&";
        PlatformHttp.Response found = call(platform, scopes, "GET", URI.create(lineItems + separator + "resource_id="
                + java.net.URLEncoder.encode(activity, StandardCharsets.UTF_8)), "application/vnd.ims.lis.v2.lineitemcontainer+json", "", "");
        JdbiLtiCourses.LineItem item = null;
        if (found.status() == 200) {
            for (com.fasterxml.jackson.databind.JsonNode existing : JSON.readTree(found.body())) {
                if (activity.equals(existing.path("resourceId").asText()) && serviceAddress(existing.path("id").asText(null))
                        .filter(id -> sameOrigin(id, lineItems)).isPresent()) {
                    item = new JdbiLtiCourses.LineItem(existing.path("id").asText(), existing.path("scoreMaximum").asInt(maximum));
                }
            }
        }
        if (item == null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("scoreMaximum", maximum);
            body.put("label", title.length() > 200 ? title.substring(0, 200) : title);
            body.put("resourceId", activity);
            body.put("tag", "leerlijn");
            PlatformHttp.Response made = call(platform, scopes, "POST", lineItems, "application/vnd.ims.lis.v2.lineitem+json",
                    "application/vnd.ims.lis.v2.lineitem+json", JSON.writeValueAsString(body));
            String url = made.status() / 100 == 2 ? JSON.readTree(made.body()).path("id").asText("") : "";
            if (serviceAddress(url).filter(id -> sameOrigin(id, lineItems)).isEmpty()) {
                throw new java.io.IOException("the platform answered " + made.status() + " when a line item was made");
            }
            item = new JdbiLtiCourses.LineItem(url, maximum);
        }
        courses.saveLineItem(platform.id(), course.contextId(), activity, item, clock.instant());
        return courses.lineItem(platform.id(), course.contextId(), activity).orElse(item);
    }

    /** @return the scores address of a line item: {@code /scores} added to its path, its query kept */
    static URI scoresOf(String lineItem) {
        URI uri = URI.create(lineItem);
        String path = Optional.ofNullable(uri.getRawPath()).orElse("");
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + (path.endsWith("/") ? path + "scores" : path + "/scores")
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private LtiPlatform platformOf(LoginRequest request) {
        List<LtiPlatform> candidates = store.byIssuer(Optional.ofNullable(request.issuer()).orElse("")).stream()
                .filter(p -> request.clientId().map(p.clientId()::equals).orElse(true)).toList();
        if (candidates.size() != 1) {
            throw refused(Reason.UNKNOWN_PLATFORM, candidates.isEmpty() ? "iss " + request.issuer() + " client_id " + request.clientId().orElse("-")
                    : "iss " + request.issuer() + " has several registrations and no client_id was sent");
        }
        return candidates.get(0);
    }

    private void secure(URI address, String what) {
        if (address.getRawFragment() != null || address.getRawUserInfo() != null) {
            throw new InvalidInputException("The platform's " + what + " may not hold a user name or a fragment: " + address);
        }
        boolean https = "https".equals(address.getScheme()) && address.getHost() != null;
        boolean local = allowLocalhost && "http".equals(address.getScheme())
                && ("localhost".equals(address.getHost()) || "127.0.0.1".equals(address.getHost()));
        if (!https && !local) {
            throw new InvalidInputException("The platform's " + what + " must be an https address: " + address);
        }
    }

    private static boolean under(String target, URI base) {
        String prefix = base.toString().endsWith("/") ? base.toString() : base + "/";
        return target.equals(base.toString()) || target.startsWith(prefix);
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> object(Object value) {
        return value instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static LaunchRefusedException refused(Reason reason, String detail) {
        return new LaunchRefusedException(reason, detail);
    }
}
