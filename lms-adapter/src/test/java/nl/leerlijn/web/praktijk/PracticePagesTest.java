package nl.leerlijn.web.praktijk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.praktijk.Supervisor;
import nl.leerlijn.praktijk.SupervisorRequest;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.RecordingNotifier;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PracticePagesTest {
    private static final ActivityKey TRAINING = new ActivityKey("po-vaktraining");
    private static final byte[] REPORT = "%PDF-1.7\nVerslag vaktraining\n%%EOF".getBytes(StandardCharsets.UTF_8);

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private final RecordingNotifier mails = new RecordingNotifier();
    private TestHost host;
    private LeerlijnCore core;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant esra;
    private Participant tom;
    private Participant priya;

    @BeforeEach
    void start() {
        host = TestHost.withSettings(TestDatabase.H2, b -> b.clock(clock).notifier(mails).withoutBackgroundJobs());
        core = host.leerlijn().core();
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        for (String student : List.of("student-esra", "student-tom", "student-priya")) {
            host.signIn(student, student, Role.STUDENT, Optional.empty());
        }
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        esra = enrol("student-esra", "Zorggroep De Bilt", OrganisationType.ZORGORGANISATIE, JobFunction.WMO_CONSULENT);
        tom = enrol("student-tom", "Gemeente Utrecht", OrganisationType.GEMEENTE, JobFunction.KLANTMANAGER);
        priya = enrol("student-priya", "Gemeente Zeist", OrganisationType.GEMEENTE, JobFunction.JEUGDCONSULENT);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private Participant enrol(String id, String organisation, OrganisationType type, JobFunction function) {
        return core.enrolment().enrol(anna, cohort.id(), People.participant(id, organisation, type, function)).participant();
    }

    private HttpResponse<String> uploadReport(String user, Participant p, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", host.tokenFor(user));
        all.putIfAbsent("key", "sleutel-" + System.nanoTime());
        return host.multipart("/praktijk/" + p.id().value() + "/po-vaktraining/versions", user, all, "files", "verslag.pdf", REPORT);
    }

    private void confirmedDuo() {
        core.practice().makeDuo(anna, cohort.id(), TRAINING, List.of(esra.id(), tom.id()));
    }

    private static Map<String, String> outcomes(String voices) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", "We gaven vier bijeenkomsten aan elf klanten.");
        fields.put("targetGroup", "Bijstandsgerechtigden");
        fields.put("sessions", "4");
        fields.put("reached", "11");
        fields.put("measureName1", "Uitstroom naar werk");
        fields.put("measureValue1", "64%");
        fields.put("clientVoices", voices);
        return fields;
    }

    private List<Submission> versions(Participant p) {
        return core.submissions().versions(People.student(p.userId().value()), p.id(), TRAINING);
    }

    @Test
    void aDuoMemberUploadsTheReportWithOutcomesAndBothMembersSeeItButNoOtherStudent() {
        confirmedDuo();

        HttpResponse<String> stored = uploadReport("student-esra", esra, outcomes("Ik durf weer te solliciteren."));

        assertThat(stored.statusCode()).isEqualTo(303);
        String tomsPage = host.get("/praktijk", "X-Test-User", "student-tom").body();
        assertThat(tomsPage).contains("Samen met Deelnemer student-esra", "Geüpload door Deelnemer student-esra", "Uitstroom naar werk", "64%",
                "Ik durf weer te solliciteren.", "Versie 1 inleveren");
        assertThat(host.get("/praktijk", "X-Test-User", "student-priya").body()).doesNotContain("Ik durf weer te solliciteren.");
        long copy = versions(tom).get(0).id().value();
        assertThat(host.get("/paper/versions/" + copy + "/files/1", "X-Test-User", "student-priya").statusCode()).isEqualTo(403);

        HttpResponse<String> handedIn = host.post("/praktijk/versions/" + copy + "/submit", "student-tom", Map.of());

        assertThat(handedIn.statusCode()).isEqualTo(303);
        assertThat(versions(esra)).singleElement().satisfies(v -> assertThat(v.handedIn()).isTrue());
    }

    @Test
    void outcomesThatIdentifyAClientAreRefusedWithEverythingTypedKeptAndNothingStored() {
        confirmedDuo();

        HttpResponse<String> refused = uploadReport("student-esra", esra, outcomes("Mevrouw (BSN 111222333) zei dat het hielp."));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("een klant herkenbaar maakt", "Er is niets opgeslagen", "Bijstandsgerechtigden",
                "In \u201cWat klanten zeiden\u201d bij &quot;Praktijkopdracht 2: vaktraining voor een klantgroep&quot;",
                "href=\"#voices-po-vaktraining\"", "aria-invalid=\"true\"",
                "Mevrouw (BSN 111222333) zei dat het hielp.", "We gaven vier bijeenkomsten aan elf klanten.");
        assertThat(versions(esra)).isEmpty();
        HttpResponse<String> notANumber = uploadReport("student-esra", esra, Map.of("sessions", "vier"));
        assertThat(notANumber.statusCode()).isEqualTo(400);
        assertThat(notANumber.body()).contains("heel getal");
        assertThat(versions(esra)).isEmpty();
    }

    @Test
    void beforeTheKerndocentConfirmsTheDuoTheStudentIsToldToWaitAndCanProposeAPartner() {
        String page = host.get("/praktijk", "X-Test-User", "student-esra").body();
        assertThat(page).contains("Nog geen duo", "Stel een duopartner voor", "Je kunt hier werk uploaden zodra de kerndocent je duo heeft bevestigd");

        assertThat(uploadReport("student-esra", esra, Map.of("text", "Verslag")).statusCode()).isEqualTo(409);
        HttpResponse<String> proposed = host.post("/praktijk/" + esra.id().value() + "/po-vaktraining/partner", "student-esra",
                Map.of("partner", Long.toString(priya.id().value())));

        assertThat(proposed.statusCode()).isEqualTo(303);
        assertThat(host.get("/praktijk", "X-Test-User", "student-priya").body()).contains("Voorgesteld, wacht op de kerndocent",
                "Samen met Deelnemer student-esra");
        assertThat(host.get("/cohorts/" + cohort.id().value() + "/duos", "X-Test-User", "docent-anna").body())
                .contains("voorgesteld door de deelnemers", "Voorgesteld, nog te bevestigen");
        assertThat(host.post("/praktijk/" + esra.id().value() + "/po-vaktraining/partner", "student-tom",
                Map.of("partner", Long.toString(tom.id().value()))).statusCode()).isEqualTo(403);
    }

    @Test
    void theKerndocentLetsLeerlijnProposeDuosConfirmsThemAndPutsTwoTogetherByHand() {
        String path = "/cohorts/" + cohort.id().value() + "/duos";

        assertThat(host.post(path + "/po-vaktraining/propose", "docent-anna", Map.of()).statusCode()).isEqualTo(303);
        assertThat(host.get(path, "X-Test-User", "docent-anna").body()).contains("voorgesteld door Leerlijn", "Voorgesteld, nog te bevestigen");
        assertThat(host.post(path + "/po-vaktraining/confirm", "docent-anna", Map.of()).statusCode()).isEqualTo(303);
        assertThat(core.practice().duos(anna, cohort.id(), TRAINING).duos()).singleElement()
                .satisfies(d -> assertThat(d.confirmed()).isTrue());

        HttpResponse<String> made = host.post(path + "/po-vaktraining/make", "docent-anna",
                Map.of("first", Long.toString(esra.id().value()), "second", Long.toString(priya.id().value())));

        assertThat(made.statusCode()).isEqualTo(303);
        assertThat(host.get(path, "X-Test-User", "docent-anna").body()).contains("samengesteld door de kerndocent", "Nog zonder duo");
        assertThat(host.post(path + "/po-vaktraining/make", "docent-anna", Map.of("first", Long.toString(esra.id().value())))
                .statusCode()).isEqualTo(400);
        assertThat(host.post(path + "/po-vaktraining/propose", "student-esra", Map.of()).statusCode()).isEqualTo(403);
        assertThat(host.get(path, "X-Test-User", "student-esra").statusCode()).isEqualTo(403);
    }

    @Test
    void theOutcomeExportHasOneRowPerDuoWithItsMeasuresForStaffOnly() {
        confirmedDuo();
        uploadReport("student-esra", esra, outcomes("Ik durf weer te solliciteren."));
        core.submissions().submit(People.student("student-esra"), versions(esra).get(0).id());

        HttpResponse<String> csv = host.get("/cohorts/" + cohort.id().value() + "/praktijk/uitkomsten.csv", "X-Test-User", "docent-anna");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).contains("text/csv;charset=UTF-8");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("Praktijkopdracht;Deelnemers;Functies;Organisaties;Versie;Ingeleverd;Doelgroep;Bijeenkomsten;"
                + "Klanten bereikt;Uitkomstmaat 1;Waarde 1;Wat klanten zeiden");
        assertThat(lines.get(1)).contains("Praktijkopdracht 2: vaktraining voor een klantgroep", "Deelnemer student-esra, Deelnemer student-tom",
                "Wmo-consulent", "Bijstandsgerechtigden;4;11;Uitstroom naar werk;64%;Ik durf weer te solliciteren.");
        assertThat(host.get("/cohorts/" + cohort.id().value() + "/praktijk/uitkomsten.csv", "X-Test-User", "student-esra").statusCode())
                .isEqualTo(403);
    }

    private SupervisorRequest handedInAndAsked() {
        confirmedDuo();
        uploadReport("student-esra", esra, outcomes("Ik durf weer te solliciteren."));
        host.post("/praktijk/versions/" + versions(esra).get(0).id().value() + "/submit", "student-esra", Map.of());
        HttpResponse<String> named = host.post("/praktijk/" + esra.id().value() + "/po-vaktraining/werkbegeleider", "student-esra",
                Map.of("name", "Karin Smit", "email", "k.smit@utrecht.nl", "organisation", "Gemeente Utrecht", "function", "Teamleider"));
        assertThat(named.statusCode()).isEqualTo(303);
        HttpResponse<String> asked = host.post("/praktijk/versions/" + versions(esra).get(0).id().value() + "/confirmation", "student-esra",
                Map.of());
        assertThat(asked.statusCode()).isEqualTo(303);
        return core.practice().work(People.student("student-esra"), esra.id()).stream()
                .filter(w -> w.assignment().key().equals(TRAINING)).findFirst().orElseThrow().requests().get(0);
    }

    private HttpResponse<String> anonymous(String path, Optional<String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(host.url(path)));
        form.ifPresentOrElse(f -> request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(f)), request::GET);
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String formToken(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).as("the page has the werkbegeleider's form").isTrue();
        return m.group(1);
    }

    @Test
    void theWerkbegeleiderConfirmsThroughTheLinkWithoutAccountOrCookieAndTheAssessorSeesIt() {
        SupervisorRequest request = handedInAndAsked();
        String link = core.practice().linkPath(request);
        nl.leerlijn.web.NotificationSetUp.runJobs(host);
        assertThat(mails.to("k.smit@utrecht.nl")).singleElement().satisfies(m -> assertThat(m.text()).contains(link));

        HttpResponse<String> page = anonymous(link, Optional.empty());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.body()).contains("Beste Karin Smit", "Deelnemer student-esra en Deelnemer student-tom", "Uitstroom naar werk",
                "We gaven vier bijeenkomsten aan elf klanten.");
        String token = formToken(page.body());
        assertThat(anonymous(link, Optional.of("decision=CONFIRMED&formToken=nep")).statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = anonymous(link, Optional.of("decision=DECLINED&remark=&formToken=" + token));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Vul de reden in");

        HttpResponse<String> confirmed = anonymous(link, Optional.of("decision=CONFIRMED&remark=Klopt+helemaal.&formToken=" + token));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(anonymous(link, Optional.empty()).body()).contains("Je hebt deze opdracht bevestigd").doesNotContain("name=\"formToken\"");
        assertThat(anonymous(link, Optional.of("decision=DECLINED&remark=Toch+niet&formToken=" + token)).statusCode()).isEqualTo(303);
        assertThat(anonymous(link, Optional.empty()).body()).contains("Je hebt deze opdracht bevestigd", "Klopt helemaal.");
        long tomsCopy = versions(tom).get(0).id().value();
        assertThat(host.get("/marking/" + tomsCopy, "X-Test-User", "docent-anna").body())
                .contains("Bevestigd door de werkbegeleider", "Karin Smit (Teamleider, Gemeente Utrecht; k.smit@utrecht.nl)", "Klopt helemaal.",
                        "Per duolid", "Uitstroom naar werk");
        assertThat(host.get("/praktijk", "X-Test-User", "student-tom").body()).contains("Bevestigd", "Klopt helemaal.",
                "hoeft niets meer te sturen");
        nl.leerlijn.web.NotificationSetUp.runJobs(host);
        assertThat(host.get("/notifications", "X-Test-User", "student-tom").body())
                .contains("Karin Smit heeft Praktijkopdracht 2: vaktraining voor een klantgroep bevestigd.");
    }

    @Test
    void aChangedLinkIsNotFoundAndAnExpiredOrReplacedOneSaysWhatToDo() {
        SupervisorRequest request = handedInAndAsked();
        String link = core.practice().linkPath(request);
        String[] parts = link.split("\\.");
        String otherVersion = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 1) + "." + parts[3];

        assertThat(anonymous(otherVersion, Optional.empty()).statusCode()).isEqualTo(404);
        assertThat(anonymous("/werkbegeleider/onzin", Optional.empty()).statusCode()).isEqualTo(404);
        assertThat(anonymous(otherVersion, Optional.of("decision=CONFIRMED&formToken=x")).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofMinutes(5));
        host.post("/praktijk/versions/" + versions(esra).get(0).id().value() + "/confirmation", "student-esra", Map.of());
        assertThat(anonymous(link, Optional.empty()).body()).contains("Gebruik de link uit de nieuwste mail");
        clock.advance(Duration.ofDays(15));
        SupervisorRequest newest = core.practice().work(People.student("student-esra"), esra.id()).stream()
                .filter(w -> w.assignment().key().equals(TRAINING)).findFirst().orElseThrow().requests().get(1);
        assertThat(anonymous(core.practice().linkPath(newest), Optional.empty()).body()).contains("Deze link is verlopen");
        assertThat(host.get("/praktijk", "X-Test-User", "student-esra").body()).contains("Link verlopen", "Stuur Karin Smit een nieuwe link");
    }
}
