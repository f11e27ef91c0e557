package nl.leerlijn.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestPlatform;
import nl.leerlijn.web.TestHost;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Leerlijn inside a platform's page on another site, in a browser that blocks third-party cookies: the launch keeps its
 * state in the platform's storage frame, the session lives in the address, and an instructor links the course and a
 * learner enrols through forms in the frame. axe-core checks the pages in the frame at 1280 and 320 px.
 */
@org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class LtiBrowserTest {
    private static Chromium chromium;
    private static TestHost host;
    private static BrowserPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        // Third-party cookies blocked, as a browser inside a learning platform has them. Cross-site frames in the page's own
        // process: the frame moves between the platform's site and Leerlijn's many times, and a process swap each time
        // lets the browser driver lose track of the frame now and then.
        chromium = new Chromium(List.of("--test-third-party-cookie-phaseout", "--disable-site-isolation-trials",
                "--disable-features=IsolateOrigins,site-per-process"));
        TestPlatform keys = new TestPlatform();
        host = TestHost.withSettings(TestDatabase.H2, b -> b.ltiKeySets(keys.keySets()).ltiAllowLocalhost(true));
        platform = new BrowserPlatform(keys, host);
    }

    @AfterAll
    static void stop() throws Exception {
        platform.close();
        host.close();
        chromium.close();
    }

    private static Frame leerlijn(Page page) {
        return page.frame("leerlijn");
    }

    @Test
    void anInstructorAndALearnerWorkInLeerlijnInsideThePlatformWithoutThirdPartyCookies() {
        Page docent = chromium.anonymousPage(1280, 900);
        docent.navigate(platform.course("docent"));
        FrameLocator frame = docent.frameLocator("iframe[name=leerlijn]");
        assertThat(frame.locator("h1")).hasText("Cursus koppelen aan een leergang");
        assertThat(leerlijn(docent).url()).contains("/s/").endsWith("/lti/koppelen");
        @SuppressWarnings("unchecked")
        List<Object> asked = (List<Object>) docent.evaluate("() => window.storageAsked");
        assertThat(asked).as("the state went through the platform's storage").contains("lti.put_data", "lti.get_data");
        Chromium.assertAccessible(leerlijn(docent));

        frame.getByLabel("Startdatum").fill("2026-09-14");
        frame.getByLabel("Locatie van de bijeenkomsten").fill("Zwolle, Stadhuis");
        frame.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new FrameLocator.GetByRoleOptions()
                .setName("Leergang starten en koppelen")).click();
        assertThat(frame.locator(".ll-notice").first()).containsText("De leergang is gestart");
        assertThat(leerlijn(docent).url()).matches(Pattern.compile(".*/s/[A-Za-z0-9_-]+/cohorts/\\d+\\?notice=created"));
        Chromium.assertAccessible(leerlijn(docent));

        Page student = chromium.anonymousPage(320, 640);
        student.navigate(platform.course("student"));
        FrameLocator own = student.frameLocator("iframe[name=leerlijn]");
        assertThat(own.locator("h1")).hasText("Inschrijven");
        Chromium.assertAccessible(leerlijn(student));
        own.getByLabel("Organisatie", new FrameLocator.GetByLabelOptions().setExact(true)).fill("Gemeente Deventer");
        own.locator("#field-organisationType").selectOption("GEMEENTE");
        own.locator("#field-function").selectOption("WMO_CONSULENT");
        own.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Inschrijven")).click();
        assertThat(own.locator(".ll-notice").first()).containsText("Je bent ingeschreven");
        Chromium.assertAccessible(leerlijn(student));
        assertThat((Boolean) leerlijn(student).evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scrolling in the frame at 320 px").isTrue();
        student.context().close();

        // The kerndocent's page of linked courses, reached through the frame's own links (a session's address opened on its
        // own elsewhere opens nothing).
        frame.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new FrameLocator.GetByRoleOptions().setName("Team").setExact(true))
                .first().click();
        frame.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new FrameLocator.GetByRoleOptions()
                .setName("Cursussen in de leeromgeving: wie er vanuit de cursus bij komt")).click();
        assertThat(frame.locator("h1")).hasText("Cursussen in de leeromgeving");
        assertThat(frame.locator("table")).containsText("Moodle in de browser");
        Chromium.assertAccessible(leerlijn(docent));
        Page typed = chromium.anonymousPage(1280, 900);
        typed.navigate(leerlijn(docent).url());
        assertThat(typed.locator("h1")).hasText("Sessie afgelopen");
        typed.context().close();
        docent.setViewportSize(320, 640);
        Chromium.assertAccessible(leerlijn(docent));
        docent.context().close();
    }

    @Test
    void anInstructorPlacesAPageAndTheBrowserCarriesTheSignedAnswerBackToThePlatform() {
        Page page = chromium.anonymousPage(1280, 900);
        page.navigate(platform.course("plaatsen"));
        FrameLocator frame = page.frameLocator("iframe[name=leerlijn]");
        assertThat(frame.locator("h1")).hasText("Leerlijn in je cursus plaatsen");
        Chromium.assertAccessible(leerlijn(page));
        frame.getByLabel("Paper (voor docenten: beoordelen)").check();
        frame.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new FrameLocator.GetByRoleOptions().setName("Plaatsen")).click();

        assertThat(frame.locator("#placed")).hasText("Leerlijn; Paper");
        page.context().close();
    }

    @Test
    void anAssistantIsToldWhyThereIsNothingYetAndARefusedLaunchIsAReadablePage() {
        Page page = chromium.anonymousPage(320, 640);
        page.navigate(platform.course("assistent"));
        FrameLocator frame = page.frameLocator("iframe[name=leerlijn]");
        assertThat(frame.locator("h1")).hasText("Welkom bij Leerlijn");
        Chromium.assertAccessible(leerlijn(page));
        page.context().close();

        Page refused = chromium.anonymousPage(1280, 900);
        refused.navigate(host.url("/lti/login?iss=https%3A%2F%2Fnobody.example.org&login_hint=x&target_link_uri=x"));
        assertThat(refused.locator("h1")).hasText("Aanmelden niet gelukt");
        Chromium.assertAccessibleAtBothWidths(refused);
        refused.context().close();
    }

    @Test
    void theAdministratorsPageWithARegistrationLinkAndThePlatformsConfirmationAreAccessible() {
        host.signIn("beheer", "Bea Beheer", nl.leerlijn.access.Role.ADMINISTRATOR, java.util.Optional.empty());
        Page admin = chromium.pageAs("beheer");
        admin.navigate(host.url("/beheer/lti"));
        admin.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registratielink maken")).click();
        assertThat(admin.locator("#ll-registration-link")).containsText("/lti/registratie/");
        assertThat(admin.locator(".ll-cards")).containsText("Moodle in de browser");
        Chromium.assertAccessibleAtBothWidths(admin);
        admin.context().close();
    }
}
