package nl.leerlijn.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The demo's settings, from the environment: {@code LEERLIJN_PORT} (default 8080) and
 * {@code LEERLIJN_DATA} (default {@code ./leerlijn-data}).
 *
 * @param port 0 (any free port, for tests) to 65535
 * @param dataDirectory where the H2 database lives; exists and is writable
 */
record DemoConfig(int port, Path dataDirectory) {

    /** @return where people reach Leerlijn in the demo, for the addresses it shows (the calendar feed) */
    java.net.URI baseUrl() {
        return java.net.URI.create("http://localhost" + (port == 0 ? "" : ":" + port) + "/leerlijn");
    }

    /** A setting that cannot work; the message is one sentence for the person starting the demo. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    static DemoConfig from(Map<String, String> environment) {
        return new DemoConfig(port(environment.getOrDefault("LEERLIJN_PORT", "8080").strip()),
                dataDirectory(environment.getOrDefault("LEERLIJN_DATA", "leerlijn-data").strip()));
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        throw new Invalid("LEERLIJN_PORT must be a port number from 1 to 65535, but is \"" + value + "\".");
    }

    private static Path dataDirectory(String value) {
        Path directory = Path.of(value.isEmpty() ? "leerlijn-data" : value).toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException | RuntimeException e) {
            throw new Invalid("The data directory " + directory + " (LEERLIJN_DATA) cannot be created: "
                    + e.getClass().getSimpleName() + ".");
        }
        Path probe = directory.resolve(".write-test");
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new Invalid("The data directory " + directory + " (LEERLIJN_DATA) is not writable.");
        }
        return directory;
    }
}
