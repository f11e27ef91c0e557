package nl.leerlijn.web.extension;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.extension.Extension;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExtensionPagesTest {
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;
    private String requestPath;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        sanne = host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        requestPath = "/paper/" + sanne.id().value() + "/milestones/pa-concept/extension";
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void aRequestGoesRoundTripAndTheApprovedDeadlineShowsOnThePaperPageAndInTheCalendar() {
        HttpResponse<String> asked = host.post(requestPath, "student-sanne", Map.of("date", "2027-03-15", "reason", "Mijn dochter is geboren"));
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(host.get("/paper?notice=extensionRequested", "X-Test-User", "student-sanne").body())
                .contains("Je aanvraag is verstuurd", "Aangevraagd", "tot maandag 15 maart 2027, 23:59");

        String list = host.get("/cohorts/" + cohort.id().value() + "/extensions", "X-Test-User", "docent-anna").body();
        assertThat(list).contains("Deelnemer student-sanne", "Conceptversie paper", "Mijn dochter is geboren",
                "van maandag 22 februari 2027, 23:59 naar maandag 15 maart 2027, 23:59", "Toekennen");
        Extension extension = host.leerlijn().core().extensions().inCohort(anna, cohort.id()).get(0);
        HttpResponse<String> approved = host.post("/cohorts/" + cohort.id().value() + "/extensions/" + extension.id().value()
                + "/approve", "docent-anna", Map.of());

        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(host.get("/paper", "X-Test-User", "student-sanne").body())
                .contains("Toegekend", "Deadline: maandag 15 maart 2027, 23:59");
        String feed = host.get("/calendar/" + host.leerlijn().core().calendar().tokenFor(People.student("student-sanne")) + ".ics").body();
        assertThat(feed).contains("SUMMARY:Deadline: Conceptversie paper", "DTSTART:20270315T225900Z");
    }

    @Test
    void aDateThatIsNotLaterComesBackWithTheReasonKept() {
        HttpResponse<String> refused = host.post(requestPath, "student-sanne", Map.of("date", "2026-09-01", "reason", "Druk op het werk"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Kies een datum na je huidige deadline.", "Druk op het werk", "value=\"2026-09-01\"");
        assertThat(host.leerlijn().core().extensions().inCohort(anna, cohort.id())).isEmpty();
    }

    @Test
    void aDateOfAYearPast9999IsRefusedAsADateAndNothingIsStored() {
        HttpResponse<String> unreadable = host.post(requestPath, "student-sanne", Map.of("date", "+999999999-12-31", "reason", "Ziek"));
        HttpResponse<String> tooLate = host.post(requestPath, "student-sanne", Map.of("date", "1-1-+10000", "reason", "Ziek"));

        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(unreadable.body()).contains("Vul een datum in als dd-mm-jjjj", "Ziek");
        assertThat(tooLate.statusCode()).isEqualTo(400);
        assertThat(tooLate.body()).contains("Die datum ligt buiten wat Leerlijn plant (1900 tot en met 9999).");
        assertThat(host.leerlijn().core().extensions().inCohort(anna, cohort.id())).isEmpty();
    }

    @Test
    void anExtensionOfAnotherCohortCannotBeDecidedThroughThisOne() {
        Cohort other = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Andere leergang", LocalDate.of(2026, 9, 8), "Zwolle"));
        host.post(requestPath, "student-sanne", Map.of("date", "2027-03-15", "reason", "Ziek"));
        long id = host.leerlijn().core().extensions().inCohort(anna, cohort.id()).get(0).id().value();

        assertThat(host.post("/cohorts/" + other.id().value() + "/extensions/" + id + "/approve", "docent-anna", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(host.leerlijn().core().extensions().inCohort(anna, cohort.id()).get(0).state().applies()).isFalse();
    }
}
