package nl.leerlijn.web.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestPlatform;
import nl.leerlijn.web.TestHost;

/**
 * A platform in the tests that launches Leerlijn through its servlet the way a browser inside the platform would: the login
 * initiation, the platform's authentication (a signed id token with the nonce Leerlijn asked for), the launch form posted
 * back, and the pages after it, with or without the login's cookie.
 */
final class LaunchingPlatform {
    static final String TOOL = "https://lms.example.nl" + TestHost.PREFIX;
    static final String ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles";
    static final String CONTEXT = "https://purl.imsglobal.org/spec/lti/claim/context";
    private static final Pattern SESSION = Pattern.compile(TestHost.PREFIX + "/s/([A-Za-z0-9_-]+)(/.*)?");

    final TestPlatform platform = new TestPlatform();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private TestHost host;

    void attach(TestHost launched) {
        this.host = launched;
    }

    /** What the browser got back from the launch. */
    record Launched(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String location() {
            return response.headers().firstValue("Location").orElse("");
        }

        /** @return the session token in the address the launch sent the browser to */
        String token() {
            Matcher m = SESSION.matcher(location().isEmpty() ? nextInPage() : location());
            if (!m.matches()) {
                throw new IllegalStateException("No session in " + location() + " / " + response.body());
            }
            return m.group(1);
        }

        /** @return the page the launch leads to, without the session */
        String landing() {
            Matcher m = SESSION.matcher(location());
            return m.matches() ? Optional.ofNullable(m.group(2)).orElse("/") : "";
        }

        private String nextInPage() {
            Matcher m = Pattern.compile("data-next=\"([^\"]+)\"").matcher(response.body());
            return m.find() ? m.group(1) : "";
        }
    }

    /** The login initiation as the platform's page sends it, by GET; empty storage: the platform offers none. */
    HttpResponse<String> login(Optional<String> storage) {
        return login(storage, TOOL + "/lti/launch");
    }

    private HttpResponse<String> login(Optional<String> storage, String target) {
        StringBuilder query = new StringBuilder("?iss=" + enc(TestPlatform.ISSUER) + "&login_hint=hint-1&target_link_uri="
                + enc(target) + "&client_id=" + enc(TestPlatform.CLIENT_ID) + "&lti_deployment_id=" + enc(TestPlatform.DEPLOYMENT));
        storage.ifPresent(s -> query.append("&lti_storage_target=").append(enc(s)));
        return send(HttpRequest.newBuilder(URI.create(host.url("/lti/login" + query))).GET().build());
    }

    /** A whole launch with the login's cookie, for the person the changed claims describe. */
    Launched launch(UnaryOperator<JWTClaimsSet.Builder> change) {
        return launch(change, true, Optional.empty());
    }

    /**
     * @param change turns Priya's valid learner claims into the ones wanted
     * @param withCookie whether the browser brings the login's cookie back (not in a frame with third-party cookies blocked)
     * @param storage the platform's storage frame, when it offers one
     */
    Launched launch(UnaryOperator<JWTClaimsSet.Builder> change, boolean withCookie, Optional<String> storage) {
        return launch(change, withCookie, storage, TOOL + "/lti/launch");
    }

    /** A launch of a link placed in the course: the login and the token name the placed page as target. */
    Launched launch(UnaryOperator<JWTClaimsSet.Builder> change, String target) {
        return launch(change, true, Optional.empty(), target);
    }

    private Launched launch(UnaryOperator<JWTClaimsSet.Builder> change, boolean withCookie, Optional<String> storage, String target) {
        HttpResponse<String> login = login(storage, target);
        String authentication = login.headers().firstValue("Location").orElseGet(() -> {
            Matcher m = Pattern.compile("data-next=\"([^\"]+)\"").matcher(login.body());
            if (!m.find()) {
                throw new IllegalStateException("The login neither redirected nor offered to go on: " + login.statusCode() + login.body());
            }
            return m.group(1).replace("&amp;", "&");
        });
        Map<String, String> query = Arrays.stream(URI.create(authentication).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        String idToken = platform.sign(change.apply(platform.claims(query.get("nonce"), CoreFixture.NOW, target)).build());
        List<String> cookies = login.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';'))).toList();
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(host.url("/lti/launch")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("id_token=" + enc(idToken) + "&state=" + enc(query.get("state"))));
        if (withCookie && !cookies.isEmpty()) {
            post.header("Cookie", String.join("; ", cookies));
        }
        return new Launched(send(post.build()));
    }

    /** @return a course member's claims: their own id, name, address, roles, in the given course */
    static UnaryOperator<JWTClaimsSet.Builder> member(String subject, String name, String course, String... roles) {
        return c -> c.subject(subject).claim("name", name).claim("email", subject + "@example.nl").claim(ROLES, List.of(roles))
                .claim(CONTEXT, Map.of("id", course, "title", "Klantmanager " + course));
    }

    /** GETs a page inside a session, as the frame's browser would (no cookie, no host identity). */
    HttpResponse<String> get(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(host.url("/s/" + token + path))).GET().build());
    }

    /** GETs a page inside a session saying where the request comes from ({@code Sec-Fetch-Site}), as browsers do. */
    HttpResponse<String> getFrom(String site, String token, String path) {
        return send(HttpRequest.newBuilder(URI.create(host.url("/s/" + token + path))).header("Sec-Fetch-Site", site).GET().build());
    }

    /** POSTs a form inside a session, with the CSRF token of the page it is on unless {@code page} is null. */
    HttpResponse<String> post(String token, String path, String page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (page != null) {
            all.put("_csrf", TestHost.tokenIn(page));
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(host.url("/s/" + token + path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
