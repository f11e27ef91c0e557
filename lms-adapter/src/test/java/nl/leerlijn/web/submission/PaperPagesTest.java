package nl.leerlijn.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaperPagesTest {
    private static final byte[] CONCEPT = "%PDF-1.7\nConcept: de klantreis in de Participatiewet\n%%EOF".getBytes(StandardCharsets.UTF_8);

    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Participant sanne;
    private String uploadPath;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        Cohort cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        sanne = host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        uploadPath = "/paper/" + sanne.id().value() + "/milestones/pa-concept";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private HttpResponse<String> upload(String key, String name, byte[] content) {
        return host.multipart(uploadPath, "student-sanne", Map.of("_csrf", host.tokenFor("student-sanne"), "key", key),
                "files", name, content);
    }

    private java.util.List<Submission> versions() {
        return host.leerlijn().core().submissions().versions(nl.leerlijn.testing.People.student("student-sanne"), sanne.id(), new ActivityKey("pa-concept"));
    }

    @Test
    void theStudentSeesEveryMilestoneWithItsDeadlineAndAnUploadFormWithAKey() {
        String page = host.get("/paper", "X-Test-User", "student-sanne").body();

        assertThat(page).contains("Mijn paper", "Plan van aanpak paper", "Conceptversie paper", "Eindversie paper",
                "Deadline: maandag 2 november 2026, 23:59", "enctype=\"multipart/form-data\"", "name=\"key\"", "leerlijn.js");
    }

    @Test
    void anUploadedVersionShowsItsReceiptAndItsFileDownloadsUnchanged() throws Exception {
        HttpResponse<String> stored = upload("sleutel-1", "concept.pdf", CONCEPT);

        assertThat(stored.statusCode()).isEqualTo(303);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CONCEPT));
        String page = host.get("/paper?notice=stored", "X-Test-User", "student-sanne").body();
        assertThat(page).contains("Je versie is opgeslagen", "Versie 1", "concept.pdf", "SHA-256 " + sha, "Versie 1 inleveren");
        long id = versions().get(0).id().value();
        assertThat(host.get("/paper/versions/" + id + "/files/1", "X-Test-User", "docent-anna").statusCode())
                .as("a draft is private to its author").isEqualTo(403);
        host.leerlijn().core().submissions().submit(nl.leerlijn.testing.People.student("student-sanne"), versions().get(0).id());
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(host.url("/paper/versions/" + id + "/files/1"))).header("X-Test-User", "docent-anna").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.body()).isEqualTo(CONCEPT);
        assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(host.get("/paper/versions/" + id + "/receipt.txt", "X-Test-User", "student-sanne").body())
                .contains("Ontvangstbewijs Leerlijn, versie 1 van Conceptversie paper", "SHA-256 " + sha, CONCEPT.length + " bytes, PDF");
    }

    @Test
    void sendingTheSameFormTwiceKeepsOneVersion() {
        upload("sleutel-1", "concept.pdf", CONCEPT);

        HttpResponse<String> again = upload("sleutel-1", "concept.pdf", CONCEPT);

        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("notice=alreadyStored"));
        assertThat(versions()).hasSize(1);
    }

    @Test
    void aFileThatIsNoDocumentIsRefusedWithAReasonAndNothingIsStored() {
        upload("sleutel-1", "concept.pdf", CONCEPT);

        HttpResponse<String> refused = upload("sleutel-2", "foto.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a});

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Het bestand foto.pdf is geen PDF, Word- of OpenDocument-document.",
                "je eerdere versies zijn ongewijzigd", "concept.pdf");
        assertThat(versions()).hasSize(1);
    }

    @Test
    void handingInFreezesTheVersionAndShowsIt() {
        upload("sleutel-1", "concept.pdf", CONCEPT);
        long id = versions().get(0).id().value();

        HttpResponse<String> submitted = host.post("/paper/versions/" + id + "/submit", "student-sanne", Map.of());

        assertThat(submitted.statusCode()).isEqualTo(303);
        assertThat(host.get("/paper?notice=submitted", "X-Test-User", "student-sanne").body())
                .contains("Je versie is ingeleverd", "Ingeleverd").doesNotContain("Versie 1 inleveren");
        assertThat(versions().get(0).submittedAt()).isPresent();
    }
}
