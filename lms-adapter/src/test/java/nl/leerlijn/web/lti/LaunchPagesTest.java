package nl.leerlijn.web.lti;

import static nl.leerlijn.web.lti.LaunchingPlatform.member;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestPlatform;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A platform launches Leerlijn through the servlet: instructors link their course, learners enrol, everyone stays in their session. */
class LaunchPagesTest {
    private static final LaunchingPlatform PLATFORM = new LaunchingPlatform();
    private static final AtomicInteger COURSES = new AtomicInteger();
    private static TestHost host;

    private String course;

    @BeforeAll
    static void start() {
        host = TestHost.withSettings(TestDatabase.H2, b -> b.ltiKeySets(PLATFORM.platform.keySets()).ltiServices(PLATFORM.platform.services()));
        PLATFORM.attach(host);
        host.leerlijn().core().lti().register(new Actor(new UserId("beheer"), "Beheer", Set.of(Role.ADMINISTRATOR)),
                PLATFORM.platform.registration());
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    @BeforeEach
    void course() {
        course = "course-" + COURSES.incrementAndGet();
    }

    /** The instructor launches, links the course to a new cohort; @return the cohort's id */
    private long linkedCohort() {
        LaunchingPlatform.Launched first = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR));
        String page = PLATFORM.get(first.token(), "/lti/koppelen").body();
        HttpResponse<String> created = PLATFORM.post(first.token(), "/lti/koppelen/nieuw", page, Map.of("programme", "effectieve-klantmanager",
                "name", "Leergang " + course, "startDate", "2026-09-14", "location", "Zwolle"));
        Matcher id = Pattern.compile("/cohorts/(\\d+)\\?notice=created").matcher(created.headers().firstValue("Location").orElse(""));
        assertThat(id.find()).as("redirect %s", created.headers().firstValue("Location")).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void anInstructorsFirstLaunchAsksForACohortAndLaterLaunchesGoStraightToIt() {
        LaunchingPlatform.Launched first = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR));
        assertThat(first.status()).isEqualTo(303);
        assertThat(first.landing()).isEqualTo("/lti/koppelen");
        HttpResponse<String> linkPage = PLATFORM.get(first.token(), "/lti/koppelen");
        assertThat(linkPage.statusCode()).isEqualTo(200);
        assertThat(linkPage.body()).contains("Cursus koppelen aan een leergang", "Klantmanager " + course, "Moodle Hogeschool Test",
                "value=\"Klantmanager " + course + "\"");

        HttpResponse<String> refused = PLATFORM.post(first.token(), "/lti/koppelen/nieuw", linkPage.body(), Map.of("programme",
                "effectieve-klantmanager", "name", "Leergang " + course, "startDate", "", "location", "Zwolle"));
        assertThat(refused.statusCode()).as("no start date").isEqualTo(400);
        assertThat(refused.body()).contains("value=\"Leergang " + course + "\"");

        long cohort = linkedCohort();
        LaunchingPlatform.Launched later = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR));
        assertThat(later.landing()).isEqualTo("/cohorts/" + cohort);
        HttpResponse<String> overview = PLATFORM.get(later.token(), "/cohorts/" + cohort);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Leergang " + course, "Karin de Docent");
    }

    @Test
    void everyLinkAndFormOnALaunchedPageCarriesTheSessionAndAForgedSessionIsRefused() {
        LaunchingPlatform.Launched launched = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR));
        String page = PLATFORM.get(launched.token(), "/lti/koppelen").body();

        List<String> addresses = Pattern.compile("(?:href|action)=\"(/lms/leerlijn[^\"]*)\"").matcher(page).results().map(r -> r.group(1)).toList();
        assertThat(addresses).isNotEmpty().allSatisfy(a -> assertThat(a).satisfiesAnyOf(
                x -> assertThat(x).startsWith(TestHost.PREFIX + "/s/" + launched.token() + "/"),
                x -> assertThat(x).contains("/static/")));
        HttpResponse<String> forged = PLATFORM.get(launched.token().substring(2) + "zz", "/lti/koppelen");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.body()).contains("Open Leerlijn opnieuw vanuit je cursus").doesNotContain(launched.token());
        assertThat(PLATFORM.get(launched.token(), "/lti/koppelen").headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void aSessionsAddressHandedOnOpensNothingOnceItIsInUse() {
        LaunchingPlatform.Launched launched = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR));
        assertThat(PLATFORM.getFrom("cross-site", launched.token(), "/lti/koppelen").statusCode()).as("the launch's own redirect")
                .isEqualTo(200);

        assertThat(PLATFORM.getFrom("same-origin", launched.token(), "/lti/koppelen").statusCode()).as("a link on its pages").isEqualTo(200);
        HttpResponse<String> typed = PLATFORM.getFrom("none", launched.token(), "/lti/koppelen");
        assertThat(typed.statusCode()).as("the address pasted in another browser").isEqualTo(401);
        assertThat(typed.body()).contains("Open Leerlijn opnieuw vanuit je cursus").doesNotContain("Karin");
        assertThat(PLATFORM.getFrom("cross-site", launched.token(), "/lti/koppelen").statusCode()).as("a link from another site")
                .isEqualTo(401);
    }

    @Test
    void aLaunchedPageMayBeFramedByThePlatformAndAHostPageOnlyByWhomTheHostSays() {
        LaunchingPlatform.Launched launched = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR));

        assertThat(PLATFORM.get(launched.token(), "/lti/koppelen").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'self' https://lms.example.nl https://lms.example.edu"));
        host.signIn("kd-" + course, "Host Docent", Role.CORE_TEACHER, Optional.empty());
        assertThat(host.get("/", "X-Test-User", "kd-" + course).headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).endsWith("frame-ancestors 'self' https://lms.example.nl"));
    }

    @Test
    void aLearnerEnrolsWithWhereTheyWorkOnceTheCourseIsLinkedAndThenGoesStraightToTheirProgramme() {
        LaunchingPlatform.Launched early = PLATFORM.launch(member("stu-" + course, "Sanne Jansen", course, TestPlatform.LEARNER));
        assertThat(early.landing()).isEqualTo("/lti/welkom");
        assertThat(PLATFORM.get(early.token(), "/lti/welkom").body()).contains("nog niet aan een leergang gekoppeld");

        long cohort = linkedCohort();
        LaunchingPlatform.Launched launched = PLATFORM.launch(member("stu-" + course, "Sanne Jansen", course, TestPlatform.LEARNER));
        assertThat(launched.landing()).isEqualTo("/lti/inschrijven");
        HttpResponse<String> form = PLATFORM.get(launched.token(), "/lti/inschrijven");
        assertThat(form.body()).contains("Leergang " + course, "Sanne Jansen", "stu-" + course + "@example.nl").doesNotContain("name=\"email\"");

        HttpResponse<String> incomplete = PLATFORM.post(launched.token(), "/lti/inschrijven", form.body(), Map.of("organisation", "",
                "organisationType", "GEMEENTE", "function", "WMO_CONSULENT"));
        assertThat(incomplete.statusCode()).isEqualTo(400);
        HttpResponse<String> enrolled = PLATFORM.post(launched.token(), "/lti/inschrijven", form.body(), Map.of("organisation",
                "Gemeente Deventer", "organisationType", "GEMEENTE", "function", "WMO_CONSULENT"));
        assertThat(enrolled.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .isEqualTo(TestHost.PREFIX + "/s/" + launched.token() + "/programme?leergang=" + cohort + "&notice=enrolled"));
        assertThat(PLATFORM.get(launched.token(), "/programme?leergang=" + cohort + "&notice=enrolled").body())
                .contains("Je bent ingeschreven", "Leergang " + course);

        LaunchingPlatform.Launched again = PLATFORM.launch(member("stu-" + course, "Sanne Jansen", course, TestPlatform.LEARNER));
        assertThat(again.landing()).isEqualTo("/programme?leergang=" + cohort);
        assertThat(PLATFORM.get(again.token(), "/cohorts/" + cohort + "/lti").statusCode()).as("a learner sees no course links").isEqualTo(403);
    }

    @Test
    void aLearnerWhosePlatformSharesNoAddressGivesOne() {
        linkedCohort();
        LaunchingPlatform.Launched launched = PLATFORM.launch(c -> member("stu-" + course, "Noor Bakker", course, TestPlatform.LEARNER)
                .apply(c).claim("email", null));
        String form = PLATFORM.get(launched.token(), "/lti/inschrijven").body();
        assertThat(form).contains("name=\"email\"");

        HttpResponse<String> wrong = PLATFORM.post(launched.token(), "/lti/inschrijven", form, Map.of("email", "geen-adres",
                "organisation", "Gemeente Deventer", "organisationType", "GEMEENTE", "function", "KLANTMANAGER"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(PLATFORM.post(launched.token(), "/lti/inschrijven", form, Map.of("email", "noor@deventer.nl",
                "organisation", "Gemeente Deventer", "organisationType", "GEMEENTE", "function", "KLANTMANAGER")).statusCode()).isEqualTo(303);
    }

    @Test
    void aFormInASessionWithoutItsTokenIsRefusedAndNothingIsEnrolled() {
        linkedCohort();
        LaunchingPlatform.Launched launched = PLATFORM.launch(member("stu-" + course, "Sanne Jansen", course, TestPlatform.LEARNER));

        HttpResponse<String> forged = PLATFORM.post(launched.token(), "/lti/inschrijven", null, Map.of("organisation", "Gemeente Deventer",
                "organisationType", "GEMEENTE", "function", "WMO_CONSULENT"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(PLATFORM.get(launched.token(), "/lti/inschrijven").statusCode()).as("still to enrol").isEqualTo(200);
    }

    @Test
    void theKerndocentLetsAssistantsAssessAndAnAssistantIsToldUntilThen() {
        long cohort = linkedCohort();
        LaunchingPlatform.Launched assistant = PLATFORM.launch(member("ta-" + course, "Tim Assistent", course, TestPlatform.TEACHING_ASSISTANT));
        assertThat(assistant.landing()).isEqualTo("/lti/welkom");
        assertThat(PLATFORM.get(assistant.token(), "/lti/welkom").body()).contains("(nog) niet ingesteld dat assistenten tweede beoordelaar");
        assertThat(PLATFORM.get(assistant.token(), "/cohorts/" + cohort).statusCode()).isEqualTo(403);

        LaunchingPlatform.Launched kerndocent = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR));
        HttpResponse<String> courses = PLATFORM.get(kerndocent.token(), "/cohorts/" + cohort + "/lti");
        assertThat(courses.body()).contains("Klantmanager " + course, "Moodle Hogeschool Test");
        assertThat(PLATFORM.post(kerndocent.token(), "/cohorts/" + cohort + "/lti", courses.body(), Map.of("assistantsAssess", "ja"))
                .statusCode()).isEqualTo(303);

        LaunchingPlatform.Launched again = PLATFORM.launch(member("ta-" + course, "Tim Assistent", course, TestPlatform.TEACHING_ASSISTANT));
        assertThat(again.landing()).isEqualTo("/cohorts/" + cohort);
        assertThat(PLATFORM.get(again.token(), "/cohorts/" + cohort + "/marking").statusCode()).isEqualTo(200);
    }

    @Test
    void theKerndocentReadsTheCourseRosterAndSeesWhatChanged() {
        LaunchingPlatform.Launched first = PLATFORM.launch(c -> TestPlatform.withRoster(member("doc-" + course, "Karin de Docent", course,
                TestPlatform.INSTRUCTOR).apply(c), course));
        String page = PLATFORM.get(first.token(), "/lti/koppelen").body();
        String location = PLATFORM.post(first.token(), "/lti/koppelen/nieuw", page, Map.of("programme", "effectieve-klantmanager",
                "name", "Leergang " + course, "startDate", "2026-09-14", "location", "Zwolle")).headers().firstValue("Location").orElseThrow();
        String cohort = location.replaceAll(".*/cohorts/(\\d+).*", "$1");
        PLATFORM.platform.member(course, "r1-" + course, "Ruud Roster", "ruud@example.nl", "Active", TestPlatform.LEARNER);
        PLATFORM.platform.member(course, "r2-" + course, "Rana Roster", null, "Active", TestPlatform.LEARNER);
        String courses = PLATFORM.get(first.token(), "/cohorts/" + cohort + "/lti").body();
        assertThat(courses).contains("Nog niet gelezen");

        HttpResponse<String> read = PLATFORM.post(first.token(), "/cohorts/" + cohort + "/lti/rooster", courses, Map.of());

        assertThat(read.statusCode()).isEqualTo(303);
        assertThat(PLATFORM.get(first.token(), "/cohorts/" + cohort + "/lti?notice=read").body())
                .contains("De deelnemerslijst is gelezen", "1 ingeschreven, 0 uitgeschreven, 1 zonder e-mailadres overgeslagen");
        assertThat(PLATFORM.get(first.token(), "/cohorts/" + cohort).body()).contains("Ruud Roster");
        assertThat(PLATFORM.get(first.token(), "/cohorts/" + cohort + "/lti").body()).as("who linked it, by name").contains("Karin de Docent");

        LaunchingPlatform.Launched ruud = PLATFORM.launch(member("r1-" + course, "Ruud Roster", course, TestPlatform.LEARNER));
        assertThat(ruud.landing()).isEqualTo("/profile?leergang=" + cohort);
        String profile = PLATFORM.get(ruud.token(), ruud.landing()).body();
        assertThat(profile).contains("Je bent via je cursus ingeschreven", "<option value=\"\" selected>Kies…</option>")
                .doesNotContain("value=\"Nog niet opgegeven\"");
    }

    @Test
    void withoutTheLoginsCookieALaunchIsCheckedInThePlatformsStorageOrRefused() {
        LaunchingPlatform.Launched refused = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR),
                false, Optional.empty());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.response().body()).contains("cookies van andere sites worden geblokkeerd", "STATE_BINDING")
                .doesNotContain("/s/");

        HttpResponse<String> login = PLATFORM.login(Optional.of("lti_storage"));
        assertThat(login.statusCode()).as("the state goes to the platform's storage first").isEqualTo(200);
        assertThat(login.body()).contains("data-mode=\"put\"", "data-target=\"lti_storage\"", "data-key=\"state_",
                "data-origins=\"https://lms.example.edu https://lms.example.nl\"");

        LaunchingPlatform.Launched checked = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR),
                false, Optional.of("lti_storage"));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.response().body()).contains("data-mode=\"get\"", "data-key=\"state_", "/lti/koppelen");
        assertThat(PLATFORM.get(checked.token(), "/lti/koppelen").statusCode()).isEqualTo(200);
    }

    @Test
    void anInstructorPlacesPagesInTheCourseAndTheBrowserPostsLeerlijnsSignedAnswerToThePlatform() throws Exception {
        LaunchingPlatform.Launched launched = PLATFORM.launch(c -> member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR)
                .apply(c).claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest")
                .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", null)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of("deep_link_return_url",
                        "https://lms.example.edu/deeplink/return", "accept_types", List.of("ltiResourceLink"), "data", "d-1")));
        assertThat(launched.landing()).isEqualTo("/lti/plaatsen");
        String page = PLATFORM.get(launched.token(), "/lti/plaatsen").body();
        assertThat(page).contains("Leerlijn in je cursus plaatsen", "value=\"/paper\"");

        assertThat(PLATFORM.post(launched.token(), "/lti/plaatsen", page, Map.of()).statusCode()).as("nothing chosen").isEqualTo(400);
        HttpResponse<String> answer = PLATFORM.post(launched.token(), "/lti/plaatsen", page, Map.of("page", "/paper"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("form-action 'self' https://lms.example.edu;"));
        assertThat(answer.body()).contains("action=\"https://lms.example.edu/deeplink/return\"", "name=\"JWT\"");
        Matcher jwt = Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"").matcher(answer.body());
        assertThat(jwt.find()).isTrue();
        com.nimbusds.jwt.SignedJWT signed = com.nimbusds.jwt.SignedJWT.parse(jwt.group(1));
        com.nimbusds.jose.jwk.RSAKey key = (com.nimbusds.jose.jwk.RSAKey) com.nimbusds.jose.jwk.JWKSet.parse(host.get("/lti/jwks").body())
                .getKeyByKeyId(signed.getHeader().getKeyID());
        assertThat(signed.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(key))).as("signed with the key Leerlijn publishes").isTrue();
        assertThat(signed.getJWTClaimsSet().getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")).singleElement()
                .isEqualTo(Map.of("type", "ltiResourceLink", "title", "Paper",
                        "url", LaunchingPlatform.TOOL + "/paper"));
    }

    @Test
    void aPlacedPaperLinkBringsTheKerndocentToTheCohortsMarking() {
        long cohort = linkedCohort();
        LaunchingPlatform.Launched kerndocent = PLATFORM.launch(c -> member("doc-" + course, "Karin de Docent", course,
                TestPlatform.INSTRUCTOR).apply(c).claim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", LaunchingPlatform.TOOL + "/paper"),
                LaunchingPlatform.TOOL + "/paper");
        assertThat(kerndocent.landing()).isEqualTo("/cohorts/" + cohort + "/marking");
    }

    @Test
    void junkInALaunchedSessionsFormsIsRefusedInWordsAndLinksNoCourse() {
        LaunchingPlatform.Launched instructor = PLATFORM.launch(member("doc-" + course, "Karin de Docent", course, TestPlatform.INSTRUCTOR));
        String page = PLATFORM.get(instructor.token(), "/lti/koppelen").body();
        host.signIn("ander-" + course, "Andere Docent", Role.CORE_TEACHER, Optional.empty());
        long foreign = host.leerlijn().core().cohorts().create(new Actor(new UserId("ander-" + course), "Andere Docent",
                Set.of(Role.CORE_TEACHER)), new nl.leerlijn.cohort.NewCohort(nl.leerlijn.testing.CoreFixture.SAMPLE, "Niet van Karin",
                java.time.LocalDate.of(2026, 9, 14), "Deventer")).id().value();

        for (String junk : List.of("", "abc", "-1", "0", "99999999", "1".repeat(30))) {
            HttpResponse<String> answer = PLATFORM.post(instructor.token(), "/lti/koppelen", page, Map.of("cohort", junk));
            assertThat(answer.statusCode()).as("cohort=%s", junk).isBetween(400, 404);
            assertThat(answer.body()).doesNotContain("Exception");
        }
        assertThat(PLATFORM.post(instructor.token(), "/lti/koppelen", page, Map.of("cohort", Long.toString(foreign))).statusCode())
                .as("a cohort she does not run").isEqualTo(403);
        assertThat(PLATFORM.post(instructor.token(), "/lti/koppelen/nieuw", page, Map.of("programme", "bestaat-niet", "name",
                "x".repeat(5000), "startDate", "31-02-2026", "location", "<script>")).statusCode()).isEqualTo(400);
        assertThat(PLATFORM.post(instructor.token(), "/lti/plaatsen", page, Map.of("page", "/beheer/lti")).statusCode())
                .as("not a deep linking session, not a place").isBetween(400, 403);
        assertThat(PLATFORM.get(instructor.token(), "/lti/koppelen").statusCode()).as("still to link").isEqualTo(200);
    }

    @Test
    void aRefusedLaunchIsAPageThatSaysWhatToDoAndNamesTheRule() {
        LaunchingPlatform.Launched strange = PLATFORM.launch(c -> c.issuer("https://other.example.edu"));
        assertThat(strange.status()).isEqualTo(400);
        assertThat(strange.response().body()).contains("niet kan vertrouwen", "ISSUER").doesNotContain("Exception");

        HttpResponse<String> unknown = hostGet("/lti/login?iss=https%3A%2F%2Fnobody.example.org&login_hint=x&target_link_uri="
                + "https%3A%2F%2Flms.example.nl%2Flms%2Fleerlijn%2Flti%2Flaunch");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("niet (op deze manier) aangemeld bij deze leeromgeving", "UNKNOWN_PLATFORM");
    }

    private static HttpResponse<String> hostGet(String path) {
        return host.get(path);
    }
}
