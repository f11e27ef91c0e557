package nl.leerlijn.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StudentPagesTest {
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;
    private Participant ahmed;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        host.signIn("student-ahmed", "Ahmed", Role.STUDENT, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht, Vredenburg 40"));
        sanne = host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        ahmed = host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-ahmed")).participant();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private ScheduleItem item(String key) {
        return host.leerlijn().core().schedule().cohortSchedule(anna, cohort.id()).stream()
                .filter(i -> i.activity().value().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aStudentSeesTheirModulesWhatComesNextAndWhatTheyStillNeedInWords() {
        HttpResponse<String> page = host.get("/programme", "X-Test-User", "student-sanne");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Mijn opleiding", "Activerende gespreksvoering", "Praktijkopdrachten",
                "Nog nodig voor je diploma: 10 bijeenkomsten, het plan van aanpak van je paper, het concept van je paper, "
                        + "de eindversie van je paper, het plan van een praktijkopdracht en 2 praktijkopdrachten.",
                "dinsdag 15 september 2026, 09:30", "Utrecht, Vredenburg 40", "Je was bij 0 van de 12 bijeenkomsten; nodig is 80%.");
    }

    @Test
    void theStillNeededSentenceSpeaksEnglishToo() {
        HttpResponse<String> page = host.get("/programme", "X-Test-User", "student-sanne", "Accept-Language", "en");

        assertThat(page.body()).contains("Still needed for your diploma: 10 sessions, the plan of your paper, the draft of your paper, "
                + "the final version of your paper, the plan of a workplace assignment and 2 workplace assignments.");
    }

    @Test
    void aStudentMarksOnlineWorkDoneAndSeesItDone() {
        HttpResponse<String> marked = host.post("/programme/" + sanne.id().value() + "/activities/m1-e-learning", "student-sanne",
                Map.of("done", "true"));

        assertThat(marked.statusCode()).isEqualTo(303);
        String page = host.get("/programme?notice=done", "X-Test-User", "student-sanne").body();
        assertThat(page).contains("Gemarkeerd als afgerond.", "Toch niet afgerond");
        assertThat(host.leerlijn().core().progress().participantProgress(anna, sanne.id()).onlineWorkOpen())
                .noneMatch(a -> a.key().value().equals("m1-e-learning"));
    }

    @Test
    void aStudentCannotMarkWorkForSomeoneElse() {
        HttpResponse<String> refused = host.post("/programme/" + ahmed.id().value() + "/activities/m1-e-learning", "student-sanne",
                Map.of("done", "true"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(host.leerlijn().core().progress().participantProgress(anna, ahmed.id()).onlineWorkOpen())
                .anyMatch(a -> a.key().value().equals("m1-e-learning"));
    }

    @Test
    void someoneWithoutACohortIsToldWhatToDo() {
        host.signIn("student-noor", "Noor", Role.STUDENT, Optional.empty());

        assertThat(host.get("/programme", "X-Test-User", "student-noor").body()).contains("Vraag je kerndocent om je in te schrijven");
    }

    @Test
    void theKerndocentRecordsAttendanceAndTheMatrixAndTheStudentSeeIt() {
        ScheduleItem day = item("m1-trainingsdag");
        String attendance = "/cohorts/" + cohort.id().value() + "/schedule/" + day.id().value() + "/attendance";

        assertThat(host.get(attendance, "X-Test-User", "docent-anna").body()).contains("<legend>Deelnemer student-sanne", "Afgemeld");
        HttpResponse<String> saved = host.post(attendance, "docent-anna",
                Map.of("p-" + sanne.id().value(), "PRESENT", "p-" + ahmed.id().value(), "EXCUSED"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(host.get(attendance, "X-Test-User", "docent-anna").body())
                .contains("value=\"PRESENT\" checked", "value=\"EXCUSED\" checked");
        assertThat(host.get("/cohorts/" + cohort.id().value(), "X-Test-User", "docent-anna").body())
                .contains("Voortgang per module", "Aanwezig tot nu toe\">1 van 1<", "Afgemeld");
        assertThat(host.get("/programme", "X-Test-User", "student-sanne").body())
                .contains("Je was bij 1 van de 12 bijeenkomsten", "Nog nodig voor je diploma: 9 bijeenkomsten");
    }

    @Test
    void onlyTheCohortsKerndocentRecordsAttendance() {
        host.leerlijn().core().cohorts().assignStaff(anna, cohort.id(), new UserId("tweede-bob"), "Bob", StaffRole.SECOND_ASSESSOR);
        host.signIn("tweede-bob", "Bob", Role.SECOND_ASSESSOR, Optional.empty());
        String attendance = "/cohorts/" + cohort.id().value() + "/schedule/" + item("m1-trainingsdag").id().value() + "/attendance";

        for (String user : new String[] {"tweede-bob", "student-sanne"}) {
            assertThat(host.get(attendance, "X-Test-User", user).statusCode()).isEqualTo(403);
            assertThat(host.post(attendance, user, Map.of("p-" + sanne.id().value(), "PRESENT")).statusCode()).isEqualTo(403);
        }
        assertThat(host.leerlijn().core().attendance().session(anna, cohort.id(), item("m1-trainingsdag").id()).rows())
                .allSatisfy(row -> assertThat(row.presence()).isEmpty());
    }

    @Test
    void aStudentUpdatesTheirDetailsAndAWrongRegisterNumberComesBackWithTheInput() {
        assertThat(host.get("/profile", "X-Test-User", "student-sanne").body()).contains("value=\"Gemeente Utrecht\"");

        HttpResponse<String> refused = host.post("/profile/" + sanne.id().value(), "student-sanne", Map.of("organisation", "Lister",
                "organisationType", "ZORGORGANISATIE", "function", "WIJKCOACH", "registerplein", "12-34", "skj", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Een registratienummer bestaat uit 4 tot 12 cijfers.", "value=\"Lister\"", "value=\"12-34\"");

        HttpResponse<String> saved = host.post("/profile/" + sanne.id().value(), "student-sanne", Map.of("organisation", "Lister",
                "organisationType", "ZORGORGANISATIE", "function", "WIJKCOACH", "registerplein", "1234 56", "skj", ""));
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(host.leerlijn().core().enrolment().participant(anna, sanne.id()).profile().registerNumbers().registerplein())
                .contains("123456");
    }

    @Test
    void aStudentCannotChangeSomeoneElsesDetails() {
        HttpResponse<String> refused = host.post("/profile/" + ahmed.id().value(), "student-sanne", Map.of("organisation", "Lister",
                "organisationType", "ZORGORGANISATIE", "function", "WIJKCOACH"));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(host.leerlijn().core().enrolment().participant(anna, ahmed.id()).profile().organisation().name())
                .isEqualTo("Gemeente Utrecht");
    }
}
