package nl.leerlijn.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestFolders;
import nl.leerlijn.web.security.CsrfTokens;
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

    private TestHost(TestDatabase kind, Function<DataSource, DataSource> wrap, UnaryOperator<Leerlijn.Builder> configure)
            throws Exception {
        database = kind.fresh();
        leerlijn = configure.apply(Leerlijn.builder().withoutBackgroundJobs()
                .dataSource(wrap.apply(database.dataSource()))
                .dataDirectory(TestFolders.fresh())
                .clock(Clock.fixed(CoreFixture.NOW, ZoneOffset.UTC))
                .hostIdentity(request -> Optional.ofNullable(request.getHeader("X-Test-User")).map(users::get))
                .frameAncestors("'self' https://lms.example.nl")
                .baseUrl(java.net.URI.create("https://lms.example.nl" + PREFIX)))
                .build();
        leerlijn.migrate();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/lms");
        ServletHolder holder = new ServletHolder(leerlijn.servlet());
        holder.getRegistration().setMultipartConfig(leerlijn.multipartConfig());
        context.addServlet(holder, "/leerlijn/*");
        server.setHandler(context);
        server.start();
    }

    public static TestHost start(TestDatabase kind) {
        return start(kind, Function.identity());
    }

    /** @param wrap wraps the database Leerlijn gets, e.g. to count its statements */
    public static TestHost start(TestDatabase kind, Function<DataSource, DataSource> wrap) {
        return start(kind, wrap, UnaryOperator.identity());
    }

    /** @param configure adds the host's own settings to the builder, e.g. template overrides */
    public static TestHost withSettings(TestDatabase kind, UnaryOperator<Leerlijn.Builder> configure) {
        return start(kind, Function.identity(), configure);
    }

    /**
     * @param wrap wraps the database Leerlijn gets
     * @param configure adds the host's own settings to the builder, e.g. a file store
     */
    public static TestHost start(TestDatabase kind, Function<DataSource, DataSource> wrap, UnaryOperator<Leerlijn.Builder> configure) {
        try {
            return new TestHost(kind, wrap, configure);
        } catch (Exception e) {
            throw new IllegalStateException("Test host did not start", e);
        }
    }

    /** @return the test database's data source, for a look at what is stored */
    public DataSource dataSource() {
        return database.dataSource();
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build(), path);
    }

    /** @return a token as the servlet embeds it in this user's forms (same secret, same code) */
    public String tokenFor(String user) {
        return new CsrfTokens(() -> leerlijn.core().secrets().get("csrf"), leerlijn.core().clock()).issue(new UserId(user));
    }

    /** @return the CSRF token in the first form of a rendered page */
    public static String tokenIn(String page) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No form with a CSRF token on the page");
        }
        return m.group(1);
    }

    /** POSTs a form as the user, with a valid CSRF token unless the fields set {@code _csrf} themselves. */
    public HttpResponse<String> post(String path, String user, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (!all.containsKey("_csrf")) {
            all.put("_csrf", tokenFor(user));
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Test-User", user)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request, path);
    }

    /** POSTs a url-encoded form as the user without adding a CSRF token. */
    public HttpResponse<String> postWithoutToken(String path, String user, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Test-User", user)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return send(request, path);
    }

    /** POSTs a multipart form with one file field {@code file}, as a browser's upload would. */
    public HttpResponse<String> upload(String path, String user, String fileName, byte[] content, boolean withToken) {
        return multipart(path, user, withToken ? Map.of("_csrf", tokenFor(user)) : Map.of(), "file", fileName, content);
    }

    /** POSTs a multipart form: the text fields, then one file in {@code fileField}. Add {@code _csrf} yourself. */
    public HttpResponse<String> multipart(String path, String user, Map<String, String> fields, String fileField, String fileName,
            byte[] content) {
        String boundary = "----leerlijn-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Test-User", user)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return send(request, path);
    }

    /** @return the full address of a path below Leerlijn's prefix */
    public String url(String path) {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + PREFIX + path;
    }

    private HttpResponse<String> send(HttpRequest request, String path) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Test host did not stop", e);
        } finally {
            database.close();
        }
    }
}
