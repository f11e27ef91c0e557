package nl.leerlijn.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.progress.Status;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import nl.leerlijn.web.TestWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Mijn leergangen": where a student stands, and for the kerndocent how much work waits for its result. */
class HomePagesTest {
    private TestHost host;
    private LeerlijnCore core;
    private TestWork work;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;
    private Participant ahmed;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        core = host.leerlijn().core();
        work = new TestWork(core);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht"));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        ahmed = core.enrolment().enrol(anna, cohort.id(), People.participant("student-ahmed")).participant();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private String home(String user) {
        return host.get("/", "X-Test-User", user).body();
    }

    @Test
    void aStudentsRowSaysHowManyPartsAreKlaarAndWhatWaitsForItsResult() {
        core.progress().markDone(People.student("student-sanne"), sanne.id(), new ActivityKey("m1-e-learning"), true);
        SubmissionId plan = work.handIn(sanne, "pa-plan-van-aanpak");
        work.release(anna, plan, TestWork.PLAN_GOED, false);
        work.handIn(sanne, "pa-concept");
        int parts = core.progress().participantProgress(anna, sanne.id()).activities().size();

        assertThat(home("student-sanne")).contains("2 van " + parts + " onderdelen klaar · 1 wacht op resultaat");
    }

    @Test
    void theKerndocentsCountIsTheWorkThatWaitsForItsResult() {
        SubmissionId released = work.handIn(sanne, "pa-plan-van-aanpak");
        work.release(anna, released, TestWork.PLAN_GOED, false);
        work.handIn(sanne, "pa-concept");
        SubmissionId agreed = work.handIn(ahmed, "pa-plan-van-aanpak");
        work.agree(anna, agreed, TestWork.PLAN_GOED, false);
        work.handIn(ahmed, "po-klantgesprekken");
        long waiting = core.progress().cohortProgress(anna, cohort.id()).participants().stream()
                .flatMap(p -> p.activities().stream()).filter(a -> a.status() == Status.HANDED_IN).count();

        assertThat(waiting).isEqualTo(3);
        assertThat(home("docent-anna")).contains("href=\"" + TestHost.PREFIX + "/cohorts/" + cohort.id().value() + "/marking\">"
                + waiting + " wachten op resultaat");
    }

    @Test
    void theExamencommissieWithoutCohortsOfItsOwnIsSentToTheResultsNotToAKerndocent() {
        host.signIn("examen-eva", "Eva", Role.EXAM_COMMITTEE, Optional.empty());

        String page = home("examen-eva");

        assertThat(page).contains("De resultaten van alle leergangen vind je onder", "href=\"/lms/leerlijn/results\"")
                .doesNotContain("Vraag je kerndocent om je in te schrijven");
        host.signIn("student-zonder", "Zonder", Role.STUDENT, Optional.empty());
        assertThat(home("student-zonder")).contains("Vraag je kerndocent om je in te schrijven")
                .doesNotContain("De resultaten van alle leergangen");
    }
}
