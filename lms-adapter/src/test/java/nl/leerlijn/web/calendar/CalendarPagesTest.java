package nl.leerlijn.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarPagesTest {
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht, Vredenburg 40"));
        host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne"));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    /** @return the feed's path below the Leerlijn prefix, as the calendar page shows it */
    private String feedPath(String user) {
        String page = host.get("/calendar", "X-Test-User", user).body();
        Matcher m = Pattern.compile("value=\"https://lms\\.example\\.nl" + TestHost.PREFIX + "(/calendar/[A-Za-z0-9_-]+\\.ics)\"").matcher(page);
        assertThat(m.find()).as("the page shows the feed's full address, built from the configured base URL").isTrue();
        return m.group(1);
    }

    @Test
    void theFeedOpensWithoutSigningInAndHoldsSessionsAndDeadlines() {
        HttpResponse<String> feed = host.get(feedPath("student-sanne"));

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT",
                "SUMMARY:Trainingsdag 1: activerende gespreksvoering", "DTSTART:20260915T073000Z",
                "LOCATION:Utrecht\\, Vredenburg 40", "SUMMARY:Deadline: Eindversie paper", "Leergang najaar 2026");
    }

    @Test
    void aMovedSessionMovesInTheFeed() {
        String path = feedPath("student-sanne");
        ScheduleItem day = host.leerlijn().core().schedule().cohortSchedule(anna, cohort.id()).stream()
                .filter(i -> i.activity().value().equals("m1-trainingsdag")).findFirst().orElseThrow();
        host.leerlijn().core().schedule().reschedule(anna, cohort.id(),
                new ScheduleChange(day.id(), day.at().plus(Duration.ofDays(1)), Optional.empty()));

        assertThat(host.get(path).body()).contains("DTSTART:20260916T073000Z").doesNotContain("DTSTART:20260915T073000Z");
    }

    @Test
    void renewingTheAddressMakesTheOldOneStopWorking() {
        String old = feedPath("student-sanne");

        HttpResponse<String> renewed = host.post("/calendar/renew", "student-sanne", Map.of());

        assertThat(renewed.statusCode()).isEqualTo(303);
        assertThat(host.get(old).statusCode()).isEqualTo(404);
        assertThat(host.get(feedPath("student-sanne")).statusCode()).isEqualTo(200);
    }

    @Test
    void aMadeUpAddressIsNotFoundAndTheCalendarPageNeedsASignIn() {
        assertThat(host.get("/calendar/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(host.get("/calendar/nonsense").statusCode()).isEqualTo(404);
        assertThat(host.get("/calendar").statusCode()).isEqualTo(401);
    }

    @Test
    void theFeedsAddressComesFromTheConfiguredBaseUrlWhateverHostTheRequestNames() throws Exception {
        String expected = "https://lms.example.nl" + TestHost.PREFIX + feedPath("student-sanne");
        URI url = URI.create(host.url("/calendar"));

        String answer;
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.getOutputStream().write(("GET " + url.getPath() + " HTTP/1.1\r\nHost: evil.example\r\nX-Test-User: student-sanne\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 200").contains("value=\"" + expected + "\"").doesNotContain("evil.example");
    }
}
