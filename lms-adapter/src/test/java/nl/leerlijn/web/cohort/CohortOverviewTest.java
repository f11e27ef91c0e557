package nl.leerlijn.web.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.Module;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cohort overview a kerndocent works from: the matrix by module, and who is behind, in words. */
class CohortOverviewTest {
    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private TestHost host;
    private LeerlijnCore core;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;
    private Participant xander;
    private String overview;

    @BeforeEach
    void start() {
        host = TestHost.withSettings(TestDatabase.H2, builder -> builder.clock(clock));
        core = host.leerlijn().core();
        host.signIn("docent-anna", anna.displayName(), Role.CORE_TEACHER, Optional.empty());
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht, Vredenburg 40"));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
        xander = core.enrolment().enrol(anna, cohort.id(), People.participant("student-xander")).participant();
        overview = "/cohorts/" + cohort.id().value();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    /** Sanne attends the first three sessions and does her online work; Xander misses all three. */
    private void threeSessionsLater() {
        for (String session : List.of("m1-trainingsdag", "iv-bijeenkomst-1", "m2-trainingsdag")) {
            core.attendance().record(anna, cohort.id(), item(session).id(), Map.of(sanne.id(), Presence.PRESENT, xander.id(), Presence.ABSENT));
        }
        for (String online : List.of("m1-e-learning", "m1-reflectie")) {
            core.progress().markDone(People.student("student-sanne"), sanne.id(), new ActivityKey(online), true);
            core.progress().markDone(People.student("student-xander"), xander.id(), new ActivityKey(online), true);
        }
        clock.set(item("m2-trainingsdag").endsAt().orElseThrow());
    }

    private ScheduleItem item(String key) {
        return core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().value().equals(key)).findFirst()
                .orElseThrow();
    }

    private String page(String path) {
        return host.get(path, "X-Test-User", "docent-anna").body();
    }

    @Test
    void theMatrixNamesEachModuleAndEachCellLinksToThatModuleOnTheParticipantsPage() {
        String body = page(overview);
        String participantPage = overview + "/participants/" + sanne.id().value();

        assertThat(body).contains("<span class=\"ll-matrix__code\">M1</span> Activerende gespreksvoering",
                "<span class=\"ll-matrix__code\">IV</span> Intervisie", "<span class=\"ll-matrix__code\">PA</span> Paper");
        String record = page(participantPage);
        for (Module module : core.programmes().get(CoreFixture.SAMPLE).programme().modules()) {
            assertThat(body).contains("href=\"" + TestHost.PREFIX + participantPage + "#module-" + module.code() + "\"");
            assertThat(record).as("the anchor a cell links to").contains("id=\"module-" + module.code() + "\"");
        }
    }

    @Test
    void whoIsBehindNamesSomeoneWhoMissedSessionsWithTheReasonInWordsAndTheSummaryNamesThem() {
        threeSessionsLater();

        String body = page(overview);

        String behind = body.substring(body.indexOf("Wie loopt achter"), body.indexOf("ll-participants-heading"));
        assertThat(behind).contains(TestHost.PREFIX + overview + "/participants/" + xander.id().value() + "\">Deelnemer student-xander</a>",
                "dringend", "Aanwezigheid: bij 0 van de 3 bijeenkomsten tot nu toe; het minimum van 80% is niet meer haalbaar.")
                .doesNotContain("Deelnemer student-sanne");
        assertThat(body).contains("Aandacht nodig: Deelnemer student-xander.");
    }

    @Test
    void whenNobodyIsBehindTheOverviewSaysSo() {
        assertThat(page(overview)).contains("Niemand loopt achter: iedereen is op tijd en vaak genoeg aanwezig.",
                "Niemand loopt achter.");
    }

    @Test
    void filteringOnAnOrganisationTheCohortDoesNotHaveIsABadRequest() {
        HttpResponse<String> refused = host.get(overview + "?organisatie=Gemeente%20Zwolle", "X-Test-User", "docent-anna");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Deze pagina kent die keuze niet.");
        assertThat(host.get(overview + "?organisatie=Gemeente%20Utrecht", "X-Test-User", "docent-anna").statusCode()).isEqualTo(200);
    }
}
