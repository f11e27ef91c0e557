package nl.leerlijn.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoHostTest {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @TempDir
    Path data;

    private HttpResponse<String> get(DemoHost demo, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.port() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStartPageNamesTheProgrammeTheCohortAndEveryDemoUserInDutch() throws Exception {
        DemoHost demo = DemoHost.start(new DemoConfig(0, data));
        try {
            HttpResponse<String> page = get(demo, "/");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html lang=\"nl\">", "De Effectieve Klantmanager Sociaal Domein", "Leergang ",
                    "Marieke de Vries", "Henk Bosman", "Tweede beoordelaar", "Zorggroep De Bilt", "Wmo-consulent",
                    "href=\"/leerlijn/static/leerlijn.css?v=demo\"");
            assertThat(page.body().split("Verder als ", -1)).hasSize(DemoPeople.EVERYONE.size() + 1);
            assertThat(DemoPeople.STUDENTS).hasSize(14);
        } finally {
            demo.stop();
        }
    }

    @Test
    void continuingAsADemoUserOpensTheirOwnLeerlijnPage() throws Exception {
        DemoHost demo = DemoHost.start(new DemoConfig(0, data));
        try {
            HttpResponse<String> choice = get(demo, "/demo/als/student-priya");
            String cookie = choice.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];

            HttpResponse<String> page = get(demo, choice.headers().firstValue("Location").orElseThrow(), "Cookie", cookie);

            assertThat(choice.statusCode()).isEqualTo(303);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Ingelogd als Priya Ramdin", "Mijn leergangen", "Deelnemer");
        } finally {
            demo.stop();
        }
    }

    @Test
    void theDemoLearningPlatformLaunchesLeerlijnWithLti() throws Exception {
        DemoHost demo = DemoHost.start(new DemoConfig(0, data));
        try {
            String lms = get(demo, "/demo/lms/").body();
            assertThat(lms).contains(DemoPlatform.COURSE_TITLE, "Karin Mulder", "Lotte Hendriks", "Nog geen cijfers");
            String course = get(demo, "/demo/lms/cursus?als=karin").body();
            java.util.regex.Matcher frame = java.util.regex.Pattern.compile("src=\"http://localhost:\\d+(/leerlijn/lti/login[^\"]+)\"")
                    .matcher(course);
            assertThat(frame.find()).as(course).isTrue();

            HttpResponse<String> login = get(demo, frame.group(1).replace("&amp;", "&"));
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
            java.util.regex.Matcher auth = java.util.regex.Pattern.compile("data-next=\"http://127\\.0\\.0\\.1:\\d+([^\"]+)\"").matcher(login.body());
            assertThat(auth.find()).isTrue();
            String form = get(demo, auth.group(1).replace("&amp;", "&")).body();
            java.util.regex.Matcher fields = java.util.regex.Pattern.compile("name=\"id_token\" value=\"([^\"]+)\".*name=\"state\" value=\"([^\"]+)\"",
                    java.util.regex.Pattern.DOTALL).matcher(form);
            assertThat(fields.find()).as(form).isTrue();
            HttpResponse<String> launched = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + demo.port() + "/leerlijn/lti/launch"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString("id_token=" + fields.group(1) + "&state=" + fields.group(2))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(launched.statusCode()).as(launched.body()).isEqualTo(303);
            String landing = launched.headers().firstValue("Location").orElseThrow();
            assertThat(landing).matches("/leerlijn/s/[A-Za-z0-9_-]+/lti/koppelen");
            assertThat(get(demo, landing).body()).contains("Cursus koppelen aan een leergang", DemoPlatform.COURSE_TITLE, "Demo-leeromgeving");
        } finally {
            demo.stop();
        }
    }

    @Test
    void anUnknownDemoUserCannotBeChosen() throws Exception {
        DemoHost demo = DemoHost.start(new DemoConfig(0, data));
        try {
            assertThat(get(demo, "/demo/als/iemand-anders").statusCode()).isEqualTo(404);
            assertThat(get(demo, "/leerlijn/", "Cookie", DemoIdentity.COOKIE + "=iemand-anders").statusCode()).isEqualTo(401);
        } finally {
            demo.stop();
        }
    }

    @Test
    void aSecondStartOnTheSameDataKeepsItAndDoesNotSeedTwice() throws Exception {
        DemoHost.start(new DemoConfig(0, data)).stop();
        DemoHost.start(new DemoConfig(0, data)).stop();

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("leerlijn"), "sa", "");
                Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM ll_cohort")).isEqualTo(4);
            assertThat(count(s, "SELECT COUNT(*) FROM ll_participant")).isEqualTo(DemoPeople.STUDENTS.size() + DemoPeople.NEXT_COHORT.size()
                    + DemoPeople.GRADUATES.size() + DemoPeople.ALUMNI.size());
            assertThat(count(s, "SELECT COUNT(*) FROM ll_cohort_staff")).isEqualTo(7);
        }
    }

    @Test
    void aBadPortIsRefusedInOneSentence() {
        assertThatThrownBy(() -> DemoConfig.from(Map.of("LEERLIJN_PORT", "achtduizend", "LEERLIJN_DATA", data.toString())))
                .isInstanceOf(DemoConfig.Invalid.class)
                .hasMessage("LEERLIJN_PORT must be a port number from 1 to 65535, but is \"achtduizend\".");
        assertThatThrownBy(() -> DemoConfig.from(Map.of("LEERLIJN_PORT", "70000", "LEERLIJN_DATA", data.toString())))
                .isInstanceOf(DemoConfig.Invalid.class);
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsRefusedInOneSentence() throws IOException {
        Path file = Files.writeString(data.resolve("a-file"), "not a folder");

        assertThatThrownBy(() -> DemoConfig.from(Map.of("LEERLIJN_DATA", file.resolve("data").toString())))
                .isInstanceOf(DemoConfig.Invalid.class)
                .hasMessageStartingWith("The data directory " + file.resolve("data"))
                .hasMessageContaining("(LEERLIJN_DATA) cannot be created");
    }

    @Test
    void startingTheDemoWithABadPortPrintsOneSentenceAndNoStackTrace() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DemoHost.class.getName())
                .redirectErrorStream(true);
        builder.environment().put("LEERLIJN_PORT", "poort");
        builder.environment().put("LEERLIJN_DATA", data.toString());
        Process process = builder.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(process.getInputStream().readAllBytes()).lines().toList();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .endsWith("LEERLIJN_PORT must be a port number from 1 to 65535, but is \"poort\"."));
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
