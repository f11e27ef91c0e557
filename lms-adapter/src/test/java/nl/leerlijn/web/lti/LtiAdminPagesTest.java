package nl.leerlijn.web.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerlijn.access.Role;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestPlatform;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.Test;

/** The administrator registers platforms by hand or hands out a registration link; a platform registers Leerlijn with it. */
class LtiAdminPagesTest {
    private static final String CONFIGURATION = "?openid_configuration=" + URLEncoder.encode(TestPlatform.OPENID_CONFIGURATION.toString(),
            StandardCharsets.UTF_8) + "&registration_token=" + TestPlatform.REGISTRATION_TOKEN;

    @Test
    void aPlatformRegistersLeerlijnWithTheLinkTheAdministratorMadeAndTheLinkWorksOnce() {
        TestPlatform platform = new TestPlatform();
        try (TestHost host = TestHost.withSettings(TestDatabase.H2, b -> b.ltiKeySets(platform.keySets()).ltiServices(platform.services()))) {
            String admin = host.signIn("beheer", "Bea Beheer", Role.ADMINISTRATOR, Optional.empty());
            String page = host.get("/beheer/lti", "X-Test-User", admin).body();
            assertThat(page).contains("https://lms.example.nl/lms/leerlijn/lti/login", "https://lms.example.nl/lms/leerlijn/lti/launch",
                    "https://lms.example.nl/lms/leerlijn/lti/jwks", "Er is nog geen leeromgeving geregistreerd");

            HttpResponse<String> made = host.post("/beheer/lti/registratielink", admin, Map.of());
            Matcher link = Pattern.compile("https://lms\\.example\\.nl/lms/leerlijn(/lti/registratie/[A-Za-z0-9_-]+)").matcher(made.body());
            assertThat(link.find()).as(made.body()).isTrue();

            HttpResponse<String> confirm = host.get(link.group(1) + CONFIGURATION);
            assertThat(confirm.statusCode()).isEqualTo(200);
            assertThat(confirm.body()).contains("moodle 4.5", TestPlatform.ISSUER, "Registreren");
            HttpResponse<String> registered = host.postWithoutToken(link.group(1), "", Map.of("openid_configuration",
                    TestPlatform.OPENID_CONFIGURATION.toString(), "registration_token", TestPlatform.REGISTRATION_TOKEN));
            assertThat(registered.statusCode()).isEqualTo(200);
            assertThat(registered.body()).contains("id=\"ll-lti-registered\"", "dynamic-client-1");
            assertThat(host.get("/beheer/lti", "X-Test-User", admin).body()).contains("moodle 4.5", "dynamic-deployment-1");

            HttpResponse<String> again = host.get(link.group(1) + CONFIGURATION);
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("al gebruikt of verlopen");
        }
    }

    @Test
    void theAdministratorRegistersAPlatformByHandAndAWrongAddressIsNamed() {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            String admin = host.signIn("beheer", "Bea Beheer", Role.ADMINISTRATOR, Optional.empty());
            Map<String, String> canvas = Map.of("name", "Canvas Hogeschool", "issuer", "https://canvas.instructure.com", "clientId",
                    "10000000000042", "deployments", "12:abc, 13:def", "authUrl", "https://sso.canvaslms.com/api/lti/authorize_redirect",
                    "tokenUrl", "https://sso.canvaslms.com/login/oauth2/token", "jwksUrl", "https://sso.canvaslms.com/api/lti/security/jwks");

            HttpResponse<String> wrong = host.post("/beheer/lti/platforms", admin, new java.util.HashMap<>(canvas) {{
                put("authUrl", "sso.canvaslms.com/authorize");
            }});
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("Vul een volledig adres in", "value=\"Canvas Hogeschool\"");
            assertThat(host.post("/beheer/lti/platforms", admin, canvas).statusCode()).isEqualTo(303);

            assertThat(host.get("/beheer/lti", "X-Test-User", admin).body()).contains("Canvas Hogeschool", "12:abc, 13:def");
            HttpResponse<String> twice = host.post("/beheer/lti/platforms", admin, canvas);
            assertThat(twice.statusCode()).isEqualTo(400);
            assertThat(twice.body()).contains("niet al geregistreerd");
        }
    }
}
