package nl.leerlijn.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.leerlijn.access.UserId;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {
    private static final byte[] SECRET = "a secret of thirty-two bytes!!!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Instant MONDAY_EVENING = Instant.parse("2026-09-07T21:00:00Z");
    private final UserId sanne = new UserId("student-sanne");

    private CsrfTokens at(Instant instant) {
        return new CsrfTokens(() -> SECRET, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aTokenIsAcceptedForTheUserItWasIssuedTo() {
        String token = at(MONDAY_EVENING).issue(sanne);

        assertThat(at(MONDAY_EVENING).isValid(sanne, token)).isTrue();
        assertThat(at(MONDAY_EVENING).isValid(new UserId("student-ahmed"), token)).isFalse();
    }

    @Test
    void aFormLeftOpenOvernightStillSubmitsButNotAfterTwoDays() {
        String token = at(MONDAY_EVENING).issue(sanne);

        assertThat(at(MONDAY_EVENING.plus(Duration.ofHours(12))).isValid(sanne, token)).isTrue();
        assertThat(at(MONDAY_EVENING.plus(Duration.ofDays(2))).isValid(sanne, token)).isFalse();
    }

    @Test
    void aTamperedMissingOrForeignTokenIsRefused() {
        String token = at(MONDAY_EVENING).issue(sanne);
        String otherSecret = new CsrfTokens(() -> "another secret of 32 bytes!!!!!!".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                Clock.fixed(MONDAY_EVENING, ZoneOffset.UTC)).issue(sanne);

        assertThat(at(MONDAY_EVENING).isValid(sanne, token.substring(0, token.length() - 1) + "x")).isFalse();
        assertThat(at(MONDAY_EVENING).isValid(sanne, null)).isFalse();
        assertThat(at(MONDAY_EVENING).isValid(sanne, "")).isFalse();
        assertThat(at(MONDAY_EVENING).isValid(sanne, "abc.def")).isFalse();
        assertThat(at(MONDAY_EVENING).isValid(sanne, otherSecret)).isFalse();
        assertThat(at(MONDAY_EVENING).isValid(sanne, "99999999." + token.substring(token.indexOf('.') + 1))).isFalse();
    }
}
