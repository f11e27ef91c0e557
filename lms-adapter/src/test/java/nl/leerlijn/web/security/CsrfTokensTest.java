package nl.leerlijn.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.leerlijn.access.UserId;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {
    private static final byte[] SECRET = "a secret of thirty-two bytes!!!!".getBytes(StandardCharsets.US_ASCII);
    private static final Instant MONDAY_MORNING = Instant.parse("2026-09-07T07:30:00Z");
    private final UserId sanne = new UserId("student-sanne");

    private CsrfTokens at(Instant instant) {
        return new CsrfTokens(() -> SECRET, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aTokenIsAcceptedForTheUserItWasIssuedTo() {
        String token = at(MONDAY_MORNING).issue(sanne);

        assertThat(at(MONDAY_MORNING).check(sanne, token)).isEqualTo(CsrfTokens.Check.VALID);
        assertThat(at(MONDAY_MORNING).check(new UserId("student-ahmed"), token)).isEqualTo(CsrfTokens.Check.INVALID);
    }

    @Test
    void aFormLeftOpenForAWorkingDayStillSubmitsButAfterThatItHasExpired() {
        String token = at(MONDAY_MORNING).issue(sanne);

        assertThat(at(MONDAY_MORNING.plus(Duration.ofHours(7).plusMinutes(59))).check(sanne, token)).isEqualTo(CsrfTokens.Check.VALID);
        assertThat(at(MONDAY_MORNING.plus(Duration.ofHours(8).plusMinutes(2))).check(sanne, token))
                .isEqualTo(CsrfTokens.Check.EXPIRED);
        assertThat(at(MONDAY_MORNING.plus(Duration.ofDays(2))).isValid(sanne, token)).isFalse();
    }

    @Test
    void aTamperedMissingForeignOrFutureTokenIsInvalidNotMerelyExpired() {
        String token = at(MONDAY_MORNING).issue(sanne);
        String otherSecret = new CsrfTokens(() -> "another secret of 32 bytes!!!!!!".getBytes(StandardCharsets.US_ASCII),
                Clock.fixed(MONDAY_MORNING, ZoneOffset.UTC)).issue(sanne);
        String future = at(MONDAY_MORNING.plus(Duration.ofHours(1))).issue(sanne);

        assertThat(at(MONDAY_MORNING).check(sanne, token.substring(0, token.length() - 1) + "x")).isEqualTo(CsrfTokens.Check.INVALID);
        assertThat(at(MONDAY_MORNING).check(sanne, null)).isEqualTo(CsrfTokens.Check.INVALID);
        assertThat(at(MONDAY_MORNING).check(sanne, "")).isEqualTo(CsrfTokens.Check.INVALID);
        assertThat(at(MONDAY_MORNING).check(sanne, "abc.def")).isEqualTo(CsrfTokens.Check.INVALID);
        assertThat(at(MONDAY_MORNING).check(sanne, otherSecret)).isEqualTo(CsrfTokens.Check.INVALID);
        assertThat(at(MONDAY_MORNING).check(sanne, future)).isEqualTo(CsrfTokens.Check.INVALID);
        assertThat(at(MONDAY_MORNING.plus(Duration.ofDays(30))).check(sanne, "1." + token.substring(token.indexOf('.') + 1)))
                .isEqualTo(CsrfTokens.Check.INVALID);
    }
}
