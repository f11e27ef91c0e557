package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void aKerndocentCreatesACohortImportsParticipantsMovesASessionAndSeesProgress(@TempDir Path folder) throws IOException {
        Page page = chromium.pageAs("docent-anna");
        page.navigate(host.url("/"));
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe leergang starten")).click();
        assertAccessible(page);
        page.getByLabel("Naam van de leergang").fill("   ");
        page.getByLabel("Startdatum").fill("2026-09-08");
        page.getByLabel("Locatie van de bijeenkomsten").fill("Utrecht, Vredenburg 40");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leergang starten")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is iets niet goed ingevuld");
        assertThat(page.getByLabel("Locatie van de bijeenkomsten")).hasValue("Utrecht, Vredenburg 40");
        assertAccessible(page);
        page.getByLabel("Naam van de leergang").fill("Leergang najaar 2026 Utrecht");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leergang starten")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De leergang is gestart");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deelnemers importeren (CSV)")).click();
        assertAccessible(page);
        Path csv = Files.writeString(folder.resolve("deelnemers.csv"), """
                userId;name;email;organisation;organisationType;function;registerplein;skj
                student-sanne;Sanne Jansen;sanne@utrecht.nl;Gemeente Utrecht;gemeente;klantmanager;123456;
                student-noor;Noor Visser;noor@lister.nl;Lister;zorgorganisatie;jeugdconsulent;;100012345
                student-kees;Kees;geen-adres;Gemeente Zeist;gemeente;jeugdconsulent;;
                """);
        page.getByLabel("CSV-bestand").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekijken wat er ingelezen wordt")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 nieuw, 0 al ingeschreven, 1 met fouten");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("2 deelnemer(s) inschrijven")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De deelnemers zijn ingelezen");
        assertThat(page.locator("body")).containsText("Sanne Jansen");
        assertThat(page.locator("body")).containsText("2 actief, 0 uitgeschreven");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rooster en deadlines")).click();
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Verplaatsen\\W+Trainingsdag 1:"))).click();
        assertAccessible(page);
        page.getByLabel("Nieuwe datum").fill("2026-09-17");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gevolgen bekijken")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("alle 2 actieve deelnemers");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijziging opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De wijziging is opgeslagen");
        assertThat(page.locator("body")).containsText("donderdag 17 september 2026");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Presentie\\W+Trainingsdag 1:"))).click();
        assertAccessible(page);
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Sanne Jansen Gemeente Utrecht"))
                .getByLabel("Aanwezig").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Presentie opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("De presentie is opgeslagen");

        page.navigate(host.url("/cohorts/1"));
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Voortgang van de actieve deelnemers per module")))
                .containsText("1 van 12");
        assertAccessible(page);
        page.navigate(host.url("/calendar"));
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
        assertThat(page.context().pages()).isNotEmpty();
    }
}
