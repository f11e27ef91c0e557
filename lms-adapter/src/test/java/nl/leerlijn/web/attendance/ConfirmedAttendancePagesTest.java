package nl.leerlijn.web.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.NewParticipant;
import nl.leerlijn.enrolment.Organisation;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.enrolment.RegisterNumbers;
import nl.leerlijn.access.UserId;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfirmedAttendancePagesTest {
    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant esra;
    private Participant tom;
    private ScheduleItem day;
    private String list;

    @BeforeEach
    void start() {
        host = TestHost.withSettings(TestDatabase.H2, b -> b.clock(clock).withoutBackgroundJobs());
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-esra", "Esra Yılmaz", Role.STUDENT, Optional.empty());
        host.signIn("student-tom", "Tom", Role.STUDENT, Optional.empty());
        var core = host.leerlijn().core();
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang Utrecht", LocalDate.of(2026, 9, 8), "Utrecht"));
        esra = core.enrolment().enrol(anna, cohort.id(), new NewParticipant(new UserId("student-esra"), new ParticipantProfile("Esra Yılmaz",
                "esra@example.org", new Organisation("Gemeente Utrecht", OrganisationType.GEMEENTE), JobFunction.KLANTMANAGER,
                RegisterNumbers.none(), Optional.empty()))).participant();
        tom = core.enrolment().enrol(anna, cohort.id(), People.participant("student-tom")).participant();
        day = core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().value().equals("m1-trainingsdag"))
                .findFirst().orElseThrow();
        list = "/cohorts/" + cohort.id().value() + "/schedule/" + day.id().value() + "/attendance";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void aParticipantConfirmsWithTheShownCodeAndTheKerndocentConfirmsThePrintedList() throws Exception {
        clock.set(day.at().plus(Duration.ofMinutes(10)));
        assertThat(host.post(list + "/code", "docent-anna", Map.of()).statusCode()).isEqualTo(303);
        String codePage = host.get(list + "/code", "X-Test-User", "docent-anna").body();
        Matcher shown = Pattern.compile("ll-session-code__code[^>]*><span aria-hidden=\"true\">([A-Z2-9]{3}) ([A-Z2-9]{3})<").matcher(codePage);
        assertThat(shown.find()).as(codePage).isTrue();
        String code = shown.group(1) + shown.group(2);
        assertThat(codePage).contains("/aanwezig?code=" + code).contains("<svg");

        HttpResponse<String> wrong = host.post("/aanwezigheid/bevestigen", "student-esra", Map.of("code", "AAAAAA"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Deze code hoort bij geen bijeenkomst die nu openstaat");
        assertThat(host.get("/aanwezig?code=" + code, "X-Test-User", "student-esra").body()).contains("name=\"via\" value=\"qr\"");
        assertThat(host.post("/aanwezigheid/bevestigen", "student-esra", Map.of("code", code, "via", "qr")).statusCode()).isEqualTo(303);
        assertThat(host.get("/aanwezigheid", "X-Test-User", "student-esra").body()).contains("Je bevestigde je aanwezigheid op");

        clock.set(day.endsAt().orElseThrow().plus(Duration.ofDays(1)));
        assertThat(host.get(list, "X-Test-User", "docent-anna").body()).contains("Zelf bevestigd om").contains("(QR-code)");
        host.post(list + "/all-present", "docent-anna", Map.of());
        host.post(list, "docent-anna", Map.of("p-" + tom.id().value(), Presence.ABSENT.name()));
        assertThat(host.post(list + "/confirm", "docent-anna", Map.of()).statusCode()).isEqualTo(303);
        assertThat(host.get(list, "X-Test-User", "docent-anna").body()).contains("Bevestigd door " + anna.displayName());

        byte[] pdf = bytes(list + ".pdf", "docent-anna");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Presentielijst: Trainingsdag 1: activerende gespreksvoering").contains("Esra Yılmaz")
                    .contains("Gemeente Utrecht").contains("Aanwezig: 1 (door deelnemer en docent bevestigd: 1)").contains("Afwezig: 1")
                    .contains("Lijst bevestigd door " + anna.displayName());
        }
        String csv = new String(bytes(list + ".csv", "docent-anna"), StandardCharsets.UTF_8);
        assertThat(csv).contains("Esra Yılmaz;Gemeente Utrecht;klantmanager;Aanwezig;");
        assertThat(csv).contains("Deelnemer student-tom;Gemeente Utrecht;klantmanager;Afwezig;;");
        assertThat(host.get(list + ".pdf", "X-Test-User", "student-esra").statusCode()).isEqualTo(403);
    }

    @Test
    void aParticipantReportsAbsenceWithAReasonAndAMissedSessionGivesAReplacementTheKerndocentJudges() {
        clock.set(day.at().minus(Duration.ofDays(1)));
        String own = "/aanwezigheid/" + esra.id().value() + "/m1-trainingsdag";
        HttpResponse<String> empty = host.post(own + "/afmelden", "student-esra", Map.of("reason", ""));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(host.post(own + "/afmelden", "student-tom", Map.of("reason", "Ziek")).statusCode()).isEqualTo(403);
        assertThat(host.post(own + "/afmelden", "student-esra", Map.of("reason", "Rechtszaak van een cliënt")).statusCode()).isEqualTo(303);
        assertThat(host.get(list, "X-Test-User", "docent-anna").body()).contains("Afgemeld: Rechtszaak van een cliënt");

        clock.set(day.endsAt().orElseThrow());
        host.post(list, "docent-anna", Map.of("p-" + esra.id().value(), Presence.EXCUSED.name()));
        long replacement = host.leerlijn().core().attendance().replacements(anna, cohort.id()).get(0).id().value();
        String page = "/vervangende-opdrachten/" + replacement;
        assertThat(host.get(page, "X-Test-User", "student-esra").body()).contains("gesprekstechnieken");
        assertThat(host.get(page, "X-Test-User", "student-tom").statusCode()).isEqualTo(403);
        assertThat(host.post(page + "/inleveren", "student-esra", Map.of("text", "")).statusCode()).isEqualTo(400);
        assertThat(host.post(page + "/inleveren", "student-esra", Map.of("text", "Mijn gesprek met een klant.")).statusCode()).isEqualTo(303);
        assertThat(host.post(page + "/beoordelen", "docent-anna", Map.of("judgement", "ONVOLDOENDE")).body())
                .contains("Schrijf bij een onvoldoende wat er beter moet");
        assertThat(host.post(page + "/beoordelen", "docent-anna", Map.of("judgement", "VOLDOENDE", "feedback", "Helder."))
                .statusCode()).isEqualTo(303);
        assertThat(host.get(page, "X-Test-User", "student-esra").body()).contains("Voldoende: telt als aanwezig").contains("Helder.");
        assertThat(host.get("/cohorts/" + cohort.id().value() + "/vervangende-opdrachten", "X-Test-User", "docent-anna").body())
                .contains("Esra Yılmaz").contains("Trainingsdag 1");
    }

    @Test
    void guessingCodesStopsAfterFiveWrongOnesWithAClearAnswer() {
        clock.set(day.at());
        host.leerlijn().core().attendance().openCode(anna, cohort.id(), day.id());
        for (int i = 0; i < 5; i++) {
            assertThat(host.post("/aanwezigheid/bevestigen", "student-tom", Map.of("code", "AAAAA" + (char) ('B' + i))).statusCode())
                    .isEqualTo(400);
        }

        HttpResponse<String> stopped = host.post("/aanwezigheid/bevestigen", "student-tom", Map.of("code", "AAAAAZ"));
        assertThat(stopped.statusCode()).isEqualTo(409);
        assertThat(stopped.body()).contains("Je vulde te vaak een verkeerde code in");
    }

    private byte[] bytes(String path, String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.url(path)))
                .header("X-Test-User", user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
