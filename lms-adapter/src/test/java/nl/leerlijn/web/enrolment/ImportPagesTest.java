package nl.leerlijn.web.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportPagesTest {
    private static final String HEADER = "userId;name;email;organisation;organisationType;function;registerplein;skj\n";

    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private String path;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        path = "/cohorts/" + cohort.id().value() + "/import";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private java.util.List<Participant> participants() {
        return host.leerlijn().core().enrolment().participants(anna, cohort.id());
    }

    private HttpResponse<String> upload(String csv) {
        return host.upload(path, "docent-anna", "deelnemers.csv", csv.getBytes(StandardCharsets.UTF_8), true);
    }

    @Test
    void thePreviewShowsWhatWouldHappenToEachRowAndSavesNothing() {
        HttpResponse<String> preview = upload(HEADER
                + "student-sanne;Sanne Jansen;sanne@utrecht.nl;Gemeente Utrecht;gemeente;klantmanager;123456;\n"
                + "student-lotte;Lotte van Dijk;lotte@amersfoort.nl;Gemeente Amersfoort;GEMEENTE;Wmo-consulent;;\n"
                + "student-joris;Joris Smit;joris-at-amersfoort;Gemeente Amersfoort;gemeente;piraat;12ab;\n");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("2 nieuw, 0 al ingeschreven, 1 met fouten", "Sanne Jansen", "Wordt toegevoegd",
                "Niet ingelezen", "e-mailadres: &#39;joris-at-amersfoort&#39; – Vul een e-mailadres in",
                "functie: &#39;piraat&#39; – Kies een van de mogelijkheden. Kies uit: klantmanager, participatieconsulent, Wmo-consulent,",
                "registerplein: &#39;12ab&#39; – Een registratienummer bestaat uit 4 tot 12 cijfers.", "2 deelnemers inschrijven");
        assertThat(participants()).isEmpty();
    }

    @Test
    void confirmingEnrolsTheValidRowsAndSkipsTheRest() {
        String csv = HEADER
                + "student-sanne;Sanne Jansen;sanne@utrecht.nl;Gemeente Utrecht;gemeente;klantmanager;123456;\n"
                + "student-joris;Joris Smit;joris-at-amersfoort;Gemeente Amersfoort;gemeente;klantmanager;;\n"
                + "student-noor;Noor Visser;noor@lister.nl;Lister;zorgorganisatie;jeugdconsulent;;100012345\n";

        HttpResponse<String> confirmed = host.post(path + "/confirm", "docent-anna", Map.of("csv", csv));

        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?notice=imported"));
        assertThat(participants()).extracting(p -> p.userId().value()).containsExactlyInAnyOrder("student-sanne", "student-noor");
        assertThat(participants()).filteredOn(p -> p.userId().value().equals("student-noor")).singleElement()
                .satisfies(p -> assertThat(p.profile().registerNumbers().skj()).contains("100012345"));
    }

    @Test
    void peopleAlreadyInTheCohortAndRepeatedRowsAreMarkedNotAddedAgain() {
        host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne"));
        String csv = HEADER
                + "student-sanne;Sanne Jansen;sanne@utrecht.nl;Gemeente Utrecht;gemeente;klantmanager;;\n"
                + "student-ahmed;Ahmed Bouzid;ahmed@utrecht.nl;Gemeente Utrecht;gemeente;participatieconsulent;;\n"
                + "student-ahmed;Ahmed Bouzid;ahmed@utrecht.nl;Gemeente Utrecht;gemeente;participatieconsulent;;\n";

        HttpResponse<String> preview = upload(csv);
        host.post(path + "/confirm", "docent-anna", Map.of("csv", csv));

        assertThat(preview.body()).contains("1 nieuw, 1 al ingeschreven, 1 met fouten", "Al ingeschreven", "Dubbel in het bestand");
        assertThat(participants()).hasSize(2);
    }

    @Test
    void aCommaSeparatedFileSavedByExcelInWindows1252IsReadToo() {
        String csv = "\uFEFFuserId,name,email,organisation,organisationType,function\n"
                + "student-rene,René Müller,rene@zeist.nl,Gemeente Zeist,gemeente,wijkcoach\n";
        HttpResponse<String> utf8 = upload(csv);
        HttpResponse<String> ansi = host.upload(path, "docent-anna", "oud.csv",
                csv.substring(1).getBytes(Charset.forName("windows-1252")), true);

        assertThat(utf8.body()).contains("1 nieuw", "René Müller");
        assertThat(ansi.body()).contains("1 nieuw", "René Müller");
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() {
        HttpResponse<String> preview = upload("naam;email\nSanne;sanne@utrecht.nl\n");

        assertThat(preview.statusCode()).isEqualTo(400);
        assertThat(preview.body()).contains(
                "Deze kolommen ontbreken in de eerste regel: gebruikersnaam, organisatie, soort organisatie, functie.");
    }

    @Test
    void dutchColumnNamesAndTheExportedListItselfReadIn() {
        String dutch = "Gebruikersnaam;Naam;E-mailadres;Organisatie;Soort organisatie;Functie;Functie (anders);Registratienummer SKJ\n"
                + "student-priya;Priya Ramdin;priya@zeist.nl;Gemeente Zeist;gemeente;anders;beleidsadviseur jeugd;100012345\n"
                + "student-kees;Kees Verhoeven;kees@zeist.nl;Gemeente Zeist;gemeente;beleidsmedewerker;;\n";

        HttpResponse<String> preview = upload(dutch);
        host.post(path + "/confirm", "docent-anna", Map.of("csv", dutch));
        String exported = host.get("/cohorts/" + cohort.id().value() + "/participants.csv", "X-Test-User", "docent-anna").body();
        HttpResponse<String> again = host.upload(path, "docent-anna", "export.csv", exported.getBytes(StandardCharsets.UTF_8), true);

        assertThat(preview.body()).contains("2 nieuw, 0 al ingeschreven, 0 met fouten");
        assertThat(participants()).extracting(p -> p.profile().function(), p -> p.profile().otherFunction())
                .containsExactlyInAnyOrder(tuple(JobFunction.OTHER, Optional.of("beleidsadviseur jeugd")),
                        tuple(JobFunction.BELEIDSMEDEWERKER, Optional.empty()));
        assertThat(again.statusCode()).as("the exported list reads back in").isEqualTo(200);
        assertThat(again.body()).contains("Niemand nieuw, 2 al ingeschreven, 0 met fouten");
    }

    @Test
    void somethingThatIsNotATextFileIsRefusedWithAReason() {
        byte[] binary = {0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02};

        HttpResponse<String> refused = host.upload(path, "docent-anna", "paper.pdf", binary, true);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies een CSV-bestand van hoogstens 1.024 kB");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithAReason() {
        byte[] large = (HEADER + "x;".repeat(600_000)).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = host.upload(path, "docent-anna", "groot.csv", large, true);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies een CSV-bestand van hoogstens");
    }

    @Test
    void anUploadBeyondTheContainersLimitIsA413PageAndChangesNothing() {
        byte[] huge = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');

        HttpResponse<String> refused = host.upload(path, "docent-anna", "enorm.csv", huge, true);

        assertThat(refused.body()).contains("Te groot", "Er is niets opgeslagen");
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(participants()).isEmpty();
    }

    @Test
    void anUploadWithoutATokenIsRefused() {
        HttpResponse<String> refused = host.upload(path, "docent-anna", "deelnemers.csv",
                (HEADER + "a;b;c@d.nl;e;gemeente;klantmanager;;\n").getBytes(StandardCharsets.UTF_8), false);

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void onlyTheCohortsKerndocentMayImport() {
        host.signIn("docent-carla", "Carla", Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        String csv = HEADER + "student-x;X;x@y.nl;Y;gemeente;klantmanager;;\n";

        assertThat(host.get(path, "X-Test-User", "docent-carla").statusCode()).isEqualTo(403);
        assertThat(host.get(path, "X-Test-User", "student-sanne").statusCode()).isEqualTo(403);
        assertThat(host.upload(path, "docent-carla", "d.csv", csv.getBytes(StandardCharsets.UTF_8), true).statusCode()).isEqualTo(403);
        assertThat(host.post(path + "/confirm", "student-sanne", Map.of("csv", csv)).statusCode()).isEqualTo(403);
        assertThat(participants()).isEmpty();
    }
}
