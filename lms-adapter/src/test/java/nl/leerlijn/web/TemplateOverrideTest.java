package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.access.Role;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverrideTest {

    @Test
    void aHostsTemplateReplacesLeerlijnsOwnAndStillUsesItsLayout(@TempDir Path overrides) throws IOException {
        Files.createDirectories(overrides.resolve("home"));
        Files.writeString(overrides.resolve("home/my-cohorts.ftlh"), """
                <#import "../layout.ftlh" as layout>
                <@layout.page><p>Welkom op het leerplein van Gemeente Utrecht</p></@layout.page>
                """);

        try (TestHost host = TestHost.withSettings(TestDatabase.H2, b -> b.templateOverrides(overrides))) {
            host.signIn("docent-anna", "Anna", Role.CORE_TEACHER, Optional.empty());
            HttpResponse<String> page = host.get("/", "X-Test-User", "docent-anna");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Welkom op het leerplein van Gemeente Utrecht", "Mijn leergangen", "leerlijn.css");
        }
    }

    @Test
    void aTemplateOutsideItsFeatureFolderReplacesNothing(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("my-cohorts.ftlh"), page("layout.ftlh", "Welkom op het leerplein"));

        try (TestHost host = TestHost.withSettings(TestDatabase.H2, b -> b.templateOverrides(overrides))) {
            host.signIn("docent-anna", "Anna", Role.CORE_TEACHER, Optional.empty());

            assertThat(host.get("/", "X-Test-User", "docent-anna").body()).contains("Mijn leergangen").doesNotContain("Welkom op het leerplein");
        }
    }

    @Test
    void anOverrideInUseIsReadAgainWhenItChangesOrGoesButOneAddedLaterOnlyAfterARestart(@TempDir Path overrides) throws Exception {
        Path home = Files.createDirectories(overrides.resolve("home")).resolve("my-cohorts.ftlh");
        Files.writeString(home, page("../layout.ftlh", "Welkom, eerste versie"));
        Path newCohort = Files.createDirectories(overrides.resolve("cohort")).resolve("new.ftlh");
        Files.writeString(newCohort, page("../layout.ftlh", "Eigen formulier"));

        try (TestHost host = TestHost.withSettings(TestDatabase.H2, b -> b.templateOverrides(overrides))) {
            host.signIn("docent-anna", "Anna", Role.CORE_TEACHER, Optional.empty());
            assertThat(host.get("/", "X-Test-User", "docent-anna").body()).contains("Welkom, eerste versie");
            assertThat(host.get("/bestaat-niet", "X-Test-User", "docent-anna").body()).contains("Niet gevonden");
            assertThat(host.get("/cohorts/new", "X-Test-User", "docent-anna").body()).contains("Eigen formulier");

            Files.delete(newCohort);
            Files.writeString(home, page("../layout.ftlh", "Welkom, tweede versie"));
            Files.setLastModifiedTime(home, FileTime.from(Instant.now().plusSeconds(1)));
            Files.writeString(overrides.resolve("error.ftlh"), page("layout.ftlh", "Eigen foutpagina"));
            // Overrides are looked at again at most every 5 seconds: wait until both changes show, then the error page has
            // had its chance too.
            String changedHome = eventually(() -> host.get("/", "X-Test-User", "docent-anna").body(), b -> b.contains("Welkom, tweede versie"));
            String ownForm = eventually(() -> host.get("/cohorts/new", "X-Test-User", "docent-anna").body(),
                    b -> !b.contains("Eigen formulier"));

            assertThat(changedHome).contains("Welkom, tweede versie");
            assertThat(ownForm).doesNotContain("Eigen formulier").contains("name=\"startDate\"");
            assertThat(host.get("/bestaat-niet", "X-Test-User", "docent-anna").body()).contains("Niet gevonden")
                    .doesNotContain("Eigen foutpagina");
        }
    }

    /** @return the first answer that satisfies {@code done}, asking again every 200 ms for at most 15 seconds; else the last */
    private static String eventually(java.util.function.Supplier<String> ask, java.util.function.Predicate<String> done) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
        String answer = ask.get();
        while (!done.test(answer) && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(200).toNanos());
            answer = ask.get();
        }
        return answer;
    }

    private static String page(String layout, String text) {
        return "<#import \"" + layout + "\" as layout>\n<@layout.page><p>" + text + "</p></@layout.page>\n";
    }

    @Test
    void aFailureWhileRenderingIsA500PageWithAReferenceAndNoStackTrace(@TempDir Path overrides) throws IOException {
        Files.createDirectories(overrides.resolve("cohort"));
        Files.writeString(overrides.resolve("cohort/new.ftlh"), "<p>${bestaatNiet.veld}</p>\n");

        try (TestHost host = TestHost.withSettings(TestDatabase.H2, b -> b.templateOverrides(overrides))) {
            host.signIn("docent-anna", "Anna", Role.CORE_TEACHER, Optional.empty());
            HttpResponse<String> page = host.get("/cohorts/new", "X-Test-User", "docent-anna");

            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("Er ging iets mis aan onze kant", "Noem deze code als je contact opneemt: ")
                    .doesNotContain("bestaatNiet", "freemarker", "Exception", "at nl.");
            assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        }
    }

    @Test
    void whenEvenTheErrorPageFailsTheAnswerIsAPlainSentenceWithTheReference(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("layout.ftlh"), "<#macro page>${kapot.veld}</#macro>\n");

        try (TestHost host = TestHost.withSettings(TestDatabase.H2, b -> b.templateOverrides(overrides))) {
            host.signIn("docent-anna", "Anna", Role.CORE_TEACHER, Optional.empty());
            HttpResponse<String> page = host.get("/", "X-Test-User", "docent-anna");

            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).startsWith("500 - Leerlijn: er ging iets mis / something went wrong (").doesNotContain("kapot");
        }
    }
}
