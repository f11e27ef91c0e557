package nl.leerlijn.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.retention.Artefact;
import nl.leerlijn.retention.RetentionPolicy;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.PaperSteps;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrivacyPagesTest {
    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private final Actor anna = People.kerndocent("docent-anna");
    private TestHost host;
    private LeerlijnCore core;
    private Cohort cohort;
    private Participant sanne;
    private SubmissionId concept;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2, Function.identity(), builder -> builder.clock(clock)
                .retention(RetentionPolicy.standard().keep(Artefact.MARKED_WORK, Period.ofYears(1))));
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        host.signIn("student-tom", "Tom", Role.STUDENT, Optional.of(Locale.ENGLISH));
        core = host.leerlijn().core();
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang Utrecht", LocalDate.of(2026, 9, 8), "Utrecht"));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        Participant tom = core.enrolment().enrol(anna, cohort.id(), People.participant("student-tom")).participant();
        concept = PaperSteps.handInConcept(core, sanne);
        PaperSteps.releaseVoldoende(core, anna, concept);
        PaperSteps.handInConcept(core, tom);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private Map<String, byte[]> archive(String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(host.url("/mijn-gegevens/leerlijn-gegevens.zip")))
                .header("X-Test-User", user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        assertThat(entries).containsKey(name);
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void aParticipantDownloadsEverythingLeerlijnHoldsAboutThemAsOneArchiveWithTheirFilesAndNothingOfOthers() throws Exception {
        String page = host.get("/mijn-gegevens", "X-Test-User", "student-sanne").body();
        assertThat(page).contains("<h1>Inzage in mijn gegevens</h1>").contains("Download al mijn gegevens (ZIP)").contains("De versies van je werk")
                .contains("Beoordeeld werk: 1 jaar").contains("Bewijs van diploma of certificaat: 50 jaar");

        Map<String, byte[]> hers = archive("student-sanne");

        assertThat(text(hers, "LEESMIJ.txt")).contains("Gegevens van Sanne in Leerlijn").contains("gegevens/submissions.json")
                .contains("Beoordeeld werk: 1 jaar");
        assertThat(text(hers, "gegevens/participations.json")).contains("\"display_name\" : \"Deelnemer student-sanne\"")
                .contains("Leergang Utrecht").doesNotContain("student-tom");
        assertThat(text(hers, "gegevens/assessments.json")).contains("\"agreed_feedback\" : \"Voldoende.\"")
                .as("levels per criterion as JSON, not as text").containsPattern("\"agreed_levels\" : \\{\\s*\"");
        assertThat(text(hers, "gegevens/submissions.json")).doesNotContain("idempotency_key");
        assertThat(text(hers, "LEESMIJ.txt")).contains("Wat de codes in de bestanden betekenen:").contains("- SUBMITTED: Ingeleverd");
        String file = "bestanden/pa-concept/versie-1-" + concept.value() + "/concept.pdf";
        assertThat(text(hers, file)).isEqualTo("%PDF-1.7 concept");
        assertThat(hers.keySet()).filteredOn(n -> n.startsWith("bestanden/")).containsExactly(file);

        Map<String, byte[]> his = archive("student-tom");
        assertThat(his).containsKey("README.txt").doesNotContainKey("LEESMIJ.txt");
        assertThat(text(his, "README.txt")).contains("Data of Tom in Leerlijn");
        assertThat(text(his, "gegevens/assessments.json")).as("nothing released to Tom").isEqualTo("[ ]");
        assertThat(host.get("/mijn-gegevens/leerlijn-gegevens.zip").statusCode()).isEqualTo(401);
    }

    @Test
    void theKerndocentSeesWhenEachKindOfRecordGoesAndWhatWentAndAStudentMayNot() throws Exception {
        String path = "/results/" + cohort.id().value() + "/bewaartermijnen";
        assertThat(host.get(path, "X-Test-User", "student-sanne").statusCode()).isEqualTo(403);
        String before = host.get(path, "X-Test-User", "docent-anna").body();
        assertThat(before).contains("Bewaartermijnen Leergang Utrecht").contains("Beoordeeld werk").contains("1 jaar").contains("10 jaar")
                .contains("De leergang is nog niet afgelopen").doesNotContain(">verwijderd<");

        Instant last = core.schedule().cohortSchedule(anna, cohort.id()).stream().map(i -> i.endsAt().orElse(i.at()))
                .max(Instant::compareTo).orElseThrow();
        clock.set(LocalDate.ofInstant(last, ZoneId.of("Europe/Amsterdam")).plusYears(1).atTime(6, 0).atZone(ZoneId.of("Europe/Amsterdam"))
                .toInstant());
        assertThat(core.retention().purgeExpired()).hasSize(1);

        String after = host.get(path, "X-Test-User", "docent-anna").body();
        assertThat(after).contains(">verwijderd<").containsPattern("op [a-z]+ [0-9]+ [a-z]+ [0-9]{4}: [0-9]+ gegevens, 2 bestanden<")
                .doesNotContain("De leergang is nog niet afgelopen");
        Map<String, byte[]> later = archive("student-sanne");
        assertThat(later.keySet()).noneMatch(n -> n.startsWith("bestanden/"));
        assertThat(text(later, "LEESMIJ.txt")).contains("Al verwijderd na de bewaartermijn").contains("Leergang Utrecht: Beoordeeld werk verwijderd op");
        assertThat(host.get("/mijn-gegevens", "X-Test-User", "student-sanne").body()).contains("Al verwijderd na de bewaartermijn");
        assertThat(host.get("/results/" + cohort.id().value() + "/diplomering", "X-Test-User", "docent-anna").body())
                .contains("Van deze leergang is na de bewaartermijn verwijderd: beoordeeld werk op");
        assertThat(host.get("/results/versions/" + concept.value(), "X-Test-User", "docent-anna").body())
                .contains("De inhoud van deze versie is verwijderd na de bewaartermijn");
        assertThat(core.schedule().cohortSchedule(anna, cohort.id())).anyMatch(ScheduleItem::isSession);
    }
}
