package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessible;
import static nl.leerlijn.web.browser.Chromium.assertNoSidewaysScroll;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.inCohortMenu;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.named;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.io.TempDir;

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

    static void inMainMenu(Page page, String place) {
        page.locator("nav.ll-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(place).setExact(true)).click();
    }

    @Test
    void aStudentFollowsTheProgrammeMarksWorkDoneAndUpdatesTheirDetails() {
        Page page = chromium.pageAs("student-sanne");
        page.navigate(host.url("/"));
        assertAccessible(page);

        inMainMenu(page, "Mijn opleiding");
        assertThat(page.locator("nav.ll-nav [aria-current=page]")).hasText("Mijn opleiding");
        assertThat(page.locator(".ll-lead")).containsText("Nog nodig voor je diploma");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Afgerond\\W+E-learning motiverende"))).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Gemarkeerd als afgerond");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, named("Mijn gegevens bijwerken")).click();
        assertAccessible(page);
        page.getByLabel("Registratienummer Registerplein").fill("12-ab");
        page.getByRole(AriaRole.BUTTON, named("Gegevens opslaan")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Een registratienummer bestaat uit 4 tot 12 cijfers.");
        assertAccessible(page);
        page.getByLabel("Registratienummer Registerplein").fill("123456");
        page.getByRole(AriaRole.BUTTON, named("Gegevens opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je gegevens zijn opgeslagen");

        inMainMenu(page, "Mijn agenda");
        assertAccessible(page);
    }

    @Test
    void onAPhoneOf320PixelsThePagesFitWithoutSidewaysScrolling() {
        Page phone = chromium.pageAs("student-sanne", 320, 640);
        for (String path : List.of("/", "/programme", "/profile", "/calendar", "/paper")) {
            phone.navigate(host.url(path));
            assertNoSidewaysScroll(phone);
            assertAccessible(phone);
        }
    }

    @Test
    void aStudentUploadsAConceptWhileTheProgressShowsAndHandsItInAfterConfirming(@TempDir Path folder) throws IOException {
        Path concept = Files.write(folder.resolve("concept.pdf"), "%PDF-1.7\nConcept van Sanne\n%%EOF".getBytes(StandardCharsets.UTF_8));
        Page page = chromium.pageAs("student-sanne");
        page.navigate(host.url("/paper"));
        assertAccessible(page);

        Locator milestone = page.locator("#milestone-pa-concept");
        List<String> whileUploading = new ArrayList<>();
        page.route("**/milestones/pa-concept", route -> {
            whileUploading.add((String) page.evaluate("() => { const f = document.querySelector('#milestone-pa-concept form.ll-upload');"
                    + " return 'bar ' + (f.querySelector('progress').hidden ? 'hidden' : 'shown')"
                    + " + ', button ' + (f.querySelector('button').disabled ? 'disabled' : 'enabled'); }"));
            route.resume();
        });
        milestone.getByLabel("Bestanden").setInputFiles(concept);
        milestone.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Als nieuwe versie opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je versie is opgeslagen");
        assertThat(whileUploading).containsExactly("bar shown, button disabled");
        assertThat(page.locator("#milestone-pa-concept")).containsText("concept.pdf");
        assertAccessible(page);

        page.getByRole(AriaRole.LINK, named("Versie 1 inleveren")).click();
        assertThat(page.locator("h1")).hasText("Versie inleveren");
        assertThat(page.locator("main")).containsText("Versie 1 van Conceptversie paper inleveren?");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, named("Versie 1 inleveren")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je versie is ingeleverd");
        assertThat(page.locator("#milestone-pa-concept")).containsText("Ingeleverd");
        assertAccessible(page);
    }

    @Test
    void anExtensionRequestGoesRoundTripInTheBrowser() {
        host.signIn("docent-anna", "Anna de Docent", Role.CORE_TEACHER, Optional.empty());
        Page student = chromium.pageAs("student-sanne");
        student.navigate(host.url("/paper"));
        Locator milestone = student.locator("#milestone-pa-concept");
        milestone.getByText("Verlenging aanvragen").click();
        milestone.getByLabel("Nieuwe deadline (datum)").fill("2027-03-15");
        milestone.getByLabel("Reden").fill("Mijn dochter is geboren");
        milestone.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aanvraag versturen")).click();
        assertThat(student.getByRole(AriaRole.STATUS).first()).containsText("Je aanvraag is verstuurd");
        assertAccessible(student);

        Page docent = chromium.pageAs("docent-anna");
        docent.navigate(host.url("/cohorts/1"));
        inCohortMenu(docent, "Verlengingen");
        assertAccessible(docent);
        docent.getByRole(AriaRole.LINK, named("Toekennen Deelnemer student-sanne")).click();
        assertThat(docent.locator("main")).containsText("Mijn dochter is geboren");
        assertAccessible(docent);
        docent.getByRole(AriaRole.BUTTON, named("Toekennen")).click();
        assertThat(docent.getByRole(AriaRole.STATUS).first()).containsText("De verlenging is toegekend");

        student.reload();
        assertThat(student.locator("#milestone-pa-concept")).containsText("Deadline: maandag 15 maart 2027, 23:59");
    }
}
