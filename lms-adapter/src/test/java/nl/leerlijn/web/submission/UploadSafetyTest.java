package nl.leerlijn.web.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.submission.Submission;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestFolders;
import nl.leerlijn.testing.ZipBomb;
import nl.leerlijn.web.TestHost;
import nl.leerlijn.web.render.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an upload cannot do: unpack a bomb, hold a transaction while its file is checked, or come back under a false name. */
class UploadSafetyTest {
    private static final byte[] PDF = "%PDF-1.7\nConcept\n%%EOF".getBytes(StandardCharsets.UTF_8);

    private TestHost host;
    private TransactionWatch watch;
    private Participant sanne;

    @BeforeEach
    void start() throws IOException {
        watch = new TransactionWatch(TestFolders.fresh());
        host = TestHost.start(TestDatabase.H2, watch::watch, builder -> builder.fileStore(watch));
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        var anna = People.kerndocent("docent-anna");
        Cohort cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        sanne = host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private HttpResponse<String> upload(String key, String name, byte[] content) {
        return host.multipart("/paper/" + sanne.id().value() + "/milestones/pa-concept", "student-sanne",
                Map.of("_csrf", host.tokenFor("student-sanne"), "key", key), "files", name, content);
    }

    private List<Submission> versions() {
        return host.leerlijn().core().submissions().versions(People.student("student-sanne"), sanne.id(), new ActivityKey("pa-concept"));
    }

    @Test
    void aWordFileThatUnpacksToTwoGigabytesIsRefusedWithItsReasonAndTheEarlierVersionsStay() {
        upload("eerst", "concept.pdf", PDF);

        HttpResponse<String> refused = upload("bom", "verslag.docx", ZipBomb.of(2048));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains(Messages.of(Locale.forLanguageTag("nl")).get("paper.refused.UNPACKS_TOO_LARGE", "verslag.docx"),
                "concept.pdf");
        assertThat(versions()).hasSize(1).first().satisfies(v -> assertThat(v.files().get(0).name()).isEqualTo("concept.pdf"));
    }

    @Test
    void anUploadedFileIsCheckedWhileNoTransactionIsOpen() {
        HttpResponse<String> stored = upload("een", "concept.pdf", PDF);

        assertThat(stored.statusCode()).isEqualTo(303);
        assertThat(watch.transactionsAtOpen()).as("transactions open each time the file store opened a file").isNotEmpty()
                .containsOnly(0);
    }

    @Test
    void aStoredFileIsServedUnderItsDetectedTypesExtension() throws Exception {
        upload("pdf", "concept.exe", PDF);
        upload("docx", "verslag.pdf", docx());

        HttpResponse<byte[]> pdf = download(versions().get(0).id().value());
        HttpResponse<byte[]> docx = download(versions().get(1).id().value());

        assertThat(pdf.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"concept.pdf\"");
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(pdf.body()).isEqualTo(PDF);
        assertThat(docx.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"verslag.docx\"");
        assertThat(docx.headers().firstValue("Content-Type"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    private HttpResponse<byte[]> download(long version) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.url("/paper/versions/" + version + "/files/1")))
                .header("X-Test-User", "student-sanne").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] docx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
