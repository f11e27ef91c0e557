package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessible;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.inCohortMenu;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.named;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A kerndocent withdraws a participant through the confirmation page and puts together the cohort's team. */
class CohortManagementBrowserTest {
    private static Chromium chromium;
    private TestHost host;

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
        host = TestHost.start(TestDatabase.H2);
        host.signIn("docent-anna", "Anna de Docent", Role.CORE_TEACHER, Optional.empty());
        Actor anna = People.kerndocent("docent-anna");
        var cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht, Vredenburg 40"));
        host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne"));
        host.leerlijn().core().enrolment().enrol(anna, cohort.id(),
                People.participant("student-noor", "Lister", OrganisationType.ZORGORGANISATIE, JobFunction.JEUGDCONSULENT));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void withdrawingAParticipantAsksFirstAndWillNotGoWithoutAReason() {
        Page page = chromium.pageAs("docent-anna");
        page.navigate(host.url("/cohorts/1"));
        page.getByRole(AriaRole.LINK, named("Uitschrijven Deelnemer student-noor")).click();
        assertThat(page.locator("h1")).hasText("Deelnemer uitschrijven");
        assertThat(page.locator("main")).containsText("Deelnemer student-noor uitschrijven uit Leergang najaar 2026?");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, named("Uitschrijven")).click();
        assertThat(page.locator("h1")).hasText("Deelnemer uitschrijven");
        org.assertj.core.api.Assertions.assertThat(page.getByLabel("Reden").evaluate("field => field.validity.valueMissing")).isEqualTo(true);
        page.getByLabel("Reden").fill("Andere baan bij de gemeente");
        page.getByRole(AriaRole.BUTTON, named("Uitschrijven")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De deelnemer is uitgeschreven");
        assertThat(page.locator("main")).containsText("1 actief, 1 uitgeschreven");
        page.getByRole(AriaRole.LINK, named("Deelnemer student-noor")).first().click();
        assertThat(page.locator("main")).containsText("Andere baan bij de gemeente");
        assertAccessible(page);
    }

    @Test
    void theTeamPageAddsATweedeBeoordelaarAndKeepsTheLastKerndocent() {
        Page page = chromium.pageAs("docent-anna");
        page.navigate(host.url("/cohorts/1"));
        inCohortMenu(page, "Team");
        assertThat(page.locator("h1")).hasText("Team");
        assertAccessible(page);

        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Bob Bakker");
        page.getByLabel("Gebruikersnaam in de leeromgeving").fill("tweede-bob");
        page.getByLabel("Rol").selectOption("Tweede beoordelaar");
        page.getByRole(AriaRole.BUTTON, named("Toevoegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De persoon is aan het team toegevoegd");
        Locator team = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Team"));
        assertThat(team.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Bob Bakker"))).containsText("Tweede beoordelaar");

        team.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uit het team halen Docent docent-anna, Kerndocent")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("altijd minstens één kerndocent");
        assertAccessible(page);
    }
}
