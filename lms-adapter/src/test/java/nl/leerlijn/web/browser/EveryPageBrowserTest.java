package nl.leerlijn.web.browser;

import static nl.leerlijn.web.browser.BusyCohort.ANNA;
import static nl.leerlijn.web.browser.BusyCohort.BEHEER;
import static nl.leerlijn.web.browser.BusyCohort.BOB;
import static nl.leerlijn.web.browser.BusyCohort.EVA;
import static nl.leerlijn.web.browser.BusyCohort.WILHELMINA;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.TestHost;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page the servlet answers a GET with (downloads and feeds aside; the list follows {@code RouteAccessTest.table()}),
 * including the confirmation pages, for each person allowed to see it, on a desktop (1280×900) and a phone (320×640):
 * axe-core finds nothing and nothing scrolls sideways. A few key pages are saved as screenshots in
 * {@code target/screenshots} to look at. Intervisie appears here before any group is formed; its pages with groups,
 * meetings and cases are walked with axe at both widths by {@code IntervisionBrowserTest}.
 */
class EveryPageBrowserTest {
    private static final int[][] WIDTHS = {{1280, 900}, {320, 640}};
    private static final Set<String> SCREENSHOTS = Set.of("/", "/cohorts/{c}", "/cohorts/{c}/participants/{p}", "/programme", "/paper",
            "/marking/{compared}", "/cohorts/{c}/schedule/{item}/attendance", "/cohorts/{c}/extensions", "/praktijk", "/cohorts/{c}/duos");
    private static Chromium chromium;
    private static TestHost host;
    private static BusyCohort cohort;

    /** A page and who may see it. */
    record Visit(String path, Set<String> people) {
        Visit(String path, String... people) {
            this(path, Set.of(people));
        }
    }

    static List<Visit> pages() {
        return List.of(
                new Visit("/", ANNA, BOB, WILHELMINA, EVA, BEHEER),
                new Visit("/cohorts/new", ANNA, BEHEER),
                new Visit("/cohorts/{c}", ANNA, BOB, BEHEER),
                new Visit("/cohorts/{c}/staff", ANNA, BOB, BEHEER),
                new Visit("/cohorts/{c}/participants/new", ANNA, BEHEER),
                new Visit("/cohorts/{c}/participants/{p}", ANNA, BOB, EVA, BEHEER),
                new Visit("/cohorts/{c}/participants/{p}/withdraw", ANNA),
                new Visit("/cohorts/{c}/participants/{p}/extension", ANNA),
                new Visit("/cohorts/{c}/import", ANNA),
                new Visit("/profile", WILHELMINA),
                new Visit("/programme", WILHELMINA, ANNA),
                new Visit("/cohorts/{c}/schedule", ANNA, BOB),
                new Visit("/cohorts/{c}/schedule/{item}", ANNA),
                new Visit("/cohorts/{c}/schedule/{item}/attendance", ANNA),
                new Visit("/calendar", WILHELMINA, ANNA),
                new Visit("/paper", WILHELMINA),
                new Visit("/paper/versions/{draft}/submit", WILHELMINA),
                new Visit("/paper/versions/{compared}/compare", ANNA, BOB, EVA),
                new Visit("/cohorts/{c}/extensions", ANNA, BEHEER),
                new Visit("/cohorts/{c}/extensions/{e}/approve", ANNA),
                new Visit("/cohorts/{c}/extensions/{e}/refuse", ANNA),
                new Visit("/cohorts/{c}/marking", ANNA, BOB),
                new Visit("/cohorts/{c}/marking/release", ANNA),
                new Visit("/marking/{released}", ANNA, BOB),
                new Visit("/marking/{compared}", ANNA, BOB),
                new Visit("/marking/{agreed}", ANNA),
                new Visit("/marking/{agreed}/release", ANNA),
                new Visit("/results", EVA, BEHEER),
                new Visit("/results/{c}", ANNA, EVA, BEHEER),
                new Visit("/results/versions/{released}", ANNA, EVA, BEHEER),
                new Visit("/cohorts/{c}/intervisie", ANNA, BEHEER),
                new Visit("/intervisie", WILHELMINA),
                new Visit("/praktijk", WILHELMINA),
                new Visit("/cohorts/{c}/duos", ANNA, BOB, BEHEER),
                new Visit("/results/{c}/bewaartermijnen", ANNA, EVA),
                new Visit("/mijn-gegevens", WILHELMINA, ANNA),
                new Visit("/notifications", ANNA, WILHELMINA),
                new Visit("/notifications/settings", ANNA, BOB, WILHELMINA, EVA, BEHEER));
    }

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

    static String fill(String path, BusyCohort cohort) {
        Map<String, Long> ids = new java.util.HashMap<>(cohort.versions);
        ids.put("c", cohort.cohort);
        ids.put("p", cohort.participants.get(WILHELMINA));
        ids.put("item", cohort.session);
        ids.put("e", cohort.extensionRequested);
        String filled = path;
        for (Map.Entry<String, Long> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", Long.toString(id.getValue()));
        }
        return filled;
    }

    @Test
    void everyPageIsAccessibleAndFitsTheWindowForEveryoneWhoMaySeeIt_onADesktopAndOnAPhone() {
        SoftAssertions softly = new SoftAssertions();
        Set<String> people = pages().stream().flatMap(v -> v.people().stream()).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String person : people) {
            Page page = chromium.pageAs(person, WIDTHS[0][0], WIDTHS[0][1]);
            pages().stream().filter(v -> v.people().contains(person)).forEach(visit -> check(page, visit.path(), person, softly));
            page.context().close();
        }
        softly.assertAll();
    }

    /** Loads the page once and checks it at each width: the layout follows the window, the page need not come again. */
    private static void check(Page page, String path, String person, SoftAssertions softly) {
        Response response = page.navigate(host.url(fill(path, cohort)));
        softly.assertThat(response.status()).as("%s as %s", path, person).isEqualTo(200);
        for (int[] size : WIDTHS) {
            page.setViewportSize(size[0], size[1]);
            softly.check(() -> Chromium.assertAccessible(page));
            softly.check(() -> Chromium.assertNoSidewaysScroll(page));
            if (SCREENSHOTS.contains(path) && person.equals(path.equals("/programme") || path.equals("/paper") || path.equals("/praktijk") ? WILHELMINA : ANNA)) {
                screenshot(page, path);
            }
        }
    }

    static void screenshot(Page page, String name) {
        String file = (name.replaceAll("[{}]", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "-"
                + page.viewportSize().width).replaceAll("^-", "home-");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of("target", "screenshots", file + ".png")));
    }
}
