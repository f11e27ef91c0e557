package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A student's pages in a real browser, on a desktop and on a 320 px phone, with axe-core on each. */
class StudentBrowserTest {
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
        Actor anna = People.kerndocent("docent-anna");
        host.signIn("student-sanne", "Sanne Jansen", Role.STUDENT, Optional.empty());
        var cohort = host.leerlijn().core().cohorts().create(anna,
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht, Vredenburg 40"));
        host.leerlijn().core().enrolment().enrol(anna, cohort.id(), People.participant("student-sanne"));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void aStudentFollowsTheProgrammeMarksWorkDoneAndUpdatesTheirDetails() {
        Page page = chromium.pageAs("student-sanne");
        page.navigate(host.url("/"));
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn opleiding")).click();
        assertThat(page.locator(".ll-lead")).containsText("Nog nodig voor je diploma: 10 bijeenkomsten");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Afgerond\\W+E-learning motiverende"))).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Gemarkeerd als afgerond");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn gegevens bijwerken")).click();
        assertAccessible(page);
        page.getByLabel("Registratienummer Registerplein").fill("12-ab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gegevens opslaan")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Een registratienummer bestaat uit 4 tot 12 cijfers.");
        assertAccessible(page);
        page.getByLabel("Registratienummer Registerplein").fill("123456");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gegevens opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je gegevens zijn opgeslagen");

        page.navigate(host.url("/calendar"));
        assertAccessible(page);
    }

    @Test
    void onAPhoneOf320PixelsThePagesFitWithoutSidewaysScrolling() {
        Page phone = chromium.pageAs("student-sanne", 320, 640);
        for (String path : new String[] {"/", "/programme", "/profile", "/calendar"}) {
            phone.navigate(host.url(path));
            int width = ((Number) phone.evaluate("document.documentElement.scrollWidth")).intValue();
            assertThat(width).as("page width of %s on a 320 px screen", path).isLessThanOrEqualTo(320);
            assertAccessible(phone);
        }
    }

    @Test
    void aStudentUploadsAConceptWithProgressShownAndHandsItIn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws java.io.IOException {
        java.nio.file.Path concept = java.nio.file.Files.write(folder.resolve("concept.pdf"),
                "%PDF-1.7\nConcept van Sanne\n%%EOF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Page page = chromium.pageAs("student-sanne");
        page.navigate(host.url("/paper"));
        assertAccessible(page);

        var milestone = page.locator("#milestone-pa-concept");
        milestone.getByLabel("Bestanden").setInputFiles(concept);
        milestone.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Als nieuwe versie opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je versie is opgeslagen");
        assertThat(page.locator("#milestone-pa-concept")).containsText("concept.pdf");
        assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versie 1 inleveren")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je versie is ingeleverd");
        assertAccessible(page);
    }

    @Test
    void anExtensionRequestGoesRoundTripInTheBrowser() {
        host.signIn("docent-anna", "Anna de Docent", Role.CORE_TEACHER, Optional.empty());
        Page student = chromium.pageAs("student-sanne");
        student.navigate(host.url("/paper"));
        var milestone = student.locator("#milestone-pa-concept");
        milestone.getByText("Verlenging aanvragen").click();
        milestone.getByLabel("Nieuwe deadline (datum)").fill("2027-03-15");
        milestone.getByLabel("Reden").fill("Mijn dochter is geboren");
        milestone.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Aanvraag versturen")).click();
        assertThat(student.getByRole(AriaRole.STATUS).first()).containsText("Je aanvraag is verstuurd");
        assertAccessible(student);

        Page docent = chromium.pageAs("docent-anna");
        docent.navigate(host.url("/cohorts/1"));
        docent.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verlengingen")).click();
        assertAccessible(docent);
        docent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Toekennen"))).click();
        assertThat(docent.getByRole(AriaRole.STATUS).first()).containsText("De verlenging is toegekend");

        student.navigate(host.url("/paper"));
        assertThat(student.locator("#milestone-pa-concept")).containsText("Deadline: maandag 15 maart 2027, 23:59");
    }
}
