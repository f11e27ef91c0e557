package nl.leerlijn.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.lti.LaunchRefusedException.Reason;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A platform registers Leerlijn itself (LTI Dynamic Registration) with a link an administrator made. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DynamicRegistrationTest {
    private static final ToolConfiguration TOOL = new ToolConfiguration(URI.create("https://leerlijn.example.nl/lms/leerlijn"), "Leerlijn",
            "Leergangen in je cursus");

    @Parameter
    TestDatabase database;

    private TestClock clock;
    private TestPlatform platform;
    private CoreFixture fixture;
    private LeerlijnCore core;

    @BeforeEach
    void start() {
        clock = new TestClock(CoreFixture.NOW);
        platform = new TestPlatform();
        fixture = CoreFixture.on(database, clock, b -> b.ltiKeySets(platform.keySets()).ltiServices(platform.services()));
        core = fixture.core();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aPlatformRegistersLeerlijnWithItsAddressesAndGetsItsClientIdAndDeploymentKept() throws Exception {
        String link = core.lti().invite(People.administrator());

        PlatformOffer offer = core.lti().readOffer(link, TestPlatform.OPENID_CONFIGURATION);
        assertThat(offer.issuer()).isEqualTo(TestPlatform.ISSUER);
        assertThat(offer.name()).isEqualTo("moodle 4.5");
        LtiPlatform registered = core.lti().registerDynamically(link, TestPlatform.OPENID_CONFIGURATION,
                Optional.of(TestPlatform.REGISTRATION_TOKEN), TOOL);

        assertThat(registered.clientId()).isEqualTo("dynamic-client-1");
        assertThat(registered.deployments()).containsExactly("dynamic-deployment-1");
        assertThat(registered.jwksUrl()).isEqualTo(TestPlatform.JWKS);
        assertThat(core.lti().platforms()).extracting(LtiPlatform::clientId).containsExactly("dynamic-client-1");
        JsonNode sent = new ObjectMapper().readTree(platform.registrations().get(0));
        assertThat(sent.path("initiate_login_uri").asText()).isEqualTo(TOOL.base() + "/lti/login");
        assertThat(sent.path("redirect_uris").get(0).asText()).isEqualTo(TOOL.base() + "/lti/launch");
        assertThat(sent.path("jwks_uri").asText()).isEqualTo(TOOL.base() + "/lti/jwks");
        assertThat(sent.path("token_endpoint_auth_method").asText()).isEqualTo("private_key_jwt");
        assertThat(sent.path("scope").asText()).contains(CourseServices.ROSTER_SCOPE, LtiService.SCORE_SCOPE);
        assertThat(sent.path("https://purl.imsglobal.org/spec/lti-tool-configuration").path("messages").toString())
                .contains("LtiDeepLinkingRequest", "LtiResourceLinkRequest");
        assertThat(sent.path("https://purl.imsglobal.org/spec/lti-tool-configuration").path("domain").asText()).isEqualTo("leerlijn.example.nl");
    }

    @Test
    void aRegistrationLinkWorksOnceForAWeekAndOnlyAnAdministratorMakesOne() {
        assertThatThrownBy(() -> core.lti().invite(People.kerndocent("anna"))).isInstanceOf(NotPermittedException.class);
        String link = core.lti().invite(People.administrator());
        core.lti().registerDynamically(link, TestPlatform.OPENID_CONFIGURATION, Optional.of(TestPlatform.REGISTRATION_TOKEN), TOOL);

        assertThat(core.lti().inviteOpen(link)).isFalse();
        assertRefused(() -> core.lti().registerDynamically(link, TestPlatform.OPENID_CONFIGURATION, Optional.of(TestPlatform.REGISTRATION_TOKEN),
                TOOL), Reason.STATE);
        String late = core.lti().invite(People.administrator());
        clock.set(clock.instant().plus(LtiService.INVITE_VALIDITY).plus(Duration.ofMinutes(1)));
        assertRefused(() -> core.lti().readOffer(late, TestPlatform.OPENID_CONFIGURATION), Reason.STATE);
        assertRefused(() -> core.lti().readOffer("made-up-" + "x".repeat(40), TestPlatform.OPENID_CONFIGURATION), Reason.STATE);
    }

    @Test
    void aConfigurationWhoseIssuerItsAddressDoesNotBeginWithIsRefusedAndNothingIsRegistered() {
        String link = core.lti().invite(People.administrator());

        assertRefused(() -> core.lti().readOffer(link, URI.create("https://evil.example.com/.well-known/openid-configuration")), Reason.ISSUER);
        assertRefused(() -> core.lti().readOffer(link, URI.create("https://lms.example.edu.evil.com/.well-known/openid-configuration")),
                Reason.ISSUER);
        assertRefused(() -> core.lti().readOffer(link, URI.create("http://lms.example.edu/.well-known/openid-configuration")),
                Reason.UNKNOWN_PLATFORM);
        assertRefused(() -> core.lti().registerDynamically(link, TestPlatform.OPENID_CONFIGURATION, Optional.of("wrong-token"), TOOL),
                Reason.UNKNOWN_PLATFORM);
        assertThat(core.lti().platforms()).isEmpty();
        assertThat(core.lti().inviteOpen(link)).as("a failed registration does not use the link up").isTrue();
    }

    @Test
    void anAdministratorAddsADeploymentThePlatformMadeLater() {
        LtiPlatform registered = core.lti().register(People.administrator(), platform.registration());

        core.lti().addDeployment(People.administrator(), registered.id(), "deployment-2");

        assertThat(core.lti().platforms()).singleElement().satisfies(p -> assertThat(p.deployments())
                .containsExactlyInAnyOrder(TestPlatform.DEPLOYMENT, "deployment-2"));
        assertThatThrownBy(() -> core.lti().addDeployment(People.kerndocent("anna"), registered.id(), "deployment-3"))
                .isInstanceOf(NotPermittedException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(LaunchRefusedException.class)
                .satisfies(e -> assertThat(((LaunchRefusedException) e).reason()).isEqualTo(reason));
    }
}
