package nl.leerlijn.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Builds the host projects in {@code consumer-test/host} with Maven, outside Leerlijn's reactor, against the artifacts
 * this build just installed, and runs their tests (both start-up orders of the host's Flyway and Leerlijn's
 * {@code migrate()}, on H2 and on PostgreSQL, pages as a kerndocent and a student, a forgotten {@code migrate()}).
 */
class ConsumerIT {
    /** The hosts: one with nothing of Leerlijn but leerlijn-lms-adapter, one importing leerlijn-bom, one on the lowest versions. */
    enum Variant {
        ONLY_THE_ADAPTER("pom.xml"),
        WITH_THE_BOM("pom-bom.xml"),
        LOWEST_SUPPORTED_VERSIONS("pom.xml", "-Plowest-supported");

        final String pom;
        final List<String> arguments;

        Variant(String pom, String... arguments) {
            this.pom = pom;
            this.arguments = List.of(arguments);
        }
    }

    private static final Pattern SUITE = Pattern.compile("<testsuite [^>]*?tests=\"(\\d+)\"[^>]*?errors=\"(\\d+)\"[^>]*?skipped=\"(\\d+)\"[^>]*?failures=\"(\\d+)\"");

    @ParameterizedTest
    @EnumSource(Variant.class)
    void theHostBuildsAndItsTestsPass(Variant variant) throws Exception {
        Path project = copyHost(variant);
        Path log = project.resolve("build.log");
        List<String> command = new ArrayList<>(List.of(maven(), "--batch-mode", "--no-transfer-progress", "-f", variant.pom, "test",
                "--settings", settings().toString(),
                "-Dmaven.repo.local=" + System.getProperty("consumer.repository"),
                "-Dleerlijn.version=" + System.getProperty("leerlijn.version"),
                "-Dleerlijn.postgres.url=" + TestDatabase.postgresServer()));
        if (Boolean.parseBoolean(System.getProperty("maven.offline"))) {
            command.addAll(List.of("--offline", "-Daether.offline.protocols=file"));
        }
        command.addAll(variant.arguments);

        Process build = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = build.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            build.destroyForcibly();
        }

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished && build.exitValue() == 0).as("the %s host's build (log: %s)%n%s", variant, log, tail(output)).isTrue();
        int[] counts = surefireCounts(project.resolve("target/surefire-reports"));
        assertThat(counts[0]).as("tests run in the %s host", variant).isEqualTo(7);
        assertThat(counts[1] + counts[2] + counts[3]).as("errors, skipped and failures in the %s host", variant).isZero();
    }

    /**
     * Settings for the hosts' builds: their local repository holds the Leerlijn artifacts this build installed there
     * (and what they depend on); whatever else a host needs (its container, logging, plugins) comes from this build's
     * local repository, used as a remote one, before Maven Central.
     */
    private static Path settings() throws IOException {
        String build = Path.of(System.getProperty("maven.repo.local")).toUri().toString();
        String repository = "<id>this-build</id><url>" + build + "</url>"
                + "<releases><enabled>true</enabled></releases><snapshots><enabled>false</enabled></snapshots>";
        String settings = "<settings><profiles><profile><id>this-build</id>"
                + "<repositories><repository>" + repository + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>this-build</activeProfile></activeProfiles></settings>";
        Path file = Path.of(System.getProperty("consumer.work")).resolve("settings.xml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, settings, StandardCharsets.UTF_8);
        return file;
    }

    private static Path copyHost(Variant variant) throws IOException {
        Path source = Path.of(System.getProperty("consumer.hosts"));
        Path target = Path.of(System.getProperty("consumer.work")).resolve(variant.name().toLowerCase());
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(p -> !source.relativize(p).startsWith("target")).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    private static String maven() {
        Path home = Path.of(System.getProperty("maven.home"));
        return home.resolve("bin").resolve("mvn").toString();
    }

    private static int[] surefireCounts(Path reports) throws IOException {
        int[] counts = new int[4];
        if (!Files.isDirectory(reports)) {
            return counts;
        }
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
                Matcher suite = SUITE.matcher(Files.readString(report, StandardCharsets.UTF_8));
                if (suite.find()) {
                    for (int i = 0; i < 4; i++) {
                        counts[i] += Integer.parseInt(suite.group(i + 1));
                    }
                }
            }
        }
        return counts;
    }

    private static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 60), lines.length));
    }
}
