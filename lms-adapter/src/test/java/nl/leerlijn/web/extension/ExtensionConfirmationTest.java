package nl.leerlijn.web.extension;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.extension.Extension;
import nl.leerlijn.extension.ExtensionState;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deciding on a request and granting an extension are asked first; only the confirmation changes a deadline. */
class ExtensionConfirmationTest {
    private TestHost host;
    private LeerlijnCore core;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        core = host.leerlijn().core();
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht"));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private Extension requested(String activity) {
        return core.extensions().request(People.student("student-sanne"), sanne.id(), new ActivityKey(activity),
                Instant.parse("2027-06-01T21:59:00Z"), "Mantelzorg voor mijn moeder");
    }

    private ExtensionState state(Extension extension) {
        return core.extensions().extension(anna, extension.id()).state();
    }

    @Test
    void approvingAndRefusingARequestAreAskedFirstAndOnlyTheConfirmationDecides() {
        Extension concept = requested("pa-concept");
        Extension eindversie = requested("pa-eindversie");
        String base = "/cohorts/" + cohort.id().value() + "/extensions/";

        String approve = host.get(base + concept.id().value() + "/approve", "X-Test-User", "docent-anna").body();
        String refuse = host.get(base + eindversie.id().value() + "/refuse", "X-Test-User", "docent-anna").body();

        assertThat(approve).contains("De verlenging van Deelnemer student-sanne voor Conceptversie paper tot dinsdag 1 juni 2027, 23:59 "
                + "toekennen?", "Reden: Mantelzorg voor mijn moeder", "Dit kun je niet terugdraaien.");
        assertThat(refuse).contains("De verlenging van Deelnemer student-sanne voor Eindversie paper tot dinsdag 1 juni 2027, 23:59 "
                + "afwijzen?", "De huidige deadline blijft gelden.", "ll-button--danger");
        assertThat(state(concept)).isEqualTo(ExtensionState.REQUESTED);
        assertThat(state(eindversie)).isEqualTo(ExtensionState.REQUESTED);

        assertThat(host.post(base + concept.id().value() + "/approve", "docent-anna", Map.of()).statusCode()).isEqualTo(303);
        assertThat(host.post(base + eindversie.id().value() + "/refuse", "docent-anna", Map.of()).statusCode()).isEqualTo(303);
        assertThat(state(concept)).isEqualTo(ExtensionState.APPROVED);
        assertThat(state(eindversie)).isEqualTo(ExtensionState.REFUSED);
    }

    @Test
    void grantingAsksFirstAndTheNewDeadlineThenShowsOnTheStudentsPaperPage() {
        String grant = "/cohorts/" + cohort.id().value() + "/participants/" + sanne.id().value() + "/extension";
        assertThat(host.get(grant, "X-Test-User", "docent-anna").body()).contains("Geef Deelnemer student-sanne een latere deadline",
                "Conceptversie paper (maandag 22 februari 2027, 23:59)");
        Map<String, String> typed = Map.of("activity", "pa-concept", "date", "2027-03-15", "reason", "Ziekenhuisopname");

        HttpResponse<String> asked = host.post(grant, "docent-anna", typed);

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Deelnemer student-sanne uitstel geven voor Conceptversie paper tot maandag 15 maart 2027, 23:59?",
                "De deadline is nu maandag 22 februari 2027, 23:59.", "Reden: Ziekenhuisopname",
                "action=\"" + TestHost.PREFIX + grant + "/grant\"", "name=\"date\" value=\"2027-03-15\"");
        assertThat(core.extensions().ofParticipant(anna, sanne.id())).as("asking changes nothing").isEmpty();

        assertThat(host.post(grant + "/grant", "docent-anna", typed).statusCode()).isEqualTo(303);
        assertThat(host.get("/paper", "X-Test-User", "student-sanne").body()).contains("Deadline: maandag 15 maart 2027, 23:59");
    }

    @Test
    void aGrantThatIsNotLaterComesBackWithWhatWasTypedAndSavesNothing() {
        String grant = "/cohorts/" + cohort.id().value() + "/participants/" + sanne.id().value() + "/extension";
        Map<String, String> typed = Map.of("activity", "pa-concept", "date", "2027-02-01", "reason", "Ziekenhuisopname");

        for (String path : new String[] {grant, grant + "/grant"}) {
            HttpResponse<String> refused = host.post(path, "docent-anna", typed);

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Kies een datum na je huidige deadline.", "value=\"2027-02-01\"", "Ziekenhuisopname",
                    "<option value=\"pa-concept\" selected>");
        }
        assertThat(core.extensions().ofParticipant(anna, sanne.id())).isEmpty();
    }
}
