package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.leerlijn.access.Role;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kerndocent's day in a real browser, with axe-core on every page on the way. */
class KerndocentBrowserTest {
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
    }

    @AfterEach
    void stop() {
        host.close();
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    static void inCohortMenu(Page page, String place) {
        page.locator("nav.ll-cohort-menu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(place).setExact(true)).click();
    }

    @Test
    void aKerndocentCreatesACohortImportsParticipantsMovesASessionAndSeesProgress(@TempDir Path folder) throws IOException {
        Page page = chromium.pageAs("docent-anna");
        page.navigate(host.url("/"));
        assertAccessible(page);
        startCohort(page);
        importParticipants(page, folder);
        moveTheFirstTrainingDay(page);
        recordAttendanceStartingFromEveryonePresent(page);

        page.locator("nav.ll-trail").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Leergang najaar 2026 Utrecht")).click();
        Locator matrix = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Voortgang van de actieve deelnemers per module"));
        assertThat(matrix.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Noor Visser"))).containsText("0 van 1");
        assertAccessible(page);
        matrix.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Sanne Jansen, Activerende gespreksvoering, \\d+ van \\d+ klaar$")))
                .click();
        assertThat(page.locator("h1")).hasText("Sanne Jansen");
        assertThat(page.locator("#module-M1")).containsText("E-learning motiverende gespreksvoering");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, named("Mijn agenda")).click();
        assertAccessible(page);
    }

    private void startCohort(Page page) {
        page.getByRole(AriaRole.LINK, named("Nieuwe leergang starten")).click();
        assertAccessible(page);
        page.getByLabel("Naam van de leergang").fill("   ");
        page.getByLabel("Startdatum").fill("2026-09-08");
        page.getByLabel("Locatie van de bijeenkomsten").fill("Utrecht, Vredenburg 40");
        page.getByRole(AriaRole.BUTTON, named("Leergang starten")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is iets niet goed ingevuld");
        assertThat(page.getByLabel("Locatie van de bijeenkomsten")).hasValue("Utrecht, Vredenburg 40");
        assertAccessible(page);
        page.getByLabel("Naam van de leergang").fill("Leergang najaar 2026 Utrecht");
        page.getByRole(AriaRole.BUTTON, named("Leergang starten")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De leergang is gestart");
        assertThat(page.locator("nav.ll-cohort-menu [aria-current=page]")).hasText("Overzicht");
        assertAccessible(page);
    }

    private static void importParticipants(Page page, Path folder) throws IOException {
        page.getByRole(AriaRole.LINK, named("Deelnemers importeren (CSV)")).click();
        assertAccessible(page);
        Path csv = Files.writeString(folder.resolve("deelnemers.csv"), """
                userId;name;email;organisation;organisationType;function;registerplein;skj
                student-sanne;Sanne Jansen;sanne@utrecht.nl;Gemeente Utrecht;gemeente;klantmanager;123456;
                student-noor;Noor Visser;noor@lister.nl;Lister;zorgorganisatie;jeugdconsulent;;100012345
                student-kees;Kees;geen-adres;Gemeente Zeist;gemeente;jeugdconsulent;;
                """);
        page.getByLabel("CSV-bestand").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, named("Bekijken wat er ingelezen wordt")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 nieuw, 0 al ingeschreven, 1 met fouten");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, named("2 deelnemers inschrijven")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De deelnemers zijn ingelezen");
        assertThat(page.locator("main")).containsText("Sanne Jansen");
        assertThat(page.locator("main")).containsText("2 actief, niemand uitgeschreven");
    }

    private static void moveTheFirstTrainingDay(Page page) {
        inCohortMenu(page, "Rooster");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Verplaatsen\\W+Trainingsdag 1:"))).click();
        assertAccessible(page);
        page.getByLabel("Nieuwe datum").fill("2026-09-17");
        page.getByRole(AriaRole.BUTTON, named("Gevolgen bekijken")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("alle 2 actieve deelnemers");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, named("Wijziging opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De wijziging is opgeslagen");
        assertThat(page.locator("main")).containsText("donderdag 17 september 2026");
    }

    private static void recordAttendanceStartingFromEveryonePresent(Page page) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Presentie\\W+Trainingsdag 1:"))).click();
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, named("Iedereen aanwezig")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Iedereen zonder registratie en zonder afmelding staat op aanwezig");
        Locator noor = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Noor Visser Lister"));
        assertThat(noor.getByLabel("Aanwezig")).isChecked();
        noor.getByLabel("Afwezig").check();
        page.getByRole(AriaRole.BUTTON, named("Presentie opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De presentie is opgeslagen");
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Noor Visser Lister")).getByLabel("Afwezig"))
                .isChecked();
        assertAccessible(page);
    }

    @Test
    void errorPagesAreAccessibleToo() {
        Page page = chromium.pageAs("docent-anna");
        page.navigate(host.url("/bestaat-niet"));
        assertThat(page.locator("h1")).hasText("Niet gevonden");
        assertAccessible(page);

        Page stranger = chromium.pageAs("");
        stranger.navigate(host.url("/"));
        assertThat(stranger.locator("h1")).hasText("Niet ingelogd");
        assertAccessible(stranger);
    }
}
