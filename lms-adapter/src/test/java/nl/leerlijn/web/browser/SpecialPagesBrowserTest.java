package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.leerlijn.web.browser.BusyCohort.ANNA;
import static nl.leerlijn.web.browser.BusyCohort.WILHELMINA;
import static nl.leerlijn.web.browser.KerndocentBrowserTest.named;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import nl.leerlijn.access.UserId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import nl.leerlijn.web.security.CsrfTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages one only reaches by doing something: a refused form, a confirmation after a form, the error pages, the page
 * that offers to send an expired form again, a page in English and the printed presence list. Each on a desktop and on a
 * 320 px phone, with axe-core and the sideways-scroll check.
 */
class SpecialPagesBrowserTest {
    private static Chromium chromium;
    private static TestHost host;
    private static BusyCohort cohort;

    @BeforeAll
    static void start() {
        chromium = new Chromium();
        host = TestHost.start(TestDatabase.H2);
        cohort = new BusyCohort(host);
    }

    @AfterAll
    static void stop() {
        host.close();
        chromium.close();
    }

    private static String url(String path) {
        return host.url(EveryPageBrowserTest.fill(path, cohort));
    }

    /** Does the same on a desktop and on a phone, then checks the page it ends on. */
    private static void onBothWidths(String person, Consumer<Page> steps) {
        for (int width : new int[] {1280, 320}) {
            Page page = chromium.pageAs(person, width, width == 320 ? 640 : 900);
            steps.accept(page);
            Chromium.assertAccessible(page);
            Chromium.assertNoSidewaysScroll(page);
            page.context().close();
        }
    }

    @Test
    void anEmptyFormComesBackWithItsProblemsListedAndLinkedToTheFields() {
        onBothWidths(ANNA, page -> {
            page.navigate(url("/cohorts/{c}/participants/new"));
            page.locator("main form").evaluate("form => form.noValidate = true");
            page.getByRole(AriaRole.BUTTON, named("Toevoegen")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er is iets niet goed ingevuld");
            assertThat(page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
        });
    }

    @Test
    void grantingAnExtensionAsksFirstWithTheNewDeadlineInWords() {
        onBothWidths(ANNA, page -> {
            page.navigate(url("/cohorts/{c}/participants/{p}/extension"));
            page.getByLabel("Nieuwe deadline (datum)").fill("2027-02-01");
            page.getByLabel("Reden").fill("Verhuizing en een nieuwe baan; " + BusyCohort.LONG_URL);
            page.getByRole(AriaRole.BUTTON, named("Controleren")).click();
            assertThat(page.locator("h1")).hasText("Uitstel geven");
            assertThat(page.locator("main")).containsText("1 februari 2027");
        });
    }

    @Test
    void theErrorPagesSay401_403_404And409InWords() {
        onBothWidths("", page -> {
            page.navigate(url("/"));
            assertThat(page.locator("h1")).hasText("Niet ingelogd");
        });
        onBothWidths(WILHELMINA, page -> {
            page.navigate(url("/cohorts/{c}"));
            assertThat(page.locator("h1")).hasText("Geen toegang");
        });
        onBothWidths(ANNA, page -> {
            page.navigate(url("/bestaat/niet"));
            assertThat(page.locator("h1")).hasText("Niet gevonden");
        });
        onBothWidths(ANNA, page -> {
            page.navigate(url("/marking/{compared}/release"));
            assertThat(page.locator("h1")).hasText("Kan nu niet");
        });
    }

    @Test
    void aFormSentWithAnExpiredTokenComesBackWithWhatWasTyped() {
        String expired = new CsrfTokens(() -> host.leerlijn().core().secrets().get("csrf"),
                Clock.fixed(CoreFixture.NOW.minus(Duration.ofDays(1)), ZoneOffset.UTC)).issue(new UserId(ANNA));
        onBothWidths(ANNA, page -> {
            page.navigate(url("/cohorts/{c}/staff"));
            page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Dirk de Vries-" + "Langenaam".repeat(6));
            page.getByLabel("Gebruikersnaam in de leeromgeving").fill("docent-dirk");
            page.locator("main form:has(#field-userId) input[name=_csrf]").evaluate("(field, token) => field.value = token", expired);
            page.getByRole(AriaRole.BUTTON, named("Toevoegen")).click();
            assertThat(page.locator("h1")).hasText("Formulier opnieuw versturen");
            assertThat(page.locator("main")).containsText("docent-dirk");
        });
    }

    @Test
    void aPersonWhoAsksForEnglishGetsTheCohortInEnglish() {
        Page page = chromium.pageAs(ANNA, 320, 640, "en-GB");
        page.navigate(url("/cohorts/{c}"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("nav.ll-cohort-menu")).containsText("Overview");
        Chromium.assertAccessible(page);
        Chromium.assertNoSidewaysScroll(page);
    }

    @Test
    void thePresenceListPrintsWithoutMenusOrButtons() {
        Page page = chromium.pageAs(ANNA);
        page.navigate(url("/cohorts/{c}/schedule/{item}/attendance"));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        for (String hidden : new String[] {"header.ll-header", "nav.ll-trail", "nav.ll-cohort-menu", "main button"}) {
            assertThat(page.locator(hidden).first()).isHidden();
        }
        assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Noor Visser"))))
                .isVisible();
        assertThat(page.locator("main")).containsText("Sanne Jansen");
        EveryPageBrowserTest.screenshot(page, "attendance-print");
    }
}
