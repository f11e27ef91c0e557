package nl.leerlijn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoStartPageBrowserTest {

    @Test
    void theDemoStartPageIsAccessibleAndContinuingAsSomeoneOpensTheirPage(@TempDir Path data) {
        DemoHost demo = DemoHost.start(new DemoConfig(0, data));
        try (Playwright playwright = Playwright.create();
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getenv().getOrDefault("LEERLIJN_CHROMIUM", "/usr/bin/chromium")))
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                "--disable-component-update", "--no-first-run")))) {
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
}
