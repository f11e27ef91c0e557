package nl.leerlijn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStartPageBrowserTest {

    @Test
    void theDemoStartPageIsAccessibleAndContinuingAsSomeoneOpensTheirPage(@TempDir Path data) {
        DemoHost demo = DemoHost.start(new DemoConfig(0, data));
        try (Playwright playwright = Playwright.create();
                Browser browser = launch(playwright)) {
            Page page = browser.newPage(new Browser.NewPageOptions().setLocale("nl-NL"));
            page.navigate("http://127.0.0.1:" + demo.port() + "/");

            assertThat(new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze()
                    .getViolations()).isEmpty();
            page.getByText("Verder als Marieke de Vries").click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Mijn leergangen");
            assertThat(page.locator("body").textContent()).contains("Ingelogd als Marieke de Vries", "Kerndocent");
        } finally {
            demo.stop();
        }
    }

    /**
     * The round trip in the demo itself: Sanne hands in her concept, Marieke and Henk mark it
     * with the rubric, Marieke agrees and releases, Sanne reads the feedback on that version and hands
     * in her final version; an extension request goes round trip; the examencommissie downloads the record.
     */
    @Test
    void inTheDemoAConceptGoesFromStudentToTwoAssessorsAndBackAndTheFinalVersionFollows(@TempDir Path data) {
        DemoHost demo = DemoHost.start(new DemoConfig(0, data));
        try (Playwright playwright = Playwright.create();
                Browser browser = launch(playwright)) {
            String start = "http://127.0.0.1:" + demo.port() + "/";
            Page sanne = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            sanne.navigate(start);
            sanne.getByText("Verder als Sanne Jansen").click();
            sanne.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn paper")).click();
            handIn(sanne, "pa-concept", "Mijn concept: de klant aan het stuur bij het keukentafelgesprek.");

            Page marieke = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            marieke.navigate(start);
            marieke.getByText("Verder als Marieke de Vries").click();
            // The running Utrecht cohort: the one with work waiting (the finished one has none).
            marieke.locator("tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Utrecht"))
                    .locator("td[data-label='Stand'] a").filter(new com.microsoft.playwright.Locator.FilterOptions()
                            .setHasText("wachten op resultaat")).click();
            String runningCohort = marieke.url().replaceAll("/marking.*$", "");
            marieke.locator("a[href*='/marking/']").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Sanne Jansen, Conceptversie paper")).click();
            String markingUrl = marieke.url();
            mark(marieke, "Een helder concept.");

            Page henk = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            henk.navigate(start);
            henk.getByText("Verder als Henk Bosman").click();
            henk.navigate(markingUrl);
            mark(henk, "Goed leesbaar.");

            marieke.navigate(markingUrl);
            marieke.getByLabel("Feedback voor de student").fill("Sterk concept; onderbouw het verbetervoorstel met cijfers.");
            marieke.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitslag vaststellen")).click();
            marieke.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitslag vrijgeven aan de student")).click();
            marieke.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitslag vrijgeven aan de student")).click();
            assertThat(marieke.getByRole(AriaRole.STATUS).first().textContent()).contains("vrijgegeven");

            sanne.reload();
            assertThat(sanne.locator("#milestone-pa-concept .ll-result").textContent())
                    .contains("Beoordeling van versie 2", "Sterk concept; onderbouw het verbetervoorstel met cijfers.");
            handIn(sanne, "pa-eindversie", "Mijn eindversie, met cijfers over uitstroom.");
            assertThat(sanne.locator("#milestone-pa-eindversie").textContent()).contains("Ingeleverd");

            Page lotte = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            lotte.navigate(start);
            lotte.getByText("Verder als Lotte van Dijk").click();
            lotte.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn paper")).click();
            assertThat(lotte.locator("#milestone-pa-concept").textContent()).contains("Aangevraagd");
            marieke.navigate(runningCohort + "/extensions");
            marieke.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Toekennen Lotte van Dijk"))).click();
            marieke.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toekennen")).click();
            assertThat(marieke.getByRole(AriaRole.STATUS).first().textContent()).contains("De verlenging is toegekend");
            lotte.reload();
            assertThat(lotte.locator("#milestone-pa-concept").textContent()).contains("Toegekend").doesNotContain("Aangevraagd");

            Page ellen = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            ellen.navigate(start);
            ellen.getByText("Verder als Ellen Brouwer").click();
            ellen.locator("nav.ll-nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Resultaatverantwoording")).click();
            com.microsoft.playwright.Download csv = ellen.waitForDownload(() -> ellen.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Verantwoording downloaden"))).first().click());
            assertThat(csv.suggestedFilename()).endsWith(".csv");
        } finally {
            demo.stop();
        }
    }

    private static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getenv().getOrDefault("LEERLIJN_CHROMIUM", "/usr/bin/chromium")))
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--no-first-run")));
    }

    private static void handIn(Page student, String milestone, String text) {
        com.microsoft.playwright.Locator section = student.locator("#milestone-" + milestone);
        section.getByRole(com.microsoft.playwright.options.AriaRole.TEXTBOX, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Tekst")).fill(text);
        section.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Als nieuwe versie opslaan"))
                .click();
        // The stored version's page first: on the page before it, "the last inleveren link" is the previous version's.
        student.waitForURL(java.util.regex.Pattern.compile(".*notice=stored.*"));
        student.locator("#milestone-" + milestone).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("inleveren$"))).last().click();
        student.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("inleveren$"))).click();
        assertThat(student.getByRole(AriaRole.STATUS).first().textContent()).contains("Je versie is ingeleverd");
    }

    private static void mark(Page assessor, String feedback) {
        for (String criterion : List.of("vraagstelling", "onderbouwing", "verbetervoorstel", "reflectie")) {
            assessor.locator("#level-" + criterion + "-2").check();
        }
        assessor.getByLabel("Algemene feedback").fill(feedback);
        assessor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan en afronden")).click();
        assertThat(assessor.getByRole(AriaRole.STATUS).first().textContent()).contains("Je beoordeling is afgerond");
    }
}
