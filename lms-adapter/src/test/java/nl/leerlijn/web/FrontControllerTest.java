package nl.leerlijn.web;

import static nl.leerlijn.testing.People.participant;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrontControllerTest {
    private TestHost host;
    private Cohort cohort;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        Actor docent = new Actor(new UserId("docent-anna"), "Anna Docent", java.util.Set.of(Role.CORE_TEACHER));
        host.signIn("docent-anna", "Anna Docent", Role.CORE_TEACHER, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(docent,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        host.leerlijn().core().enrolment().enrol(docent, cohort.id(), participant("student-sanne"));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void someoneTheHostDoesNotKnowGetsA401PageThatSaysWhatToDoInDutch() {
        HttpResponse<String> response = host.get("/");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("<html lang=\"nl\">", "Niet ingelogd", "Log in op je leeromgeving");
    }

    @Test
    void aStudentSeesTheirCohortAndWhatComesUpInDutchByDefault() {
        String sanne = host.signIn("student-sanne", "Sanne Jansen", Role.STUDENT, Optional.empty());

        HttpResponse<String> response = host.get("/", "X-Test-User", sanne);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Mijn leergangen", "Leergang najaar 2026", "Deelnemer",
                "dinsdag 15 september 2026, 09:30", "Trainingsdag 1: activerende gespreksvoering");
        assertThat(response.headers().firstValue("Content-Language")).contains("nl");
    }

    @Test
    void theBrowsersLanguageChoosesEnglish() {
        String sanne = host.signIn("student-sanne", "Sanne Jansen", Role.STUDENT, Optional.empty());

        HttpResponse<String> response = host.get("/", "X-Test-User", sanne, "Accept-Language", "en-GB,en;q=0.8");

        assertThat(response.body()).contains("<html lang=\"en\">", "My cohorts", "Participant", "Tuesday 15 September 2026");
    }

    @Test
    void theHostsLanguageSettingWinsOverTheBrowser() {
        String sanne = host.signIn("student-sanne", "Sanne Jansen", Role.STUDENT, Optional.of(Locale.forLanguageTag("nl")));

        HttpResponse<String> response = host.get("/", "X-Test-User", sanne, "Accept-Language", "en");

        assertThat(response.body()).contains("Mijn leergangen");
    }

    @Test
    void aKerndocentSeesTheCohortTheyTeach() {
        HttpResponse<String> response = host.get("/", "X-Test-User", "docent-anna");

        assertThat(response.body()).contains("Leergang najaar 2026", "Kerndocent");
    }

    @Test
    void anUnknownPathIsA404PageInTheUsersLanguage() {
        HttpResponse<String> response = host.get("/bestaat-niet", "X-Test-User", "docent-anna");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Niet gevonden", "href=\"" + TestHost.PREFIX + "/\"");
    }

    @Test
    void linksAndAssetsCarryTheContextPathAndServletPath() {
        HttpResponse<String> page = host.get("/", "X-Test-User", "docent-anna");
        HttpResponse<String> css = host.get("/static/leerlijn.css");

        assertThat(page.body()).containsPattern("href=\"" + TestHost.PREFIX + "/static/leerlijn\\.css\\?v=[0-9a-f]+\"");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains("--ll-color-primary");
    }

    @Test
    void onlyKnownAssetNamesAreServed() {
        HttpResponse<String> traversal = host.get("/static/..%2Fmessages%2Fmessages_nl.properties");
        assertThat(traversal.statusCode()).isIn(400, 404);
        assertThat(traversal.body()).doesNotContain("layout.skipToContent");
        assertThat(host.get("/static/messages_nl.properties").statusCode()).isEqualTo(404);
        assertThat(host.get("/static/bestaat-niet.css").statusCode()).isEqualTo(404);
    }

    @Test
    void everyPageCarriesTheSecurityHeadersWithTheHostsFrameAncestors() {
        HttpResponse<String> response = host.get("/", "X-Test-User", "docent-anna");

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'self' https://lms.example.nl", "object-src 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void textFromUsersIsEscaped() {
        Actor docent = new Actor(new UserId("docent-anna"), "Anna Docent", java.util.Set.of(Role.CORE_TEACHER));
        host.leerlijn().core().cohorts().create(docent,
                new NewCohort(CoreFixture.SAMPLE, "<script>alert(1)</script>", LocalDate.of(2026, 9, 8), "Utrecht"));

        HttpResponse<String> response = host.get("/", "X-Test-User", "docent-anna");

        assertThat(response.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aKerndocentsCohortListCountsHandedInWorkThatAwaitsAResult() {
        Actor sanneActor = new Actor(new UserId("student-sanne"), "Sanne", java.util.Set.of(Role.STUDENT));
        nl.leerlijn.enrolment.Participant sanne = host.leerlijn().core().enrolment().participationsOf(sanneActor).get(0);
        nl.leerlijn.submission.UploadOutcome stored = host.leerlijn().core().submissions().upload(sanneActor, sanne.id(),
                new nl.leerlijn.curriculum.ActivityKey("pa-plan-van-aanpak"), "k", java.util.List.of(new nl.leerlijn.submission.Upload(
                        "plan.pdf", new java.io.ByteArrayInputStream("%PDF-1.7 plan".getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
                Optional.empty());
        assertThat(host.get("/", "X-Test-User", "docent-anna").body()).contains("niets te beoordelen").doesNotContain("1 wacht op resultaat");

        host.leerlijn().core().submissions().submit(sanneActor, ((nl.leerlijn.submission.UploadOutcome.Stored) stored).submission().id());

        assertThat(host.get("/", "X-Test-User", "docent-anna").body()).contains("/marking\">1 wacht op resultaat<span class=\"ll-visually-hidden\">");
    }

    @Test
    void theServletRunsTheBackgroundJobsWhileTheContainerRunsItAndStopsThemAfter() throws Exception {
        java.time.Duration quick = java.time.Duration.ofMillis(100);
        nl.leerlijn.testing.TestClock clock = new nl.leerlijn.testing.TestClock(CoreFixture.NOW);
        nl.leerlijn.testing.WatchedFileStore store = new nl.leerlijn.testing.WatchedFileStore(nl.leerlijn.testing.TestFolders.fresh());
        try (TestHost withJobs = TestHost.withSettings(TestDatabase.H2, b -> b.clock(clock).fileStore(store)
                .backgroundJobs(new nl.leerlijn.jobs.BackgroundJobs.Settings(quick, java.time.Duration.ofDays(1), quick)))) {
            String orphan = refusedUpload(withJobs);
            clock.advance(java.time.Duration.ofDays(2));

            withJobs.get("/");

            store.awaitDeleted(orphan, java.time.Duration.ofSeconds(20));
            assertThat(store.contains(orphan)).as("the orphan sweep ran and removed the refused upload").isFalse();
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .anyMatch(name -> name.startsWith("db-scheduler"));
        }
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("db-scheduler"));
    }

    /** Sanne uploads something that is no document; it is refused and its content recorded as an orphan. @return its SHA-256 */
    private static String refusedUpload(TestHost host) throws Exception {
        Actor anna = new Actor(new UserId("docent-anna"), "Anna", java.util.Set.of(Role.CORE_TEACHER));
        Cohort cohort = host.leerlijn().core().cohorts().create(anna, new NewCohort(
                CoreFixture.SAMPLE, "Leergang", LocalDate.of(2026, 9, 8), "Utrecht"));
        nl.leerlijn.enrolment.Participant sanne = host.leerlijn().core().enrolment().enrol(anna, cohort.id(),
                participant("student-sanne")).participant();
        byte[] content = "GIF89a, geen document".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        host.leerlijn().core().submissions().upload(nl.leerlijn.testing.People.student("student-sanne"), sanne.id(),
                new nl.leerlijn.curriculum.ActivityKey("pa-concept"), "k", java.util.List.of(new nl.leerlijn.submission.Upload(
                        "plaatje.pdf", new java.io.ByteArrayInputStream(content))), Optional.empty());
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }
}
