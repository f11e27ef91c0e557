package nl.leerlijn.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's Chromium (Debian's package, {@code /usr/bin/chromium}, or {@code LEERLIJN_CHROMIUM})
 * driven by Playwright, plus the checks every page gets: axe-core and no sideways scrolling. One per test class.
 */
final class Chromium implements AutoCloseable {
    /** How long a locator or an assertion waits: pages come from a local Jetty, so a miss need not cost 30 s. */
    static final double TIMEOUT_MS = 10_000;
    /** axe-core as the axe-core/playwright package ships it, given to every page once instead of sent along with every run. */
    private static final String AXE = AxeBuilder.getAxeScript();
    private static final String RUN_AXE = """
            async () => JSON.stringify(await axe.run(document, {
              runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
              resultTypes: ['violations', 'incomplete']}))""";
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        this(List.of());
    }

    /** @param extraArgs more command-line switches, e.g. {@code --test-third-party-cookie-phaseout} to block third-party cookies */
    Chromium(List<String> extraArgs) {
        Path executable = Path.of(System.getenv().getOrDefault("LEERLIJN_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("The browser tests need Chromium at " + executable
                    + ": install it (apt-get install chromium) or point LEERLIJN_CHROMIUM at it");
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(java.util.stream.Stream.concat(java.util.stream.Stream.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"),
                        extraArgs.stream()).toList()));
    }

    /** @return a page in a fresh browser whose requests say they come from {@code user}, in Dutch */
    Page pageAs(String user) {
        return pageAs(user, 1280, 900);
    }

    /** @return the same, with a window of the given size (e.g. 320 wide for a phone) */
    Page pageAs(String user, int width, int height) {
        return pageAs(user, width, height, "nl-NL");
    }

    /** @return the same, with a browser that asks for pages in the given language, e.g. {@code en-GB} */
    Page pageAs(String user, int width, int height, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setExtraHTTPHeaders(user.isEmpty() ? Map.of() : Map.of("X-Test-User", user))
                .setLocale(locale)
                .setViewportSize(width, height));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(3 * TIMEOUT_MS);
        context.addInitScript(AXE);
        return context.newPage();
    }

    /**
     * Runs axe-core on the page as it is now and fails on any WCAG 2.1 A or AA violation or breach of axe's best
     * practices (heading order, one main, unique landmarks, ...), and on a contrast axe only calls "incomplete" although
     * it measured both colours (such as text in the colour of its own background).
     */
    static void assertAccessible(Page page) {
        AxeResults results = analyze(page);
        AxeFindings findings = AxeFindings.of(results);
        findings.logUndetermined(page.url());
        assertThat(findings.failures()).as("Accessibility problems (WCAG 2.1 AA, axe best practices) on %s:%n%s", page.url(), findings.describe()).isEmpty();
    }

    /** The same check for a frame: a page of Leerlijn shown inside a platform's page. */
    static void assertAccessible(com.microsoft.playwright.Frame frame) {
        if (!Boolean.TRUE.equals(frame.evaluate("() => typeof window.axe === 'object'"))) {
            frame.evaluate(AXE);
        }
        AxeResults results;
        try {
            results = JSON.readValue((String) frame.evaluate(RUN_AXE), AxeResults.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("axe-core's results on " + frame.url() + " could not be read", e);
        }
        AxeFindings findings = AxeFindings.of(results);
        findings.logUndetermined(frame.url());
        assertThat(findings.failures()).as("Accessibility problems (WCAG 2.1 AA, axe best practices) on %s:%n%s", frame.url(),
                findings.describe()).isEmpty();
    }

    /** @return a page in a fresh browser context without any identity of the host, in Dutch */
    Page anonymousPage(int width, int height) {
        return pageAs("", width, height);
    }

    private static AxeResults analyze(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(AXE);
        }
        try {
            return JSON.readValue((String) page.evaluate(RUN_AXE), AxeResults.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("axe-core's results on " + page.url() + " could not be read", e);
        }
    }

    /**
     * Checks the page with axe at 1280 px, then at 320 px (where it must not scroll sideways either), and leaves the window
     * at 1280 × 900.
     */
    static void assertAccessibleAtBothWidths(Page page) {
        assertAccessible(page);
        page.setViewportSize(320, 640);
        assertNoSidewaysScroll(page);
        assertAccessible(page);
        page.setViewportSize(1280, 900);
    }

    /**
     * Fails when the page is wider than the window, naming the widest element that sticks out on the right (outside any
     * element that scrolls on its own).
     */
    static void assertNoSidewaysScroll(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>) page.evaluate(SIDEWAYS);
        int window = ((Number) widths.get("window")).intValue();
        int widest = Math.max(((Number) widths.get("document")).intValue(), ((Number) widths.get("body")).intValue());
        assertThat(widest).as("%s scrolls sideways: %d px wide in a window of %d px; widest element sticking out: %s", page.url(), widest,
                window, widths.get("widest")).isLessThanOrEqualTo(window);
    }

    /** Finds the elements whose box or content reaches past the window, and of those the widest that holds no other. */
    private static final String SIDEWAYS = """
            () => {
              const edge = window.innerWidth + 0.5;
              const outOfFlow = style => style.position === 'absolute' || style.position === 'fixed';
              const scrolls = el => { let loose = outOfFlow(getComputedStyle(el));
                  for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                    const style = getComputedStyle(a); const contains = !loose || style.position !== 'static';
                    if (contains && style.overflowX !== 'visible') return true;
                    if (contains) loose = outOfFlow(style);
                  } return false; };
              const extent = el => { const r = el.getBoundingClientRect();
                  return getComputedStyle(el).overflowX === 'visible' ? Math.max(r.right, r.left + el.scrollWidth) : r.right; };
              const out = el => el.getBoundingClientRect().width > 0 && extent(el) > edge && !scrolls(el);
              const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + [...el.classList].map(c => '.' + c).join('');
              const path = el => { const parts = []; for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(name(e)); return parts.join(' > '); };
              let widest = null;
              for (const el of document.body.querySelectorAll('*')) {
                if (!out(el) || [...el.children].some(out)) continue;
                const width = Math.round(extent(el) - el.getBoundingClientRect().left);
                if (!widest || width > widest.width) widest = { selector: path(el), width: width, right: Math.round(extent(el)) };
              }
              return { window: window.innerWidth, document: document.documentElement.scrollWidth, body: document.body.scrollWidth,
                       widest: widest ? widest.selector + ' (' + widest.width + ' px wide, reaching ' + widest.right + ' px)' : 'none' };
            }""";

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
