package nl.leerlijn.web.progress;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleChange;
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

/** "Mijn opleiding": work by its real state, the attendance warning, and where online sessions take place. */
class MyProgrammeTest {
    private static final String BUILDING = "Utrecht, Vredenburg 40";
    private static final List<String> FIRST_SESSIONS = List.of("m1-trainingsdag", "iv-bijeenkomst-1", "m2-trainingsdag");

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private TestHost host;
    private LeerlijnCore core;
    private TestWork work;
    private final Actor anna = People.kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;

    @BeforeEach
    void start() {
        host = TestHost.withSettings(TestDatabase.H2, builder -> builder.clock(clock));
        core = host.leerlijn().core();
        work = new TestWork(core);
        host.signIn("student-sanne", "Sanne", Role.STUDENT, Optional.empty());
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), BUILDING));
        sanne = core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne")).participant();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private String programme(String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Test-User";
        all[1] = "student-sanne";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return host.get("/programme", all).body();
    }

    private ScheduleItem item(String key) {
        return core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().value().equals(key)).findFirst()
                .orElseThrow();
    }

    /** @return the page's line for the activity */
    private static String activity(String page, String key) {
        int from = page.indexOf("id=\"activity-" + key + "\"");
        assertThat(from).as(key).isNotNegative();
        return page.substring(from, page.indexOf("</li>", from));
    }

    private void attendedOfFirstThree(int attended) {
        for (int i = 0; i < FIRST_SESSIONS.size(); i++) {
            core.attendance().record(anna, cohort.id(), item(FIRST_SESSIONS.get(i)).id(),
                    Map.of(sanne.id(), i < attended ? Presence.PRESENT : Presence.ABSENT));
        }
        clock.set(item("m2-trainingsdag").endsAt().orElseThrow());
    }

    @Test
    void aPlanReleasedAsGoedIsKlaarWithItsResultAndNoLongerStillNeeded() {
        SubmissionId plan = work.handIn(sanne, "pa-plan-van-aanpak");
        work.release(anna, plan, TestWork.PLAN_GOED, false);

        String page = programme();

        assertThat(activity(page, "pa-plan-van-aanpak")).contains("Klaar", "Uitslag: Goed (2 van 2 punten).");
        assertThat(page).contains("Nog nodig voor je diploma: 10 bijeenkomsten, het concept van je paper, de eindversie van je paper, "
                + "het plan van een praktijkopdracht en 2 praktijkopdrachten.").doesNotContain("het plan van aanpak van je paper");
    }

    @Test
    void aHandedInConceptIsIngeleverdAndWaitsForItsResult() {
        work.handIn(sanne, "pa-concept");

        String page = programme();

        assertThat(activity(page, "pa-concept")).contains("Ingeleverd", "wacht op het resultaat");
        assertThat(page).contains("Wacht op resultaat: het concept van je paper.");
    }

    @Test
    void attendanceBelowTheMinimumSoFarShowsAWarningWithItsNumbers() {
        attendedOfFirstThree(2);

        assertThat(programme()).contains("Let op je aanwezigheid", "Je was tot nu toe bij 2 van de 3 bijeenkomsten (66%). Voor je "
                + "diploma moet je bij minstens 80% van alle bijeenkomsten zijn: 10 van de 12. Je mag er nog 1 missen.")
                .doesNotContain("ll-warning--danger");
    }

    @Test
    void attendanceThatCanNoLongerReachTheMinimumSaysSo() {
        attendedOfFirstThree(0);

        assertThat(programme()).contains("ll-warning ll-warning--danger", "Je was tot nu toe bij 0 van de 3 bijeenkomsten. De vereiste "
                + "aanwezigheid van 80% (10 van de 12 bijeenkomsten) is niet meer te halen.");
    }

    @Test
    void anOnlineSessionShowsOnlineWithItsLinkAndNeverTheBuilding() {
        String link = "https://teams.microsoft.com/l/meetup-join/werkatelier";
        ScheduleItem werkatelier = item("m3-werkatelier");
        core.schedule().reschedule(anna, cohort.id(), new ScheduleChange(werkatelier.id(), werkatelier.at(), Optional.of(link)));

        String page = programme();

        assertThat(activity(page, "m3-werkatelier")).contains("<a href=\"" + link + "\" target=\"_blank\" rel=\"noopener\">Online (link)",
                "(opent in een nieuw venster)")
                .doesNotContain(BUILDING);
        assertThat(activity(page, "iv-bijeenkomst-3")).contains("Online, link volgt").doesNotContain(BUILDING);
        assertThat(activity(page, "m1-trainingsdag")).contains(BUILDING);
    }

    @Test
    void thePageSpeaksEnglishWhenAsked() {
        SubmissionId plan = work.handIn(sanne, "pa-plan-van-aanpak");
        work.release(anna, plan, TestWork.PLAN_GOED, false);
        work.handIn(sanne, "pa-concept");

        String page = programme("Accept-Language", "en");

        assertThat(page).contains("<html lang=\"en\">", "My programme", "Waiting for a result: the draft of your paper.");
        assertThat(activity(page, "pa-plan-van-aanpak")).contains("Done", "Result: Good (2 of 2 points).");
        assertThat(activity(page, "pa-concept")).contains("Handed in", "waiting for the result");
    }
}
