package nl.leerlijn.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.web.security.HostUser;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Leerlijn mounted as a host would: under context path {@code /lms} and servlet path
 * {@code /leerlijn/*}, in a real Jetty on a free loopback port. Who is signed in comes from the
 * {@code X-Test-User} header, looked up in the users the test registered.
 */
public final class TestHost implements AutoCloseable {
    public static final String PREFIX = "/lms/leerlijn";

    private final Server server;
    private final Leerlijn leerlijn;
    private final TestDatabase.Fresh database;
    private final Map<String, HostUser> users = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestHost(TestDatabase kind) throws Exception {
        database = kind.fresh();
        leerlijn = Leerlijn.builder()
                .dataSource(database.dataSource())
                .clock(Clock.fixed(CoreFixture.NOW, ZoneOffset.UTC))
                .hostIdentity(request -> Optional.ofNullable(request.getHeader("X-Test-User")).map(users::get))
                .frameAncestors("'self' https://lms.example.nl")
                .build();
        leerlijn.migrate();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/lms");
        context.addServlet(new ServletHolder(leerlijn.servlet()), "/leerlijn/*");
        server.setHandler(context);
        server.start();
    }

    public static TestHost start(TestDatabase kind) {
        try {
            return new TestHost(kind);
        } catch (Exception e) {
            throw new IllegalStateException("Test host did not start", e);
        }
    }

    public Leerlijn leerlijn() {
        return leerlijn;
    }

    /** Makes the person known to the host; @return their header value */
    public String signIn(String id, String name, Role role, Optional<java.util.Locale> locale) {
        users.put(id, new HostUser(new UserId(id), name, id + "@example.org", Set.of(role), locale));
        return id;
    }

    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + PREFIX + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() throws Exception {
        server.stop();
        database.close();
    }
}
