package nl.leerlijn.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The machine's Chromium (Debian's package, {@code /usr/bin/chromium}, or {@code LEERLIJN_CHROMIUM})
 * driven by Playwright, plus the axe-core check every page gets. One per test class.
 */
final class Chromium implements AutoCloseable {
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        Path executable = Path.of(System.getenv().getOrDefault("LEERLIJN_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The browser tests need Chromium at " + executable
                    + ": install it (apt-get install chromium) or point LEERLIJN_CHROMIUM at it");
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** @return a page in a fresh browser whose requests say they come from {@code user}, in Dutch */
    Page pageAs(String user) {
        return pageAs(user, 1280, 900);
    }

    /** @return the same, with a window of the given size (e.g. 320 wide for a phone) */
    Page pageAs(String user, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setExtraHTTPHeaders(user.isEmpty() ? Map.of() : Map.of("X-Test-User", user))
                .setLocale("nl-NL")
                .setViewportSize(width, height));
        return context.newPage();
    }

    /** Runs axe-core on the page as it is now and fails on any WCAG 2.1 A or AA violation. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        assertThat(results.getViolations()).as("WCAG 2.1 AA violations on %s:%n%s", page.url(), describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
