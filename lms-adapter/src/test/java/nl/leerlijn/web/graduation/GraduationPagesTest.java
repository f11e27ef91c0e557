package nl.leerlijn.web.graduation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraduationPagesTest {
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;
    private String dossier;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("examen-ellen", "Ellen de Boer", Role.EXAM_COMMITTEE, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        host.signIn("student-tom", "Tom", Role.STUDENT, Optional.empty());
        var core = host.leerlijn().core();
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang Utrecht", LocalDate.of(2025, 9, 8), "Utrecht"));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        core.enrolment().enrol(anna, cohort.id(), People.participant("student-tom"));
        dossier = "/results/" + cohort.id().value() + "/diplomering/" + sanne.id().value();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void theExamencommissieGrantsADiplomaWhoseCertificateDownloadsInBothLanguagesAndVerifiesPublicly() throws Exception {
        String overview = host.get("/results/" + cohort.id().value() + "/diplomering", "X-Test-User", "examen-ellen").body();
        assertThat(overview).contains("Deelnemer student-sanne").contains("Nog geen besluit");
        assertThat(host.get(dossier, "X-Test-User", "examen-ellen").body()).contains("Aanwezigheid van minstens 80%")
                .contains("Eindversie paper").contains("niet behaald");

        HttpResponse<String> noReason = host.post(dossier, "examen-ellen", Map.of("award", "DIPLOMA", "reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("ll-error-summary");
        assertThat(host.post(dossier, "docent-anna", Map.of("award", "DIPLOMA", "reason", "Alles behaald.")).statusCode()).isEqualTo(403);
        assertThat(host.post(dossier, "examen-ellen", Map.of("award", "DIPLOMA", "reason", "Vrijstelling voor de paper; de rest behaald."))
                .statusCode()).isEqualTo(303);
        String page = host.get(dossier, "X-Test-User", "examen-ellen").body();
        Matcher code = Pattern.compile("ll-nowrap\">(LL-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})<").matcher(page);
        assertThat(code.find()).as(page).isTrue();
        assertThat(page).contains("Vrijstelling voor de paper; de rest behaald.").contains("Besloten: Diploma");

        assertThat(host.get("/diploma", "X-Test-User", "student-sanne").body()).contains(code.group(1));
        String dutch = pdfText("/certificaten/" + code.group(1) + "/nl", "student-sanne");
        assertThat(dutch).contains("Diploma").contains("Deelnemer student-sanne").contains("De Effectieve Klantmanager Sociaal Domein")
                .contains("Studiepunten: 15 EC").contains("Registerplein: 60 punten").contains("namens de examencommissie")
                .contains("Ellen de Boer").contains(code.group(1)).contains("/verificatie/" + code.group(1));
        assertThat(pdfText("/certificaten/" + code.group(1) + "/en", "student-sanne")).contains("has successfully completed the programme")
                .contains("Credits: 15 EC");
        assertThat(host.get("/certificaten/" + code.group(1) + "/nl", "X-Test-User", "student-tom").statusCode()).isEqualTo(403);

        HttpResponse<String> verified = host.get("/verificatie/" + code.group(1));
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("Geldig").contains("Deelnemer student-sanne heeft een diploma ontvangen");
        assertThat(host.get("/verificatie?code=LL-AAAA-BBBB-CCCC").statusCode()).isEqualTo(404);
    }

    @Test
    void aDecisionTakenBackShowsAsRevokedOnTheVerificationPage() {
        host.post(dossier, "examen-ellen", Map.of("award", "CERTIFICAAT", "reason", "Praktijk en paper behaald."));
        String code = host.leerlijn().core().graduation().dossier(People.kerndocent("docent-anna"), sanne.id()).certificate().orElseThrow()
                .code();
        long decision = host.leerlijn().core().graduation().dossier(People.kerndocent("docent-anna"), sanne.id()).decision().orElseThrow()
                .id().value();

        assertThat(host.post(dossier + "/intrekken", "examen-ellen", Map.of("decision", Long.toString(decision), "takeBackReason", ""))
                .statusCode()).isEqualTo(400);
        assertThat(host.post(dossier + "/intrekken", "examen-ellen", Map.of("decision", Long.toString(decision),
                "takeBackReason", "Plagiaat in de paper vastgesteld.")).statusCode()).isEqualTo(303);

        assertThat(host.get("/verificatie?code=" + code.toLowerCase(java.util.Locale.ROOT)).body()).contains("Ingetrokken")
                .doesNotContain("Geldig");
        assertThat(host.get("/certificaten/" + code + "/nl", "X-Test-User", "student-sanne").statusCode()).isEqualTo(404);
        assertThat(host.get(dossier, "X-Test-User", "examen-ellen").body()).contains("Ingetrokken: Certificaat")
                .contains("Plagiaat in de paper vastgesteld.");
    }

    private String pdfText(String path, String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.url(path)))
                .header("X-Test-User", user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
