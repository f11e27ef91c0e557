package nl.leerlijn.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import nl.leerlijn.web.TestWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Releasing a result (one, or every agreed result of the cohort) is asked first; only the confirmation releases. */
class ReleasePagesTest {
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
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht"));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        ahmed = core.enrolment().enrol(anna, cohort.id(), People.participant("student-ahmed")).participant();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private boolean released(Participant p, SubmissionId id) {
        return core.assessments().result(People.student(p.userId().value()), id).isPresent();
    }

    @Test
    void releasingOneResultAsksFirstNamingWhoseWorkAndWhichResult() {
        SubmissionId plan = work.handIn(sanne, "pa-plan-van-aanpak");
        work.agree(anna, plan, TestWork.PLAN_ONVOLDOENDE, true);
        String release = "/marking/" + plan.value() + "/release";

        HttpResponse<String> asked = host.get(release, "X-Test-User", "docent-anna");

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("De uitslag van Deelnemer student-sanne voor Plan van aanpak paper, versie 1 (Onvoldoende",
                "De student ziet daarna de uitslag", "Waar om een herziening is gevraagd, kan de student vanaf dan een nieuwe versie inleveren.",
                "Uitslag vrijgeven aan de student");
        assertThat(released(sanne, plan)).as("asking changes nothing").isFalse();

        assertThat(host.post(release, "docent-anna", Map.of()).statusCode()).isEqualTo(303);
        assertThat(released(sanne, plan)).isTrue();
        assertThat(host.get(release, "X-Test-User", "docent-anna").statusCode()).as("nothing left to release").isEqualTo(409);
    }

    @Test
    void releasingEveryAgreedResultAsksFirstWithHowManyAndReleasesOnlyThose() {
        SubmissionId sannes = work.handIn(sanne, "pa-plan-van-aanpak");
        SubmissionId ahmeds = work.handIn(ahmed, "pa-plan-van-aanpak");
        SubmissionId notAgreed = work.handIn(sanne, "pa-concept");
        work.agree(anna, sannes, TestWork.PLAN_GOED, false);
        work.agree(anna, ahmeds, TestWork.PLAN_GOED, false);
        String release = "/cohorts/" + cohort.id().value() + "/marking/release";

        HttpResponse<String> asked = host.get(release, "X-Test-User", "docent-anna");

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Alle 2 vastgestelde uitslagen van Leergang najaar 2026 vrijgeven?",
                "Alle 2 vastgestelde uitslagen vrijgeven");
        assertThat(released(sanne, sannes) || released(ahmed, ahmeds)).as("asking changes nothing").isFalse();

        assertThat(host.post(release, "docent-anna", Map.of()).statusCode()).isEqualTo(303);
        assertThat(released(sanne, sannes) && released(ahmed, ahmeds)).isTrue();
        assertThat(released(sanne, notAgreed)).isFalse();
    }
}
