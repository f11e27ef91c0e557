package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessible;
import static nl.leerlijn.web.browser.Chromium.assertAccessibleAtBothWidths;
import static nl.leerlijn.web.browser.Chromium.assertNoSidewaysScroll;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.named;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.graduation.Award;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Closing the programme in a real browser with axe-core at 1280 and 320 px: the session code and its QR code, a
 * participant confirming with the code and reporting absence, the kerndocent's list and its confirmation, a replacement
 * assignment handed in and judged, the examencommissie's dossier and decision, the diploma page and the public
 * verification page (no one signed in).
 */
class ClosingBrowserTest {
    private static Chromium chromium;
    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private TestHost host;
    private LeerlijnCore core;
    private final Actor anna = People.kerndocent("docent-anna");
    private final Actor eva = new Actor(new UserId("examen-eva"), "Eva de Boer", Set.of(Role.EXAM_COMMITTEE));
    private Cohort cohort;
    private Participant esra;
    private Participant tom;
    private ScheduleItem day;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @BeforeEach
    void start() {
        host = TestHost.withSettings(TestDatabase.H2, b -> b.clock(clock).withoutBackgroundJobs());
        core = host.leerlijn().core();
        host.signIn("docent-anna", "Anna de Docent", Role.CORE_TEACHER, Optional.empty());
        host.signIn("examen-eva", "Eva de Boer", Role.EXAM_COMMITTEE, Optional.empty());
        host.signIn("student-esra", "Esra Yilmaz", Role.STUDENT, Optional.empty());
        host.signIn("student-tom", "Tom Bakker", Role.STUDENT, Optional.empty());
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht, Vredenburg 40"));
        esra = core.enrolment().enrol(anna, cohort.id(), People.participant("student-esra")).participant();
        tom = core.enrolment().enrol(anna, cohort.id(), People.participant("student-tom")).participant();
        day = core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().value().equals("m1-trainingsdag"))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void aParticipantConfirmsWithTheCodeTheKerndocentShowsAndTheKerndocentConfirmsTheList() {
        clock.set(day.at().minus(Duration.ofDays(2)));
        Page tomsPage = chromium.pageAs("student-tom", 320, 800);
        tomsPage.navigate(host.url("/aanwezigheid"));
        tomsPage.locator("#session-m1-trainingsdag summary").click();
        tomsPage.locator("#session-m1-trainingsdag textarea").fill("Verplichte training op mijn werk.");
        tomsPage.locator("#session-m1-trainingsdag").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Meld je af")).click();
        assertThat(tomsPage.getByRole(AriaRole.STATUS).first()).containsText("Je afmelding is doorgegeven");
        assertAccessibleAtBothWidths(tomsPage);

        clock.set(day.at().plus(Duration.ofMinutes(3)));
        Page annas = chromium.pageAs("docent-anna");
        String list = "/cohorts/" + cohort.id().value() + "/schedule/" + day.id().value() + "/attendance";
        annas.navigate(host.url(list));
        annas.getByRole(AriaRole.BUTTON, named("Open de code")).click();
        assertThat(annas.locator(".ll-session-code__code")).isVisible();
        assertAccessibleAtBothWidths(annas);
        String code = annas.locator(".ll-session-code__code [aria-hidden=true]").textContent().replace(" ", "");

        Page esrasPage = chromium.pageAs("student-esra", 320, 800);
        esrasPage.navigate(host.url("/aanwezigheid"));
        esrasPage.getByLabel("Code van de bijeenkomst").fill("ZZZ ZZZ");
        esrasPage.getByRole(AriaRole.BUTTON, named("Bevestig mijn aanwezigheid")).click();
        assertThat(esrasPage.locator(".ll-error-summary")).containsText("Deze code hoort bij geen bijeenkomst");
        assertAccessible(esrasPage);
        esrasPage.navigate(host.url("/aanwezig?code=" + code));
        assertThat(esrasPage.locator("main")).containsText("Trainingsdag 1");
        assertAccessible(esrasPage);
        esrasPage.getByRole(AriaRole.BUTTON, named("Bevestig mijn aanwezigheid")).click();
        assertThat(esrasPage.getByRole(AriaRole.STATUS).first()).containsText("Je aanwezigheid is bevestigd");
        assertNoSidewaysScroll(esrasPage);

        clock.set(day.endsAt().orElseThrow().plus(Duration.ofHours(1)));
        annas.navigate(host.url(list));
        assertThat(annas.locator("main")).containsText("Zelf bevestigd om");
        assertThat(annas.locator("main")).containsText("Afgemeld: Verplichte training op mijn werk.");
        annas.getByLabel("Afgemeld").last().check();
        annas.getByRole(AriaRole.BUTTON, named("Presentie opslaan")).click();
        annas.getByRole(AriaRole.BUTTON, named("Bevestig de presentielijst")).click();
        assertThat(annas.getByRole(AriaRole.STATUS).first()).containsText("De presentielijst is bevestigd");
        assertAccessibleAtBothWidths(annas);
    }

    @Test
    void aReplacementAssignmentIsHandedInAndJudged() {
        clock.set(day.endsAt().orElseThrow());
        core.attendance().record(anna, cohort.id(), day.id(), Map.of(esra.id(), Presence.ABSENT, tom.id(), Presence.PRESENT));
        long id = core.attendance().replacements(anna, cohort.id()).get(0).id().value();

        Page esrasPage = chromium.pageAs("student-esra");
        esrasPage.navigate(host.url("/vervangende-opdrachten/" + id));
        esrasPage.getByLabel("Je uitwerking").fill("Ik oefende open vragen en reflecteren in een gesprek met een klant.");
        esrasPage.getByRole(AriaRole.BUTTON, named("Lever in")).click();
        assertThat(esrasPage.getByRole(AriaRole.STATUS).first()).containsText("Je vervangende opdracht is ingeleverd");
        assertThat(esrasPage.locator("main")).containsText("Ik oefende open vragen");
        assertAccessibleAtBothWidths(esrasPage);

        Page annas = chromium.pageAs("docent-anna", 320, 800);
        annas.navigate(host.url("/cohorts/" + cohort.id().value() + "/vervangende-opdrachten"));
        assertAccessible(annas);
        assertNoSidewaysScroll(annas);
        annas.navigate(host.url("/vervangende-opdrachten/" + id));
        annas.getByLabel("Voldoende: telt als aanwezig").check();
        annas.getByLabel("Feedback").fill("Helder beschreven.");
        annas.getByRole(AriaRole.BUTTON, named("Sla het oordeel op")).click();
        assertThat(annas.getByRole(AriaRole.STATUS).first()).containsText("Het oordeel is opgeslagen");
        assertAccessibleAtBothWidths(annas);
    }

    @Test
    void theExamencommissieGrantsADiplomaThatAnyoneCanVerify() {
        String dossier = "/results/" + cohort.id().value() + "/diplomering/" + esra.id().value();
        Page evas = chromium.pageAs("examen-eva");
        evas.navigate(host.url("/results/" + cohort.id().value() + "/diplomering"));
        assertAccessibleAtBothWidths(evas);
        evas.getByRole(AriaRole.LINK, named("Bewaartermijnen en wat al is verwijderd")).click();
        assertThat(evas.locator("h1")).containsText("Bewaartermijnen");
        assertThat(evas.locator("main")).containsText("Bewijs van diploma of certificaat");
        assertAccessibleAtBothWidths(evas);
        evas.navigate(host.url(dossier));
        evas.getByLabel("Diploma").check();
        evas.getByLabel("Reden").fill("Vrijstellingen verleend; alle overige onderdelen behaald.");
        evas.getByRole(AriaRole.BUTTON, named("Leg het besluit vast")).click();
        assertThat(evas.getByRole(AriaRole.STATUS).first()).containsText("Het besluit is vastgelegd");
        assertAccessibleAtBothWidths(evas);

        Page esrasPage = chromium.pageAs("student-esra", 320, 800);
        esrasPage.navigate(host.url("/diploma"));
        assertThat(esrasPage.locator("main")).containsText("Diploma");
        assertAccessible(esrasPage);
        assertNoSidewaysScroll(esrasPage);
        String code = core.graduation().ownCertificates(new Actor(esra.userId(), "Esra", Set.of(Role.STUDENT))).get(0).code();
        esrasPage.getByRole(AriaRole.LINK, named("Inzage in mijn gegevens")).click();
        assertThat(esrasPage.locator("h1")).containsText("Inzage in mijn gegevens");
        assertAccessible(esrasPage);
        assertNoSidewaysScroll(esrasPage);
        com.microsoft.playwright.Download archive = esrasPage.waitForDownload(() ->
                esrasPage.getByRole(AriaRole.LINK, named("Download al mijn gegevens (ZIP)")).click());
        org.assertj.core.api.Assertions.assertThat(archive.suggestedFilename()).startsWith("leerlijn-gegevens-").endsWith(".zip");

        Page anyone = chromium.pageAs("", 320, 800);
        anyone.navigate(host.url("/verificatie"));
        anyone.getByLabel("Verificatiecode").fill(code.toLowerCase(java.util.Locale.ROOT));
        anyone.getByRole(AriaRole.BUTTON, named("Controleer")).click();
        assertThat(anyone.locator("main")).containsText("Geldig");
        assertAccessibleAtBothWidths(anyone);
        org.assertj.core.api.Assertions.assertThat(anyone.context().cookies()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(core.graduation().dossier(eva, esra.id()).decision().orElseThrow().award())
                .isEqualTo(Award.DIPLOMA);
    }
}
