package nl.leerlijn.web.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.http.HttpResponse;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.Test;

class KeySetPageTest {
    @Test
    void aPlatformReadsLeerlijnsPublicKeysWithoutAnAccountAndNeverAPrivatePart() throws Exception {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            HttpResponse<String> response = host.get("/lti/jwks");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JWKSet keys = JWKSet.parse(response.body());
            assertThat(keys.getKeys()).singleElement().satisfies(key -> {
                assertThat(key.isPrivate()).isFalse();
                assertThat(key.getKeyID()).isNotBlank();
                assertThat(key.getAlgorithm().getName()).isEqualTo("RS256");
            });
            assertThat(host.get("/lti/jwks").body()).as("the same key on the next request").isEqualTo(response.body());
        }
    }
}
