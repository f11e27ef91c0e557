package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.RouteAccessTest.Case;
import nl.leerlijn.web.RouteAccessTest.Who;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks every route of {@link RouteAccessTest}'s table as every kind of person with what a page does not expect: ids of
 * another cohort's things, of nothing, of the wrong kind of thing, ids that are no number; query values no page offers;
 * form values that are no level, no date, no choice or 5 MB long; files that are no document. Whatever comes in, the
 * answer is a page or a download: never a 500, never a stack trace, never the markup that was sent, and a refusal is a 4xx
 * page in the asker's language. The walk changes what it walks (a kerndocent's decision comes before the
 * administrator's), so deciding twice and the like are walked too. The walk runs on H2; {@code -Dwalk.database=POSTGRESQL}
 * walks on PostgreSQL (some 15 minutes), which stores less than H2 does (no NUL character, no year past 294276).
 */
class RefusalWalkTest {
    private static final TestDatabase DATABASE = TestDatabase.valueOf(System.getProperty("walk.database", "H2"));

    static Stream<Arguments> routes() {
        List<Case> table = RouteAccessTest.table().toList();
        return table.stream().map(c -> Arguments.of(c, table.indexOf(c)));
    }

    @Test
    void theWalkCoversEveryRouteTheServletAnswersAndHasJunkForEveryPathParameter() {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            List<String> registered = host.leerlijn().routes().stream().map(r -> r.method() + " " + r.pattern()).toList();
            List<String> walked = routes().map(a -> (Case) a.get()[0])
                    .map(c -> c.method() + " " + c.pattern().replace("{draftId}", "{submissionId}")
                            .replace("{practiceDraftId}", "{submissionId}").replace("{practice}", "{activity}")
                            .replace("{duoWork}", "{activity}").replace("{sessionKey}", "{activity}")).toList();

            assertThat(walked).containsExactlyInAnyOrderElementsOf(registered);
            Map<String, String> ids = WalkFixture.build(host);
            routes().map(a -> (Case) a.get()[0]).flatMap(c -> Walk.parameters(c.pattern()).stream())
                    .forEach(p -> assertThat(Junk.pathValues(p, ids)).as("junk for {%s}", p).isNotEmpty());
        }
    }

    private static TestHost sharedHost;
    private static Map<String, String> sharedIds;

    private static synchronized TestHost sharedHost() {
        if (sharedHost == null) {
            sharedHost = TestHost.start(DATABASE);
            sharedIds = WalkFixture.build(sharedHost);
        }
        return sharedHost;
    }

    @org.junit.jupiter.api.AfterAll
    static void closeSharedHost() {
        if (sharedHost != null) {
            sharedHost.close();
            sharedHost = null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void noJunkMakesARouteFail(Case route, int number) {
        // Junk in a GET changes nothing: the GETs share one set-up; every form gets a fresh one.
        boolean shared = route.method().equals("GET");
        try (TestHost fresh = shared ? null : TestHost.start(DATABASE)) {
            TestHost host = shared ? sharedHost() : fresh;
            Walk walk = new Walk(host, shared ? sharedIds : WalkFixture.build(host), route, number);

            walk.junkInThePath();
            walk.junkInTheQuery();
            walk.junkInTheForm();
            walk.junkFiles();

            assertThat(walk.client().problems()).as("%s: %d requests", route, walk.client().sent()).isEmpty();
        }
    }

    @Test
    void aNulCharacterAnywhereInAFormIsRefusedBeforeAnyHandlerSeesIt() {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            Map<String, String> ids = WalkFixture.build(host);
            WalkClient client = new WalkClient(host);
            Locale dutch = Locale.forLanguageTag("nl");
            RouteAccessTest.table().filter(c -> c.method().equals("POST")).forEach(route -> {
                String path = RouteAccessTest.fill(route.pattern(), ids);
                Who who = Walk.firstAllowed(route);
                Map<String, String> form = new HashMap<>();
                route.form().forEach((name, value) -> form.put(RouteAccessTest.fill(name, ids), value));
                form.put("opmerking", "nul\u0000nul");
                int status = route.pattern().equals(Walk.UPLOAD) || route.pattern().equals(Walk.IMPORT)
                        ? client.multipart(path, who, dutch, form, "file", "bestand.pdf", Walk.PDF) : client.post(path, who, dutch, form);
                assertThat(status).as("POST %s as %s", path, who).isEqualTo(400);
            });
            assertThat(client.problems()).isEmpty();
        }
    }
}
