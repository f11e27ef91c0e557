package nl.leerlijn.web.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/** "Mijn gegevens": a function not in the list ("anders") is kept in the participant's own words. */
class ProfilePagesTest {
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;

    @BeforeEach
    void start() {
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026",
                LocalDate.of(2026, 9, 8), "Utrecht"));
        sanne = host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private static Map<String, String> profile(String function, String otherFunction) {
        return Map.of("organisation", "Gemeente Nieuwegein", "organisationType", "GEMEENTE", "function", function,
                "otherFunction", otherFunction);
    }

    @Test
    void choosingAndersNeedsTheFunctionInOwnWordsAndShowsItBack() {
        assertThat(host.get("/profile", "X-Test-User", "student-sanne").body())
                .contains("<option value=\"BELEIDSMEDEWERKER\">beleidsmedewerker</option>", "<option value=\"OTHER\">anders</option>");

        HttpResponse<String> refused = host.post("/profile/" + sanne.id().value(), "student-sanne", profile("OTHER", " "));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Je koos &#39;anders&#39;: schrijf de functie op.", "value=\"Gemeente Nieuwegein\"",
                "<option value=\"OTHER\" selected>");
        assertThat(host.leerlijn().core().enrolment().participant(anna, sanne.id()).profile().function()).isEqualTo(JobFunction.KLANTMANAGER);

        HttpResponse<String> saved = host.post("/profile/" + sanne.id().value(), "student-sanne", profile("OTHER", "Casusregisseur"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(host.get("/profile", "X-Test-User", "student-sanne").body())
                .contains("<option value=\"OTHER\" selected>", "value=\"Casusregisseur\"");
        assertThat(host.get("/cohorts/" + cohort.id().value() + "/participants/" + sanne.id().value(), "X-Test-User", "docent-anna")
                .body()).contains("<dt>Functie</dt><dd class=\"ll-break\">Casusregisseur</dd>");
    }

    @Test
    void ownWordsAreDroppedWhenAFunctionFromTheListIsChosen() {
        host.post("/profile/" + sanne.id().value(), "student-sanne", profile("OTHER", "Casusregisseur"));

        host.post("/profile/" + sanne.id().value(), "student-sanne", profile("BELEIDSMEDEWERKER", "Casusregisseur"));

        assertThat(host.leerlijn().core().enrolment().participant(anna, sanne.id()).profile().otherFunction()).isEmpty();
        assertThat(host.get("/cohorts/" + cohort.id().value(), "X-Test-User", "docent-anna").body()).contains("beleidsmedewerker")
                .doesNotContain("Casusregisseur");
    }
}
