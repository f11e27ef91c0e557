package nl.leerlijn.web.cohort;

import static nl.leerlijn.testing.People.participant;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CohortPagesTest {
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne Jansen", Role.STUDENT, Optional.empty());
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private static Map<String, String> newCohort(String name, String startDate) {
        return Map.of("programme", "effectieve-klantmanager", "name", name, "startDate", startDate, "location", "Utrecht");
    }

    private String createCohort() {
        HttpResponse<String> created = host.post("/cohorts", "docent-anna", newCohort("Leergang najaar 2026", "2026-09-08"));
        assertThat(created.statusCode()).isEqualTo(303);
        return created.headers().firstValue("Location").orElseThrow().substring(TestHost.PREFIX.length()).split("\\?")[0];
    }

    @Test
    void aKerndocentStartsACohortFromTheFormAndLandsOnItsOverview() {
        HttpResponse<String> created = host.post("/cohorts", "docent-anna", newCohort("Leergang najaar 2026", "08-09-2026"));

        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(TestHost.PREFIX + "/cohorts/").endsWith("?notice=created");
        HttpResponse<String> overview = host.get(location.substring(TestHost.PREFIX.length()), "X-Test-User", "docent-anna");
        assertThat(overview.body()).contains("<h1>Leergang najaar 2026</h1>", "<title>Leergang najaar 2026 – Leerlijn</title>",
                "8 september 2026", "De leergang is gestart",
                "Docent docent-anna", "Kerndocent");
    }

    @Test
    void theTokenInTheRenderedFormIsAccepted() {
        String form = host.get("/cohorts/new", "X-Test-User", "docent-anna").body();
        Map<String, String> fields = new HashMap<>(newCohort("Leergang voorjaar", "2027-02-02"));
        fields.put("_csrf", TestHost.tokenIn(form));

        assertThat(host.post("/cohorts", "docent-anna", fields).statusCode()).isEqualTo(303);
    }

    @Test
    void aRefusedCohortFormShowsEachProblemBesideItsFieldKeepsTheInputAndSavesNothing() {
        HttpResponse<String> refused = host.post("/cohorts", "docent-anna",
                Map.of("programme", "bestaat-niet", "name", "", "startDate", "31-02-2026", "location", "Zwolle, Stadhuis"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Er is iets niet goed ingevuld", "Kies een van de mogelijkheden.",
                "Vul dit veld in.", "Vul een datum in als dd-mm-jjjj", "value=\"Zwolle, Stadhuis\"", "value=\"31-02-2026\"",
                "aria-invalid=\"true\"");
        assertThat(host.leerlijn().core().cohorts().cohortsOf(anna)).isEmpty();
    }

    @Test
    void theCohortFormSpeaksEnglishWhenAsked() {
        HttpResponse<String> refused = host.post("/cohorts", "docent-anna", Map.of("name", ""));
        HttpResponse<String> english = host.get("/cohorts/new", "X-Test-User", "docent-anna", "Accept-Language", "en");

        assertThat(refused.body()).contains("Vul dit veld in.");
        assertThat(english.body()).contains("New cohort", "Start cohort", "Start date");
    }

    @Test
    void aFormWithoutAValidTokenIsRefusedAndChangesNothing() {
        Map<String, String> withoutToken = new HashMap<>(newCohort("X", "2026-09-08"));
        withoutToken.put("_csrf", "");
        Map<String, String> forged = new HashMap<>(newCohort("X", "2026-09-08"));
        forged.put("_csrf", host.tokenFor("student-sanne"));

        assertThat(host.post("/cohorts", "docent-anna", withoutToken).statusCode()).isEqualTo(403);
        HttpResponse<String> other = host.post("/cohorts", "docent-anna", forged);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Formulier niet geaccepteerd");
        assertThat(host.leerlijn().core().cohorts().cohortsOf(anna)).isEmpty();
    }

    @Test
    void aStudentCannotOpenOrSendTheNewCohortForm() {
        assertThat(host.get("/cohorts/new", "X-Test-User", "student-sanne").statusCode()).isEqualTo(403);
        assertThat(host.post("/cohorts", "student-sanne", newCohort("X", "2026-09-08")).statusCode()).isEqualTo(403);
        assertThat(host.get("/", "X-Test-User", "student-sanne").body()).doesNotContain("Nieuwe leergang starten");
    }

    @Test
    void aKerndocentAddsAParticipantAndSeesThemListed() {
        String cohort = createCohort();

        HttpResponse<String> added = host.post(cohort + "/participants", "docent-anna", Map.of("name", "Sanne Jansen",
                "email", "sanne@utrecht.nl", "userId", "student-sanne", "organisation", "Gemeente Utrecht",
                "organisationType", "GEMEENTE", "function", "KLANTMANAGER", "registerplein", "123456", "skj", ""));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?notice=added"));
        assertThat(host.get(cohort, "X-Test-User", "docent-anna").body())
                .contains("Sanne Jansen", "sanne@utrecht.nl", "Gemeente Utrecht (gemeente)", "klantmanager", "1 actief, niemand uitgeschreven");
    }

    @Test
    void aRefusedParticipantKeepsTheInputAndNamesEachProblem() {
        String cohort = createCohort();

        HttpResponse<String> refused = host.post(cohort + "/participants", "docent-anna", Map.of("name", "Sanne Jansen",
                "email", "sanne-at-utrecht", "userId", "", "organisation", "Gemeente Utrecht",
                "organisationType", "GEMEENTE", "function", "PIRAAT", "registerplein", "12ab"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Vul een e-mailadres in", "Een registratienummer bestaat uit 4 tot 12 cijfers.",
                "Kies een van de mogelijkheden.", "value=\"Sanne Jansen\"", "value=\"sanne-at-utrecht\"");
        assertThat(refused.body()).contains("<option value=\"GEMEENTE\" selected>");
    }

    @Test
    void addingSomeoneTwiceSaysSoAndChangesNothing() {
        String cohort = createCohort();
        Map<String, String> sanne = Map.of("name", "Sanne Jansen", "email", "sanne@utrecht.nl", "userId", "student-sanne",
                "organisation", "Gemeente Utrecht", "organisationType", "GEMEENTE", "function", "KLANTMANAGER");
        host.post(cohort + "/participants", "docent-anna", sanne);

        HttpResponse<String> again = host.post(cohort + "/participants", "docent-anna", sanne);

        assertThat(again.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("?notice=alreadyEnrolled"));
        assertThat(host.get(cohort, "X-Test-User", "docent-anna").body()).contains("1 actief, niemand uitgeschreven");
    }

    @Test
    void aKerndocentWithdrawsAndReactivatesAParticipant() {
        String cohort = createCohort();
        long cohortId = Long.parseLong(cohort.substring("/cohorts/".length()));
        long participant = host.leerlijn().core().enrolment()
                .enrol(anna, new nl.leerlijn.cohort.CohortId(cohortId), participant("student-sanne")).participant().id().value();

        host.post(cohort + "/participants/" + participant + "/withdraw", "docent-anna", Map.of("reason", "Nieuwe baan"));
        assertThat(host.get(cohort, "X-Test-User", "docent-anna").body()).contains("geen actieve deelnemers, 1 uitgeschreven", "Weer inschrijven");

        host.post(cohort + "/participants/" + participant + "/reactivate", "docent-anna", Map.of());
        assertThat(host.get(cohort, "X-Test-User", "docent-anna").body()).contains("1 actief, niemand uitgeschreven");
    }

    @Test
    void anotherKerndocentAndTheStudentThemselfCannotWithdrawAParticipant() {
        String cohort = createCohort();
        long cohortId = Long.parseLong(cohort.substring("/cohorts/".length()));
        long participant = host.leerlijn().core().enrolment()
                .enrol(anna, new nl.leerlijn.cohort.CohortId(cohortId), participant("student-sanne")).participant().id().value();
        host.signIn("docent-carla", "Carla", Role.CORE_TEACHER, Optional.empty());

        assertThat(host.post(cohort + "/participants/" + participant + "/withdraw", "docent-carla", Map.of()).statusCode()).isEqualTo(403);
        assertThat(host.post(cohort + "/participants/" + participant + "/withdraw", "student-sanne", Map.of()).statusCode()).isEqualTo(403);
        assertThat(host.get(cohort, "X-Test-User", "docent-anna").body()).contains("1 actief, niemand uitgeschreven");
    }

    @Test
    void aParticipantIdFromAnotherCohortInThePathIsNotFound() {
        String first = createCohort();
        String second = createCohort();
        long participant = host.leerlijn().core().enrolment().enrol(anna,
                new nl.leerlijn.cohort.CohortId(Long.parseLong(first.substring("/cohorts/".length()))), participant("student-sanne"))
                .participant().id().value();

        assertThat(host.post(second + "/participants/" + participant + "/withdraw", "docent-anna", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(host.get("/cohorts/abc", "X-Test-User", "docent-anna").statusCode()).isEqualTo(404);
    }

    @Test
    void theParticipantListDownloadsAsCsvForStaffOnly() {
        String cohort = createCohort();
        host.post(cohort + "/participants", "docent-anna", Map.of("name", "Lotte van Dijk", "email", "lotte@amersfoort.nl",
                "userId", "student-lotte", "organisation", "Gemeente Amersfoort", "organisationType", "GEMEENTE",
                "function", "WMO_CONSULENT"));

        HttpResponse<String> csv = host.get(cohort + "/participants.csv", "X-Test-User", "docent-anna");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        assertThat(csv.body().lines()).hasSize(2);
        assertThat(csv.body()).contains("gebruikersnaam;naam;e-mailadres;organisatie;soort organisatie;functie;functie (anders)",
                "M1 Activerende gespreksvoering", ";aanwezig tot nu toe;onderdelen klaar",
                "student-lotte;Lotte van Dijk;lotte@amersfoort.nl;Gemeente Amersfoort;gemeente;Wmo-consulent;;;;Actief;2026-08-31;Open;",
                ";0 van 0;0 van ");
        assertThat(host.get(cohort + "/participants.csv", "X-Test-User", "docent-anna", "Accept-Language", "en").body())
                .contains("user id;name;email;organisation;organisation type;function", ";municipality;", ";Active;", ";0 of 0;");
        assertThat(host.get(cohort + "/participants.csv", "X-Test-User", "student-sanne").statusCode()).isEqualTo(403);
    }

    @Test
    void theOverviewFiltersParticipantsByOrganisation() {
        String cohort = createCohort();
        long id = Long.parseLong(cohort.substring("/cohorts/".length()));
        host.leerlijn().core().enrolment().enrol(anna, new nl.leerlijn.cohort.CohortId(id),
                participant("student-1", "Gemeente Zeist", nl.leerlijn.enrolment.OrganisationType.GEMEENTE,
                        nl.leerlijn.enrolment.JobFunction.JEUGDCONSULENT));
        host.leerlijn().core().enrolment().enrol(anna, new nl.leerlijn.cohort.CohortId(id),
                participant("student-2", "Lister", nl.leerlijn.enrolment.OrganisationType.ZORGORGANISATIE,
                        nl.leerlijn.enrolment.JobFunction.WIJKCOACH));

        String filtered = host.get(cohort + "?organisatie=Lister", "X-Test-User", "docent-anna").body();

        assertThat(filtered).contains("Deelnemer student-2").doesNotContain("Deelnemer student-1");
    }

    @Test
    void aTweedeBeoordelaarSeesTheOverviewWithoutTheFormsAndCannotAdd() {
        String cohort = createCohort();
        long id = Long.parseLong(cohort.substring("/cohorts/".length()));
        host.leerlijn().core().cohorts().assignStaff(anna, new nl.leerlijn.cohort.CohortId(id),
                new nl.leerlijn.access.UserId("tweede-bob"), "Bob", nl.leerlijn.cohort.StaffRole.SECOND_ASSESSOR);
        host.signIn("tweede-bob", "Bob", Role.SECOND_ASSESSOR, Optional.empty());

        HttpResponse<String> overview = host.get(cohort, "X-Test-User", "tweede-bob");

        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Leergang najaar 2026").doesNotContain("Deelnemer toevoegen");
        assertThat(host.post(cohort + "/participants", "tweede-bob", Map.of("name", "X", "email", "x@y.nl", "userId", "x",
                "organisation", "Y", "organisationType", "GEMEENTE", "function", "OTHER")).statusCode()).isEqualTo(403);
    }
}
