package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessibleAtBothWidths;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.inCohortMenu;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.named;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.enrolment.JobFunction;
import nl.leerlijn.enrolment.OrganisationType;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.intervisie.Meeting;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intervisie in a real browser with axe-core on every page, at 1280 and 320 px: the kerndocent forms the groups, moves
 * one person with the keyboard-friendly form, locks a group and publishes; the inbrenger prepares her case (a BSN refused
 * and marked, a name asked about), confirms nothing on the wrong day, writes her reflection; the kerndocent confirms the
 * presence and answers; the tweede beoordelaar sees the meeting but not the case.
 */
class IntervisionBrowserTest {
    private static final String[][] PEOPLE = {
        {"student-sanne", "Sanne Jansen", "Gemeente Utrecht", "KLANTMANAGER"},
        {"student-ahmed", "Ahmed Bouzid", "Gemeente Utrecht", "PARTICIPATIECONSULENT"},
        {"student-lotte", "Lotte van Dijk", "Gemeente Amersfoort", "WMO_CONSULENT"},
        {"student-joris", "Joris Smit", "Gemeente Amersfoort", "KLANTMANAGER"},
        {"student-fatima", "Fatima Ouali", "Gemeente Nieuwegein", "SCHULDHULPVERLENER"},
        {"student-kees", "Kees Verhoeven", "Gemeente Zeist", "JEUGDCONSULENT"},
        {"student-ingrid", "Ingrid Mulder", "Gemeente Zeist", "TEAMLEIDER_WIJKZORG"},
        {"student-priya", "Priya Ramdin", "Lister", "WMO_CONSULENT"},
        {"student-thomas", "Thomas de Graaf", "Zorggroep De Bilt", "WIJKCOACH"},
        {"student-esra", "Esra Yilmaz", "Zorggroep De Bilt", "WMO_CONSULENT"},
        {"student-noor", "Noor Visser", "Lister", "JEUGDCONSULENT"},
        {"student-daan", "Daan Koster", "Welzijn Houten", "WIJKCOACH"}};
    private static Chromium chromium;
    private TestHost host;
    private LeerlijnCore core;
    private Cohort cohort;
    private final Actor anna = People.kerndocent("docent-anna");
    private final List<Participant> people = new ArrayList<>();

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
        core = host.leerlijn().core();
        host.signIn("docent-anna", "Anna de Docent", Role.CORE_TEACHER, Optional.empty());
        host.signIn("tweede-bob", "Bob Bakker", Role.SECOND_ASSESSOR, Optional.empty());
        cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang zomer 2026", LocalDate.of(2026, 7, 13),
                "Utrecht, Vredenburg 40"));
        core.cohorts().assignStaff(anna, cohort.id(), new UserId("tweede-bob"), "Bob Bakker", StaffRole.SECOND_ASSESSOR);
        for (String[] p : PEOPLE) {
            host.signIn(p[0], p[1], Role.STUDENT, Optional.empty());
            people.add(core.enrolment().enrol(anna, cohort.id(), new nl.leerlijn.enrolment.NewParticipant(new UserId(p[0]),
                    new nl.leerlijn.enrolment.ParticipantProfile(p[1], p[0] + "@example.org", new nl.leerlijn.enrolment.Organisation(p[2],
                            OrganisationType.GEMEENTE), JobFunction.valueOf(p[3]), nl.leerlijn.enrolment.RegisterNumbers.none(),
                            Optional.empty()))).participant());
        }
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void theKerndocentFormsTheGroupsMovesOnePersonLocksAGroupAndPublishes() {
        Page page = chromium.pageAs("docent-anna");
        page.navigate(host.url("/cohorts/" + cohort.id().value()));
        inCohortMenu(page, "Intervisie");
        assertThat(page.locator("h1")).hasText("Intervisiegroepen");
        assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.BUTTON, named("Groepen vormen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De groepen zijn ingedeeld.");
        assertThat(page.locator("main")).containsText("het beste wat deze leergang toelaat is");
        assertAccessibleAtBothWidths(page);

        Locator first = page.locator("#group-1 tbody tr").first();
        String name = first.locator("td").first().innerText().strip();
        first.getByLabel("Verplaats " + name + " naar").selectOption(new SelectOption().setLabel("Groep 2"));
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Verplaatsen " + name)).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De deelnemer is verplaatst.");
        assertThat(page.locator("#group-2")).containsText(name);
        assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.BUTTON, named("Groep 2 vastzetten")).click();
        assertThat(page.locator("#group-2 h2")).containsText("Vastgezet");
        page.getByRole(AriaRole.BUTTON, named("Opnieuw indelen (vastgezette groepen en mensen blijven)")).click();
        assertThat(page.locator("#group-2")).containsText(name);

        page.getByRole(AriaRole.LINK, named("Publiceren")).click();
        assertThat(page.locator("h1")).hasText("Groepen publiceren");
        assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.BUTTON, named("Publiceren")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De groepen zijn gepubliceerd.");
        assertThat(page.locator("#group-1")).containsText("Intervisie 1");
        assertAccessibleAtBothWidths(page);
    }

    private Meeting firstMeetingWithSanneAsInbrenger() {
        return nl.leerlijn.testing.IntervisionSetUp.firstMeetingBroughtBy(core, anna, cohort.id(), people.get(0).id(), 11L);
    }

    @Test
    void theInbrengerPreparesHerCaseTheGuardRefusesABsnAndAsksAboutANameAndSheReflects() {
        Meeting meeting = firstMeetingWithSanneAsInbrenger();
        Page page = chromium.pageAs("student-sanne");
        page.navigate(host.url("/"));
        StudentBrowserTest.inMainMenu(page, "Mijn intervisie");
        assertThat(page.locator("main")).containsText("Jij bent inbrenger");
        assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.LINK, named("Intervisie 1")).click();
        assertThat(page.locator("h1")).hasText("Intervisie 1 – Groep " + meeting.groupNumber());
        assertThat(page.locator("ol.ll-phases > li")).not().hasCount(0);
        assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.LINK, named("Casus voorbereiden")).click();
        assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Vraagverheldering")).fill("Een vader (BSN 111 222 333) wil werk maar durft niet.");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Mijn vraag aan de groep")).fill("Hoe help ik hem de eerste stap te zetten?");
        page.getByRole(AriaRole.BUTTON, named("Casus opslaan")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Vraagverheldering: een BSN");
        assertThat(page.locator("mark").first()).containsText("111 222 333");
        assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Vraagverheldering")).fill("Een vader wil werk maar durft niet; zijn buurman Pieter helpt met de post.");
        page.getByRole(AriaRole.BUTTON, named("Casus opslaan")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("\"Pieter\" in Vraagverheldering lijkt op een naam");
        assertAccessibleAtBothWidths(page);
        page.getByLabel(Pattern.compile("Ik heb de gemarkeerde woorden gecontroleerd")).check();
        page.getByRole(AriaRole.BUTTON, named("Casus opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je casus is opgeslagen");
        assertThat(page.locator("#case")).containsText("zijn buurman Pieter helpt met de post");

        page.getByLabel("Je reflectie").fill("Ik merkte dat ik snel advies geef; de groep vroeg eerst door.");
        page.getByRole(AriaRole.BUTTON, named("Reflectie opslaan")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je reflectie is opgeslagen");
        assertAccessibleAtBothWidths(page);
    }

    @Test
    void theKerndocentConfirmsPresenceAndAnswersAReflection_theTweedeBeoordelaarSeesNoCase() {
        Meeting meeting = firstMeetingWithSanneAsInbrenger();
        Actor sanne = People.student("student-sanne");
        core.intervision().saveCase(sanne, meeting.id(), new nl.leerlijn.intervisie.CaseText("Een moeder vraagt hulp in het huishouden.",
                "", "", "Wat is de echte vraag?"), true);
        core.intervision().saveReflection(sanne, meeting.id(), "Ik leerde dat ik te snel adviseer.");
        Page page = chromium.pageAs("docent-anna");
        page.navigate(host.url("/intervisie/meetings/" + meeting.id().value()));
        assertAccessibleAtBothWidths(page);

        page.getByLabel("Aanwezigheid van Sanne Jansen").selectOption("PRESENT");
        page.getByRole(AriaRole.BUTTON, named("Aanwezigheid bevestigen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("De aanwezigheid is bevestigd.");
        assertThat(page.locator("#presence")).containsText("Aanwezig, bevestigd");
        assertThat(page.locator("#presence")).not().containsText("Afwezig, bevestigd");
        page.getByLabel("Jouw reactie aan Sanne Jansen").fill("Herkenbaar. Stel volgende keer eerst drie vragen.");
        page.getByRole(AriaRole.BUTTON, named("Reactie opslaan Sanne Jansen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je reactie is opgeslagen.");
        assertAccessibleAtBothWidths(page);

        Page bob = chromium.pageAs("tweede-bob");
        bob.navigate(host.url("/intervisie/meetings/" + meeting.id().value()));
        assertThat(bob.locator("main")).not().containsText("Een moeder vraagt hulp");
        assertThat(bob.locator("#case")).hasCount(0);
        assertAccessibleAtBothWidths(bob);
        bob.context().close();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots", "intervisie-meeting-1280.png")));
    }
}
