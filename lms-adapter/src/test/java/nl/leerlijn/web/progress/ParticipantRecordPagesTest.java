package nl.leerlijn.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import nl.leerlijn.web.TestWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A participant's page for the cohort's staff and, read-only, the examencommissie. */
class ParticipantRecordPagesTest {
    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private TestHost host;
    private LeerlijnCore core;
    private TestWork work;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;
    private String path;

    @BeforeEach
    void start() {
        host = TestHost.withSettings(TestDatabase.H2, builder -> builder.clock(clock));
        core = host.leerlijn().core();
        work = new TestWork(core);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        cohort = newCohort("Leergang najaar 2026");
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        path = "/cohorts/" + cohort.id().value() + "/participants/" + sanne.id().value();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private Cohort newCohort(String name) {
        return core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, name, LocalDate.of(2026, 9, 8), "Utrecht"));
    }

    private ScheduleItem item(String key) {
        return core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().value().equals(key)).findFirst()
                .orElseThrow();
    }

    private String page(String user) {
        return host.get(path, "X-Test-User", user).body();
    }

    @Test
    void theKerndocentSeesProfileAttendanceWorkVersionsExtensionsAndHistory() {
        core.attendance().record(anna, cohort.id(), item("m1-trainingsdag").id(), Map.of(sanne.id(), Presence.PRESENT));
        clock.set(item("m1-trainingsdag").endsAt().orElseThrow());
        SubmissionId plan = work.handIn(sanne, "pa-plan-van-aanpak");
        work.release(anna, plan, TestWork.PLAN_GOED, false);
        SubmissionId concept = work.handIn(sanne, "pa-concept");
        core.extensions().grant(anna, sanne.id(), new ActivityKey("pa-eindversie"), Instant.parse("2027-06-01T21:59:00Z"),
                "Zwangerschapsverlof");
        core.enrolment().withdraw(anna, sanne.id(), Optional.of("Nieuwe baan buiten het sociaal domein"));

        String body = page("docent-anna");

        assertThat(body).contains("<h1>Deelnemer student-sanne</h1>", "student-sanne@example.org", "Gemeente Utrecht (gemeente)",
                "klantmanager", "Uitgeschreven", "Ingeschreven op");
        assertThat(body).contains("Bij 1 van de 1 gehouden bijeenkomsten (van 12 in totaal); nodig is 80%.");
        assertThat(section(body, "Trainingsdag 1: activerende gespreksvoering", "</tr>")).contains("Aanwezig");
        String plans = section(body, "Plan van aanpak paper", "</li>");
        assertThat(plans).contains("Klaar", "Uitslag: Goed (2 van 2 punten).");
        assertThat(section(body, "Conceptversie paper", "</li>")).contains("Ingeleverd", "wacht op het resultaat");
        assertThat(body).contains(TestHost.PREFIX + "/marking/" + plan.value() + "\">Plan van aanpak paper · Versie 1",
                TestHost.PREFIX + "/marking/" + concept.value() + "\">Conceptversie paper · Versie 1", "Vrijgegeven", "Nog niet begonnen");
        assertThat(body).contains("Eindversie paper: tot dinsdag 1 juni 2027, 23:59", "Toegekend door kerndocent", "Zwangerschapsverlof");
        assertThat(body).contains("Ingeschreven (Docent docent-anna)",
                "Uitgeschreven (Docent docent-anna) – Nieuwe baan buiten het sociaal domein");
    }

    @Test
    void theExamencommissieReadsTheVersionsThroughTheResultRecord() {
        host.signIn("examen-eva", "Eva", Role.EXAM_COMMITTEE, Optional.empty());
        SubmissionId plan = work.handIn(sanne, "pa-plan-van-aanpak");
        work.release(anna, plan, TestWork.PLAN_GOED, false);

        String body = page("examen-eva");

        assertThat(body).contains(TestHost.PREFIX + "/results/versions/" + plan.value() + "\">Plan van aanpak paper · Versie 1")
                .doesNotContain("/marking/" + plan.value(), "Uitschrijven", "Uitstel geven");
        assertThat(host.get("/results/versions/" + plan.value(), "X-Test-User", "examen-eva").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherCohortsKerndocentAndStudentsIncludingTheParticipantThemselfAreRefused() {
        host.signIn("docent-carla", "Carla", Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-ahmed", "Ahmed", Role.STUDENT, Optional.empty());
        core.cohorts().create(People.kerndocent("docent-carla"), new NewCohort(CoreFixture.SAMPLE, "Carla's leergang",
                LocalDate.of(2026, 9, 8), "Zwolle"));
        core.enrolment().enrol(anna, cohort.id(), People.participant("student-ahmed"));

        for (String user : new String[] {"docent-carla", "student-sanne", "student-ahmed"}) {
            assertThat(host.get(path, "X-Test-User", user).statusCode()).as(user).isEqualTo(403);
        }
    }

    @Test
    void aParticipantOfAnotherCohortIsNotFoundThroughThisOne() {
        Cohort other = newCohort("Andere leergang");
        Participant elsewhere = core.enrolment().enrol(anna, other.id(), People.participant("student-piet")).participant();

        assertThat(host.get("/cohorts/" + cohort.id().value() + "/participants/" + elsewhere.id().value(), "X-Test-User", "docent-anna")
                .statusCode()).isEqualTo(404);
        assertThat(host.get("/cohorts/" + other.id().value() + "/participants/" + elsewhere.id().value(), "X-Test-User", "docent-anna")
                .statusCode()).isEqualTo(200);
    }

    /** @return the page from {@code start} up to the first {@code end} after it */
    private static String section(String body, String start, String end) {
        int from = body.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return body.substring(from, body.indexOf(end, from));
    }
}
