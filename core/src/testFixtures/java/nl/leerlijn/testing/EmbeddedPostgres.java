package nl.leerlijn.testing;

import com.sun.security.auth.module.UnixSystem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server for tests, from the binaries zonky publishes on Maven Central (no
 * install needed). PostgreSQL refuses to run as root, so when the tests run as root (as on CI
 * here) the server runs as user {@code nobody} through {@code setpriv}. One server per JVM,
 * started on first use and stopped when the JVM exits.
 */
final class EmbeddedPostgres {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;
    private static EmbeddedPostgres running;

    private final Path home;
    private final int port;
    private final Process server;

    private EmbeddedPostgres(Path home, int port, Process server) {
        this.home = home;
        this.port = port;
        this.server = server;
    }

    static synchronized EmbeddedPostgres get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "embedded-postgres-stop"));
        }
        return running;
    }

    /** @return a JDBC URL for the {@code postgres} database, as superuser {@code postgres} */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    private static EmbeddedPostgres start() {
        try {
            Instant begun = Instant.now();
            Path home = Files.createTempDirectory("leerlijn-pg-");
            Path bin = extract(home.resolve("pg"));
            Path data = home.resolve("data");
            boolean root = new UnixSystem().getUid() == 0;
            if (root) {
                run(List.of("chown", "-R", NOBODY + ":" + NOBODY, home.toString()));
            }
            run(asServerUser(root, List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync")));
            int port = freePort();
            Process server = new ProcessBuilder(asServerUser(root, List.of(bin.resolve("postgres").toString(),
                    "-D", data.toString(), "-p", Integer.toString(port), "-h", "127.0.0.1", "-k", home.toString(),
                    "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    "-c", "max_connections=200")))
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("server.log").toFile())
                    .start();
            EmbeddedPostgres postgres = new EmbeddedPostgres(home, port, server);
            postgres.awaitReady();
            LOG.info("Embedded PostgreSQL ready on port {} in {} ms", port, Duration.between(begun, Instant.now()).toMillis());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private static List<String> asServerUser(boolean root, List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plusSeconds(60);
        SQLException last = null;
        try {
            while (Instant.now().isBefore(deadline)) {
                try (Connection connection = DriverManager.getConnection(url())) {
                    if (connection.isValid(5)) {
                        return;
                    }
                } catch (SQLException e) {
                    last = e;
                }
                if (server.waitFor(100, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("Embedded PostgreSQL stopped at start-up; see " + home.resolve("server.log"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
        throw new IllegalStateException("Embedded PostgreSQL did not accept connections within 60 s", last);
    }

    private void stop() {
        server.destroy();
        try {
            server.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove {}", home, e);
        }
    }

    private static Path extract(Path target) throws IOException {
        try (InputStream raw = EmbeddedPostgres.class.getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IllegalStateException("No PostgreSQL binaries on the test classpath (" + ARCHIVE + ")");
            }
            TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)));
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(file.getParent());
                    Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(tar, file);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        return target.resolve("bin");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException("Command failed: " + String.join(" ", command) + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + command, e);
        }
    }
}
