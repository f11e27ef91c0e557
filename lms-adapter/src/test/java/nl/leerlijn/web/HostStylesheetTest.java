package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerlijn.access.Role;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostStylesheetTest {
    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]*)\">");

    @Test
    void everyPageLinksTheHostsStylesheetAfterLeerlijnsSoTheHostsRulesWin() {
        try (TestHost host = TestHost.withSettings(TestDatabase.H2, b -> b.hostStylesheet("/assets/lms-theme.css?v=3"))) {
            host.signIn("docent-anna", "Anna", Role.CORE_TEACHER, Optional.empty());

            HttpResponse<String> home = host.get("/", "X-Test-User", "docent-anna");
            HttpResponse<String> notSignedIn = host.get("/");

            assertThat(stylesheets(home.body())).hasSize(2).last().isEqualTo("/assets/lms-theme.css?v=3");
            assertThat(stylesheets(home.body()).get(0)).startsWith(TestHost.PREFIX + "/static/leerlijn.css");
            assertThat(notSignedIn.statusCode()).isEqualTo(401);
            assertThat(stylesheets(notSignedIn.body())).hasSize(2).last().isEqualTo("/assets/lms-theme.css?v=3");
        }
    }

    @Test
    void theContentSecurityPolicyAllowsTheHostsStylesheetBecauseItIsOnTheSameOrigin() {
        try (TestHost host = TestHost.withSettings(TestDatabase.H2, b -> b.hostStylesheet("/assets/lms-theme.css"))) {
            host.signIn("docent-anna", "Anna", Role.CORE_TEACHER, Optional.empty());

            HttpResponse<String> home = host.get("/", "X-Test-User", "docent-anna");

            String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(Arrays.stream(csp.split(";")).map(String::strip).filter(d -> d.startsWith("style-src ")))
                    .containsExactly("style-src 'self'");
            assertThat(stylesheets(home.body())).last().satisfies(href -> assertThat(href).startsWith("/").doesNotStartWith("//"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cdn.example.nl/theme.css", "//cdn.example.nl/theme.css", "/\\cdn.example.nl/theme.css",
            "assets/theme.css", "javascript:alert(1)", "/assets/theme.css\" onload=\"alert(1)", "/assets/my theme.css",
            "/assets/theme.css'", " /assets/theme.css", "/assets/theme.css#x", "/", ""})
    void aStylesheetThatIsNotASameOriginPathIsRefusedWhenLeerlijnIsConfigured(String path) {
        assertThatThrownBy(() -> Leerlijn.builder().hostStylesheet(path))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a path on the same origin as Leerlijn's pages, such as /assets/lms-theme.css")
                .hasMessageEndingWith("refused: \"" + path + "\"");
    }

    @Test
    void noStylesheetIsRefusedToo() {
        assertThatThrownBy(() -> Leerlijn.builder().hostStylesheet(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("refused: null");
    }

    @Test
    void withoutAHostStylesheetOnlyLeerlijnsIsLinked() {
        try (TestHost host = TestHost.start(TestDatabase.H2)) {
            host.signIn("docent-anna", "Anna", Role.CORE_TEACHER, Optional.empty());

            HttpResponse<String> home = host.get("/", "X-Test-User", "docent-anna");

            assertThat(stylesheets(home.body())).singleElement().satisfies(href -> assertThat(href)
                    .startsWith(TestHost.PREFIX + "/static/leerlijn.css"));
            assertThat(home.body()).doesNotContain("rel=\"stylesheet\" href=\"\"");
        }
    }

    private static java.util.List<String> stylesheets(String page) {
        Matcher m = STYLESHEET.matcher(page);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
