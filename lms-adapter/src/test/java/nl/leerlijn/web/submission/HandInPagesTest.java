package nl.leerlijn.web.submission;

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

/** Handing in a version cannot be undone, so the student is asked first. */
class HandInPagesTest {
    private TestHost host;
    private LeerlijnCore core;
    private Participant sanne;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        core = host.leerlijn().core();
        Actor anna = People.kerndocent("docent-anna");
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        host.signIn("student-ahmed", "Ahmed", Role.STUDENT, Optional.empty());
        Cohort cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht"));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        core.enrolment().enrol(anna, cohort.id(), People.participant("student-ahmed"));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private boolean handedIn(SubmissionId id) {
        return core.submissions().submission(People.student("student-sanne"), id).handedIn();
    }

    @Test
    void theStudentIsAskedFirstAndOnlyConfirmingHandsTheVersionIn() {
        SubmissionId draft = new TestWork(core).store(sanne, "pa-concept");
        String submit = "/paper/versions/" + draft.value() + "/submit";

        HttpResponse<String> asked = host.get(submit, "X-Test-User", "student-sanne");

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Versie 1 van Conceptversie paper inleveren?", "Daarna kun je deze versie niet meer wijzigen.",
                "action=\"" + TestHost.PREFIX + submit + "\"");
        assertThat(handedIn(draft)).as("asking changes nothing").isFalse();
        assertThat(host.get(submit, "X-Test-User", "student-ahmed").statusCode()).isEqualTo(403);

        assertThat(host.post(submit, "student-sanne", Map.of()).statusCode()).isEqualTo(303);
        assertThat(handedIn(draft)).isTrue();
    }
}
