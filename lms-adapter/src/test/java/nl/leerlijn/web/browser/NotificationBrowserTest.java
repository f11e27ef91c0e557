package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.Chromium.assertAccessibleAtBothWidths;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.named;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.NotificationSetUp;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Nieuw voor jou" and the mail choices in a real browser with axe-core, at 1280 and 320 px: a participant sees that a
 * session moved, opens the line (it leads to her programme and counts as read), and chooses her mails with the keyboard.
 */
class NotificationBrowserTest {
    private static Chromium chromium;
    private TestHost host;
    private final Actor anna = People.kerndocent("docent-anna");

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
        host.signIn("student-sanne", "Sanne Jansen", Role.STUDENT, Optional.empty());
        var core = host.leerlijn().core();
        Cohort cohort = core.cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8),
                "Utrecht, Vredenburg 40"));
        core.enrolment().enrol(anna, cohort.id(), People.participant("student-sanne"));
        for (ScheduleItem session : core.schedule().cohortSchedule(anna, cohort.id()).stream().filter(ScheduleItem::isSession).limit(2)
                .toList()) {
            core.schedule().reschedule(anna, cohort.id(), new ScheduleChange(session.id(), session.at().plus(Duration.ofDays(1)),
                    Optional.of("Amersfoort, Stadhuisplein 1 (zaal De Eemkamer, tweede verdieping)"), Optional.of(session.at())));
        }
        NotificationSetUp.runJobs(host);
    }

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void aParticipantSeesWhatIsNewOpensItAndItCountsAsRead() {
        Page page = chromium.pageAs("student-sanne");
        page.navigate(host.url("/"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Nieuw voor jou"))).isVisible();
        assertThat(page.locator(".ll-news__item--unread")).hasCount(2);
        assertAccessibleAtBothWidths(page);

        page.locator(".ll-news__open").first().click();
        assertThat(page.locator("h1")).hasText("Mijn opleiding");
        page.navigate(host.url("/"));
        assertThat(page.locator(".ll-news__item--unread")).hasCount(1);

        page.getByRole(AriaRole.LINK, named("Alle meldingen")).click();
        assertThat(page.locator("h1")).hasText("Meldingen");
        assertAccessibleAtBothWidths(page);
        page.getByRole(AriaRole.BUTTON, named("Alles als gelezen markeren")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Alle meldingen zijn als gelezen gemarkeerd.");
        assertAccessibleAtBothWidths(page);
    }

    @Test
    void aParticipantChoosesHerMailsWithTheKeyboard() {
        Page page = chromium.pageAs("student-sanne");
        page.navigate(host.url("/notifications/settings"));
        assertThat(page.locator("h1")).hasText("Meldingen per e-mail");
        assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.GROUP, named("Een bijeenkomst of deadline is verplaatst")).getByLabel("Geen e-mail").check();
        page.getByLabel("English").check();
        page.getByRole(AriaRole.BUTTON, named("Keuzes opslaan")).press("Enter");

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Je keuzes zijn opgeslagen.");
        assertThat(page.getByRole(AriaRole.GROUP, named("Een bijeenkomst of deadline is verplaatst")).getByLabel("Geen e-mail")).isChecked();
        assertThat(page.getByLabel("English")).isChecked();
        assertAccessibleAtBothWidths(page);
    }

    @Test
    void theKerndocentSeesHerOwnKindsIncludingTheDigestOnlyOnes() {
        Page page = chromium.pageAs("docent-anna");
        page.navigate(host.url("/notifications/settings"));

        assertThat(page.getByRole(AriaRole.GROUP, named("Presentie die je nog moet bevestigen")).getByRole(AriaRole.RADIO)).hasCount(2);
        assertThat(page.getByRole(AriaRole.GROUP, named("Een deelnemer heeft werk ingeleverd")).getByLabel("In de dagelijkse samenvatting"))
                .isChecked();
        assertAccessibleAtBothWidths(page);
    }
}
