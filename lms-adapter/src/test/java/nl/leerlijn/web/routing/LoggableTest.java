package nl.leerlijn.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoggableTest {
    @Test
    void aWerkbegeleidersLinkAndACertificatesCodeNeverReachTheLog() {
        assertThat(LeerlijnServlet.loggable("/lms/leerlijn/werkbegeleider/abc.123.4.mac")).isEqualTo("/lms/leerlijn/werkbegeleider/…");
        assertThat(LeerlijnServlet.loggable("/lms/leerlijn/certificaten/LL-AB2C-DE3F-GH4J/nl")).isEqualTo("/lms/leerlijn/certificaten/…");
        assertThat(LeerlijnServlet.loggable("/lms/leerlijn/verificatie/LL-AB2C-DE3F-GH4J")).isEqualTo("/lms/leerlijn/verificatie/…");
        assertThat(LeerlijnServlet.loggable("/lms/leerlijn/cohorts/4/schedule")).isEqualTo("/lms/leerlijn/cohorts/4/schedule");
    }
}
