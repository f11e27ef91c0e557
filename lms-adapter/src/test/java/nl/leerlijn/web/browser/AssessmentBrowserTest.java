package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessible;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRole;
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

/**
 * The paper's assessment in a real browser: a student hands in a concept, the kerndocent and the
 * tweede beoordelaar mark it with the keyboard only, the kerndocent agrees and releases, the student
 * reads the feedback and hands in the final version. axe-core runs on every page on the way.
 */
class AssessmentBrowserTest {
    private static final List<String> CRITERIA = List.of("vraagstelling", "onderbouwing", "verbetervoorstel", "reflectie");
    private static Chromium chromium;
    private TestHost host;
    private Cohort cohort;

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
        host.signIn("tweede-bob", "Bob Bakker", Role.SECOND_ASSESSOR, Optional.empty());
        host.signIn("student-sanne", "Sanne Jansen", Role.STUDENT, Optional.empty());
        host.signIn("examen-eva", "Eva Examen", Role.EXAM_COMMITTEE, Optional.empty());
        cohort = host.leerlijn().core().cohorts().create(People.kerndocent("docent-anna"),
                new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht"));
        host.leerlijn().core().cohorts().assignStaff(People.kerndocent("docent-anna"), cohort.id(), new UserId("tweede-bob"),
                "Bob Bakker", StaffRole.SECOND_ASSESSOR);
        host.leerlijn().core().enrolment().enrol(People.kerndocent("docent-anna"), cohort.id(), People.participant("student-sanne"));
    }

    @AfterEach
    void stop() {
        host.close();
    }

    private static void handIn(Page student, String milestone, Path file, String text, String submit) {
        student.navigate(student.url().replaceAll("/leerlijn/.*", "/leerlijn/paper"));
        Locator section = student.locator("#milestone-" + milestone);
        if (file != null) {
            section.getByLabel("Bestanden").setInputFiles(file);
        }
        section.getByRole(com.microsoft.playwright.options.AriaRole.TEXTBOX, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tekst")).fill(text);
        section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Als nieuwe versie opslaan")).click();
        student.getByRole(AriaRole.LINK, KerndocentBrowserTest.named(submit)).click();
        assertThat(student.locator("h1")).hasText("Versie inleveren");
        student.getByRole(AriaRole.BUTTON, KerndocentBrowserTest.named(submit)).click();
        assertThat(student.getByRole(AriaRole.STATUS).first()).containsText("Je versie is ingeleverd");
    }

    /** Chooses a level per criterion with the keyboard only: focus the group, Space picks the lowest, arrows move up. */
    private static void markWithKeyboard(Page assessor, int steps, String feedback, String button) {
        for (String criterion : CRITERIA) {
            Locator lowest = assessor.locator("#field-level-" + criterion);
            lowest.focus();
            assessor.keyboard().press("Space");
            for (int i = 0; i < steps; i++) {
                assessor.keyboard().press("ArrowDown");
            }
        }
        assessor.getByLabel("Algemene feedback").fill(feedback);
        assessor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).focus();
        assessor.keyboard().press("Enter");
    }

    @Test
    void aConceptIsMarkedByTwoAssessorsAgreedReleasedReadAndFollowedByTheFinalVersion(@TempDir Path folder) throws IOException {
        Path concept = Files.write(folder.resolve("concept.pdf"), "%PDF-1.7\nConcept\n%%EOF".getBytes(StandardCharsets.UTF_8));
        Page student = chromium.pageAs("student-sanne");
        student.navigate(host.url("/paper"));
        handIn(student, "pa-concept", concept, "De klant staat centraal in mijn aanpak.", "Versie 1 inleveren");

        Page anna = chromium.pageAs("docent-anna");
        anna.navigate(host.url("/"));
        anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^1 wacht op resultaat\\W+Leergang najaar 2026$")))
                .click();
        assertThat(anna.locator("h1")).hasText("Beoordelingen");
        assertAccessible(anna);
        anna.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Deelnemer student-sanne"))).click();
        assertThat(anna.locator(".ll-document")).containsText("De klant staat centraal");
        assertAccessible(anna);
        markWithKeyboard(anna, 1, "Een helder concept.", "Opslaan en afronden");
        assertThat(anna.getByRole(AriaRole.STATUS).first()).containsText("Je beoordeling is afgerond");
        assertAccessible(anna);

        Page bob = chromium.pageAs("tweede-bob");
        bob.navigate(anna.url().replaceAll("\\?.*", ""));
        assertThat(bob.locator("body")).not().containsText("Een helder concept.");
        markWithKeyboard(bob, 2, "Sterke reflectie.", "Opslaan en afronden");
        assertThat(bob.getByRole(AriaRole.TABLE)).containsText("Sterke reflectie.");
        assertAccessible(bob);

        anna.reload();
        assertThat(anna.getByRole(AriaRole.TABLE)).containsText("verschil");
        anna.getByLabel("Feedback voor de student").fill("Een helder concept; scherp de vraagstelling aan.");
        anna.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitslag vaststellen")).click();
        assertThat(anna.getByRole(AriaRole.STATUS).first()).containsText("De uitslag is vastgesteld");
        assertAccessible(anna);
        anna.getByRole(AriaRole.LINK, KerndocentBrowserTest.named("Uitslag vrijgeven aan de student")).click();
        assertThat(anna.locator("main")).containsText("De uitslag van Deelnemer student-sanne voor Conceptversie paper, versie 1");
        assertAccessible(anna);
        anna.getByRole(AriaRole.BUTTON, KerndocentBrowserTest.named("Uitslag vrijgeven aan de student")).click();
        assertThat(anna.getByRole(AriaRole.STATUS).first()).containsText("De uitslag is vrijgegeven");

        student.navigate(host.url("/paper"));
        Locator result = student.locator("#milestone-pa-concept .ll-result");
        assertThat(result).containsText("Beoordeling van versie 1");
        assertThat(result).containsText("Een helder concept; scherp de vraagstelling aan.");
        assertAccessible(student);
        handIn(student, "pa-eindversie", concept, "De klant en het netwerk staan centraal.", "Versie 1 inleveren");
        assertThat(student.locator("#milestone-pa-eindversie")).containsText("Ingeleverd");
    }

    @Test
    void theConflictCompareAndExamencommissiePagesAreAccessible() {
        Page student = chromium.pageAs("student-sanne");
        student.navigate(host.url("/paper"));
        handIn(student, "pa-concept", null, "De klant staat centraal.", "Versie 1 inleveren");
        handIn(student, "pa-concept", null, "De klant en het netwerk staan centraal.", "Versie 2 inleveren");
        student.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vergelijk met versie 1 (Versie 2)")).click();
        assertThat(student.locator(".ll-compare ins")).containsText("en het netwerk staan");
        assertAccessible(student);

        Page first = chromium.pageAs("docent-anna");
        first.navigate(host.url("/cohorts/" + cohort.id().value() + "/marking"));
        first.getByRole(AriaRole.LINK).filter(new Locator.FilterOptions().setHasText("Versie 1")).first().click();
        Page second = chromium.pageAs("docent-anna");
        second.navigate(first.url());
        markWithKeyboard(first, 1, "Uit het eerste venster", "Tussentijds opslaan");
        markWithKeyboard(second, 0, "Uit het tweede venster", "Tussentijds opslaan");
        assertThat(second.locator("h1")).hasText("Intussen gewijzigd");
        assertThat(second.getByRole(AriaRole.TABLE)).containsText("Uit het tweede venster");
        assertAccessible(second);

        Page phone = chromium.pageAs("docent-anna", 320, 640);
        for (String path : new String[] {"/cohorts/" + cohort.id().value() + "/marking", first.url().replaceAll(".*/leerlijn", "")}) {
            phone.navigate(host.url(path.replaceAll("\\?.*", "")));
            Chromium.assertNoSidewaysScroll(phone);
            assertAccessible(phone);
        }

        Page eva = chromium.pageAs("examen-eva");
        eva.navigate(host.url("/"));
        StudentBrowserTest.inMainMenu(eva, "Resultaatverantwoording");
        assertThat(eva.getByRole(AriaRole.TABLE)).containsText("Leergang najaar 2026");
        assertAccessible(eva);
        eva.getByRole(AriaRole.LINK, KerndocentBrowserTest.named("Leergang najaar 2026")).click();
        assertAccessible(eva);
        eva.getByRole(AriaRole.LINK, KerndocentBrowserTest.named("Conceptversie paper · Versie 2")).click();
        assertThat(eva.locator("main")).containsText("Alleen lezen");
        assertAccessible(eva);
    }
}
