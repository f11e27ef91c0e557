package nl.leerlijn.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.lti.LaunchRefusedException.Reason;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class LtiLaunchTest {
    private static final URI TOOL = URI.create("https://leerlijn.example.nl/lms/leerlijn");
    private static final URI LAUNCH = URI.create(TOOL + "/lti/launch");
    private static final String TARGET = TOOL + "/lti/landing";
    private static final Actor BEHEER = new Actor(new UserId("beheer-bas"), "Bas Beheer", Set.of(Role.ADMINISTRATOR));
    /** One database per kind for the whole class: every test starts its own login, so they do not meet. */
    private static final Map<TestDatabase, Setting> SETTINGS = new EnumMap<>(TestDatabase.class);

    private record Setting(CoreFixture fixture, TestClock clock, TestPlatform platform) {
    }

    @Parameter
    TestDatabase database;

    private TestClock clock;
    private TestPlatform platform;
    private LeerlijnCore core;

    @BeforeEach
    void start() {
        Setting setting = SETTINGS.computeIfAbsent(database, kind -> {
            TestClock c = new TestClock(CoreFixture.NOW);
            TestPlatform p = new TestPlatform();
            CoreFixture f = CoreFixture.on(kind, c, builder -> builder.ltiKeySets(p.keySets()));
            f.core().lti().register(BEHEER, p.registration());
            return new Setting(f, c, p);
        });
        clock = setting.clock();
        platform = setting.platform();
        core = setting.fixture().core();
        clock.set(clock.instant().plus(Duration.ofHours(2)));
    }

    @AfterAll
    static void stop() {
        SETTINGS.values().forEach(s -> s.fixture().close());
        SETTINGS.clear();
    }

    private record Login(String state, String nonce, URI location) {
    }

    private Login login() {
        LoginRedirect redirect = core.lti().startLogin(new LoginRequest(TestPlatform.ISSUER, "hint-4711", TARGET, Optional.of("message-hint"),
                Optional.of(TestPlatform.CLIENT_ID), Optional.of(TestPlatform.DEPLOYMENT)), LAUNCH, TOOL);
        Map<String, String> query = Arrays.stream(redirect.location().getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        return new Login(query.get("state"), query.get("nonce"), redirect.location());
    }

    private JWTClaimsSet claims(Login login, UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(platform.claims(login.nonce(), clock.instant(), TARGET)).build();
    }

    private void assertRefused(String idToken, String state, Reason reason) {
        assertThatThrownBy(() -> core.lti().launch(idToken, state)).isInstanceOf(LaunchRefusedException.class)
                .satisfies(e -> assertThat(((LaunchRefusedException) e).reason()).isEqualTo(reason));
    }

    @Test
    void theLoginSendsTheBrowserToThePlatformWithStateAndNonceAndTheLaunchSaysWhoAndWhere() {
        Login login = login();

        assertThat(login.location().toString()).startsWith("https://lms.example.edu/mod/lti/auth.php?scope=openid&response_type=id_token"
                + "&response_mode=form_post&prompt=none&client_id=leerlijn-client-1&redirect_uri=").contains("login_hint=hint-4711",
                "lti_message_hint=message-hint");
        assertThat(login.state()).hasSizeGreaterThan(30).isNotEqualTo(login.nonce());
        Launch launch = core.lti().launch(platform.sign(claims(login, c -> c.claim("https://purl.imsglobal.org/spec/lti/claim/roles",
                List.of(TestPlatform.INSTRUCTOR, "http://example.edu/roles#Unknown")))), login.state());

        assertThat(launch.subject()).isEqualTo("moodle-user-4711");
        assertThat(launch.name()).contains("Priya Ramdin");
        assertThat(launch.roles()).containsExactly(TestPlatform.INSTRUCTOR, "http://example.edu/roles#Unknown");
        assertThat(launch.contextId()).contains("course-7");
        assertThat(launch.contextTitle()).contains("Klantmanager najaar");
        assertThat(launch.resourceLinkId()).contains("link-42");
        assertThat(launch.deploymentId()).isEqualTo(TestPlatform.DEPLOYMENT);
        assertThat(launch.messageType()).isEqualTo(Launch.RESOURCE_LINK);
        assertThat(launch.platform().issuer()).isEqualTo(TestPlatform.ISSUER);
    }

    /** The LTI certification guide's invalid launches, one broken rule each. */
    enum Broken {
        NO_KID(Reason.NO_KEY_ID), WRONG_KID(Reason.UNKNOWN_KEY), WRONG_ALG_HS256(Reason.ALGORITHM), ALG_NONE(Reason.ALGORITHM),
        STRANGE_KEY(Reason.SIGNATURE), EXPIRED(Reason.TIME), ISSUED_IN_THE_FUTURE(Reason.TIME), WRONG_ISS(Reason.ISSUER),
        WRONG_AUD(Reason.AUDIENCE), SEVERAL_AUD_WITHOUT_AZP(Reason.AUDIENCE), MISSING_NONCE(Reason.NONCE), OTHER_NONCE(Reason.NONCE),
        WRONG_DEPLOYMENT(Reason.DEPLOYMENT), MISSING_RESOURCE_LINK_ID(Reason.CLAIM), WRONG_MESSAGE_TYPE(Reason.MESSAGE_TYPE),
        WRONG_VERSION(Reason.VERSION), OTHER_TARGET_LINK(Reason.TARGET_LINK), MISSING_ROLES(Reason.CLAIM), MALFORMED(Reason.MALFORMED);

        final Reason reason;

        Broken(Reason reason) {
            this.reason = reason;
        }
    }

    @ParameterizedTest(name = "a launch with {0} is refused")
    @EnumSource(Broken.class)
    void aLaunchThatBreaksOneRuleIsRefusedWithThatRule(Broken broken) throws Exception {
        Login login = login();
        String lti = "https://purl.imsglobal.org/spec/lti/claim/";
        Instant now = clock.instant();
        String token = switch (broken) {
            case NO_KID -> platform.sign(claims(login, c -> c), new JWSHeader.Builder(JWSAlgorithm.RS256).build());
            case WRONG_KID -> platform.sign(claims(login, c -> c), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("no-such-key").build());
            case WRONG_ALG_HS256 -> {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("platform-key-1").build(), claims(login, c -> c));
                jwt.sign(new MACSigner("a secret that is at least thirty-two bytes long!".getBytes(StandardCharsets.UTF_8)));
                yield jwt.serialize();
            }
            case ALG_NONE -> new PlainJWT(new PlainHeader(), claims(login, c -> c)).serialize();
            case STRANGE_KEY -> platform.signWithStrangeKey(claims(login, c -> c));
            case EXPIRED -> platform.sign(claims(login, c -> c.issueTime(java.util.Date.from(now.minusSeconds(400)))
                    .expirationTime(java.util.Date.from(now.minusSeconds(120)))));
            case ISSUED_IN_THE_FUTURE -> platform.sign(claims(login, c -> c.issueTime(java.util.Date.from(now.plusSeconds(600)))));
            case WRONG_ISS -> platform.sign(claims(login, c -> c.issuer("https://lms.example.edu/other")));
            case WRONG_AUD -> platform.sign(claims(login, c -> c.audience("someone-else")));
            case SEVERAL_AUD_WITHOUT_AZP -> platform.sign(claims(login, c -> c.audience(List.of(TestPlatform.CLIENT_ID, "someone-else"))));
            case MISSING_NONCE -> platform.sign(claims(login, c -> c.claim("nonce", null)));
            case OTHER_NONCE -> platform.sign(claims(login, c -> c.claim("nonce", "a-nonce-of-another-login")));
            case WRONG_DEPLOYMENT -> platform.sign(claims(login, c -> c.claim(lti + "deployment_id", "deployment-9")));
            case MISSING_RESOURCE_LINK_ID -> platform.sign(claims(login, c -> c.claim(lti + "resource_link", Map.of("title", "Leerlijn"))));
            case WRONG_MESSAGE_TYPE -> platform.sign(claims(login, c -> c.claim(lti + "message_type", "LtiSubmissionReviewRequest")));
            case WRONG_VERSION -> platform.sign(claims(login, c -> c.claim(lti + "version", "1.1")));
            case OTHER_TARGET_LINK -> platform.sign(claims(login, c -> c.claim(lti + "target_link_uri", TOOL + "/lti/elsewhere")));
            case MISSING_ROLES -> platform.sign(claims(login, c -> c.claim(lti + "roles", null)));
            case MALFORMED -> "not.a.token";
        };

        assertRefused(token, login.state(), broken.reason);
        // Nothing was used up: the right token for the same login still passes.
        assertThat(core.lti().launch(platform.sign(claims(login, c -> c)), login.state()).subject()).isEqualTo("moodle-user-4711");
    }

    @Test
    void anInstructorChoosingWhatToPlaceGetsADeepLinkingLaunchWithWhereToAnswer() {
        String lti = "https://purl.imsglobal.org/spec/lti/claim/";
        String settings = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
        Login login = login();
        Launch launch = core.lti().launch(platform.sign(claims(login, c -> c.claim(lti + "message_type", Launch.DEEP_LINKING)
                .claim(lti + "resource_link", null).claim(settings, Map.of("deep_link_return_url", "https://lms.example.edu/deeplink/return",
                        "accept_types", List.of("ltiResourceLink"))))), login.state());

        assertThat(launch.messageType()).isEqualTo(Launch.DEEP_LINKING);
        assertThat(launch.deepLinkReturnUrl()).contains("https://lms.example.edu/deeplink/return");
        Login plain = login();
        assertRefused(platform.sign(claims(plain, c -> c.claim(lti + "message_type", Launch.DEEP_LINKING)
                .claim(settings, Map.of("deep_link_return_url", "http://evil.example.com/steal")))), plain.state(), Reason.CLAIM);
        assertRefused(platform.sign(claims(plain, c -> c.claim(lti + "message_type", Launch.DEEP_LINKING)
                .claim(settings, Map.of("deep_link_return_url", "https://lms.example.edu/deep link/<return>")))), plain.state(), Reason.CLAIM);
        assertRefused(platform.sign(claims(plain, c -> c.claim(lti + "message_type", Launch.DEEP_LINKING)
                .claim(lti + "target_link_uri", "https://evil.example.com/").claim(settings, Map.of("deep_link_return_url",
                        "https://lms.example.edu/deeplink/return")))), plain.state(), Reason.TARGET_LINK);
    }

    @Test
    void keysArePassedOverOnlyForADayWhileThePlatformsKeySetCannotBeFetched() {
        Login first = login();
        core.lti().launch(platform.sign(claims(first, c -> c)), first.state());
        platform.offline(true);
        try {
            clock.set(clock.instant().plus(Duration.ofHours(2)));
            Login cached = login();
            assertThat(core.lti().launch(platform.sign(claims(cached, c -> c)), cached.state()).subject()).as("the cached keys still count")
                    .isEqualTo("moodle-user-4711");
            clock.set(clock.instant().plus(Duration.ofHours(25)));
            Login stale = login();
            assertRefused(platform.sign(claims(stale, c -> c)), stale.state(), Reason.UNKNOWN_KEY);
        } finally {
            platform.offline(false);
        }
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        Login back = login();
        assertThat(core.lti().launch(platform.sign(claims(back, c -> c)), back.state()).subject()).isEqualTo("moodle-user-4711");
    }

    @Test
    void severalAudiencesPassWhenTheAuthorizedPartyIsLeerlijn() {
        Login login = login();

        assertThat(core.lti().launch(platform.sign(claims(login, c -> c.audience(List.of("someone-else", TestPlatform.CLIENT_ID))
                .claim("azp", TestPlatform.CLIENT_ID))), login.state()).subject()).isEqualTo("moodle-user-4711");
    }

    @Test
    void aLaunchPostedAgainIsRefusedAlsoOnAnotherNode() {
        Login login = login();
        String token = platform.sign(claims(login, c -> c));
        core.lti().launch(token, login.state());
        LeerlijnCore otherNode = LeerlijnCore.builder().dataSource(SETTINGS.get(database).fixture().database().dataSource())
                .clock(clock).ltiKeySets(platform.keySets()).build();

        assertThatThrownBy(() -> otherNode.lti().launch(token, login.state())).isInstanceOf(LaunchRefusedException.class)
                .satisfies(e -> assertThat(((LaunchRefusedException) e).reason()).isIn(Reason.STATE, Reason.REPLAY));
        assertRefused(token, login.state(), Reason.STATE);
        assertRefused(token, "a-state-never-sent", Reason.STATE);
    }

    @Test
    void aLoginNotLaunchedWithinTenMinutesHasExpired() {
        Login login = login();
        clock.set(clock.instant().plus(LtiService.LOGIN_VALIDITY).plusSeconds(1));

        assertRefused(platform.sign(claims(login, c -> c)), login.state(), Reason.STATE);
    }

    @Test
    void aFloodOfUnknownKeyIdsFetchesTheKeySetAtMostOnceAMinuteAndARotatedKeyIsFoundAfterThat() {
        Login first = login();
        core.lti().launch(platform.sign(claims(first, c -> c)), first.state());
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        int before = platform.fetches();

        for (int i = 0; i < 50; i++) {
            Login login = login();
            assertRefused(platform.sign(claims(login, c -> c), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("made-up-" + i).build()),
                    login.state(), Reason.UNKNOWN_KEY);
        }
        assertThat(platform.fetches() - before).as("one fetch for fifty unknown key ids in a minute").isEqualTo(1);

        platform.rotate();
        clock.set(clock.instant().plus(Duration.ofSeconds(61)));
        Login rotated = login();
        assertThat(core.lti().launch(platform.sign(claims(rotated, c -> c)), rotated.state()).subject()).isEqualTo("moodle-user-4711");
        assertThat(platform.fetches() - before).isEqualTo(2);
        Login cached = login();
        core.lti().launch(platform.sign(claims(cached, c -> c)), cached.state());
        assertThat(platform.fetches() - before).as("a known key comes from the cache").isEqualTo(2);
    }

    @Test
    void aLoginForAnUnknownPlatformOrATargetElsewhereIsRefused() {
        assertThatThrownBy(() -> core.lti().startLogin(new LoginRequest("https://other.example.edu", "hint", TARGET, Optional.empty(),
                Optional.empty(), Optional.empty()), LAUNCH, TOOL)).isInstanceOf(LaunchRefusedException.class).hasMessageContaining("UNKNOWN_PLATFORM");
        assertThatThrownBy(() -> core.lti().startLogin(new LoginRequest(TestPlatform.ISSUER, "hint", "https://evil.example.com/phish",
                Optional.empty(), Optional.empty(), Optional.empty()), LAUNCH, TOOL)).isInstanceOf(LaunchRefusedException.class)
                .hasMessageContaining("FOREIGN_TARGET");
        assertThatThrownBy(() -> core.lti().startLogin(new LoginRequest(TestPlatform.ISSUER, "hint", TARGET, Optional.empty(),
                Optional.empty(), Optional.of("deployment-9")), LAUNCH, TOOL)).isInstanceOf(LaunchRefusedException.class)
                .hasMessageContaining("DEPLOYMENT");
    }

    @Test
    void onlyAnAdministratorRegistersAPlatformAndOnlyOverHttps() {
        assertThatThrownBy(() -> core.lti().register(People.kerndocent("docent-anna"), new TestPlatform().registration()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> core.lti().register(BEHEER, new NewPlatform("http://localhost:9000", "c", "Lokaal",
                URI.create("http://localhost:9000/auth"), URI.create("http://localhost:9000/token"), URI.create("http://localhost:9000/jwks"),
                Set.of("d")))).isInstanceOf(InvalidInputException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> core.lti().register(BEHEER, new TestPlatform().registration())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("registered already");
        assertThatThrownBy(() -> core.lti().register(BEHEER, new NewPlatform("https://other.example.edu", "c", "Ander",
                URI.create("https://other.example.edu/auth#frag"), URI.create("https://other.example.edu/token"),
                URI.create("https://admin:secret@other.example.edu/jwks"), Set.of("d")))).isInstanceOf(InvalidInputException.class);
        assertThat(core.lti().platforms()).extracting(LtiPlatform::issuer).containsExactly(TestPlatform.ISSUER);
    }

    @Test
    void leerlijnPublishesOnlyThePublicPartOfItsKeysAndKeepsAReplacedKeyPublishedForAWeek() {
        String set = core.lti().publicKeySet();
        assertThat(set).contains("\"kty\":\"RSA\"", "\"alg\":\"RS256\"", "\"kid\"").doesNotContain("\"d\"", "\"p\"", "\"q\"");
        int before = count(set);

        clock.set(clock.instant().plus(LtiService.KEY_MAX_AGE).plusSeconds(1));
        core.lti().housekeeping(LtiService.KEY_MAX_AGE, LtiService.KEY_GRACE);
        assertThat(count(core.lti().publicKeySet())).isEqualTo(before + 1);

        clock.set(clock.instant().plus(LtiService.KEY_GRACE).plusSeconds(1));
        core.lti().housekeeping(LtiService.KEY_MAX_AGE, LtiService.KEY_GRACE);
        assertThat(count(core.lti().publicKeySet())).as("the replaced key is retired").isEqualTo(1);
        try (var connection = SETTINGS.get(database).fixture().database().dataSource().getConnection();
                var rows = connection.createStatement().executeQuery("SELECT private_jwk FROM ll_lti_key WHERE retired_at IS NOT NULL")) {
            int retired = 0;
            while (rows.next()) {
                retired++;
                assertThat(rows.getString(1)).as("a retired key keeps no private part").doesNotContain("\"d\"", "\"p\"");
            }
            assertThat(retired).isPositive();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String keySet) {
        return keySet.split("\"kid\"", -1).length - 1;
    }
}
