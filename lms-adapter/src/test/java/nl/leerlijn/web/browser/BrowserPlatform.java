package nl.leerlijn.web.browser;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.lti.LtiPlatform;
import nl.leerlijn.lti.NewPlatform;
import nl.leerlijn.testing.TestPlatform;
import nl.leerlijn.web.TestHost;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A learning platform in a browser, on another site than Leerlijn ({@code localhost} against Leerlijn's {@code 127.0.0.1}):
 * a course page that shows Leerlijn in a frame, the platform's storage frame that answers LTI's postMessages, and its
 * authentication endpoint, which signs an id token for the person the course page was opened as and posts it back.
 */
final class BrowserPlatform implements AutoCloseable {
    private final TestPlatform keys;
    private final TestHost host;
    private final Server server;
    private final String origin;
    private final LtiPlatform registered;

    BrowserPlatform(TestPlatform keys, TestHost host) throws Exception {
        this.keys = keys;
        this.host = host;
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new Pages()), "/*");
        server.setHandler(context);
        server.start();
        origin = "http://localhost:" + connector.getLocalPort();
        registered = host.leerlijn().core().lti().register(new Actor(new UserId("beheer"), "Beheer", java.util.Set.of(Role.ADMINISTRATOR)),
                new NewPlatform(origin, TestPlatform.CLIENT_ID, "Moodle in de browser", java.net.URI.create(origin + "/auth"),
                        java.net.URI.create(origin + "/token"), TestPlatform.JWKS, java.util.Set.of(TestPlatform.DEPLOYMENT)));
    }

    /** @return the course page, opened as the person with this login hint ({@code docent} or {@code student}) */
    String course(String who) {
        return origin + "/course?who=" + who;
    }

    LtiPlatform registered() {
        return registered;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private final class Pages extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/html;charset=UTF-8");
            switch (request.getPathInfo() == null ? "/" : request.getPathInfo()) {
                case "/course" -> response.getWriter().write(course(request.getParameter("who")));
                case "/storage" -> response.getWriter().write(TestPlatform.STORAGE_FRAME);
                case "/auth" -> response.getWriter().write(authenticated(request));
                default -> response.sendError(404);
            }
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (!"/deeplink".equals(request.getPathInfo())) {
                response.sendError(404);
                return;
            }
            // What the platform got back from deep linking: the titles of the links to place, from the signed answer.
            String titles;
            try {
                titles = com.nimbusds.jwt.SignedJWT.parse(request.getParameter("JWT")).getJWTClaimsSet()
                        .getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").stream()
                        .map(item -> String.valueOf(((java.util.Map<?, ?>) item).get("title"))).collect(java.util.stream.Collectors.joining("; "));
            } catch (java.text.ParseException e) {
                titles = "unreadable";
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Geplaatst</title></head><body>"
                    + "<h1>Geplaatst</h1><p id=\"placed\">" + titles.replace("<", "&lt;") + "</p></body></html>");
        }

        private String course(String who) {
            String tool = "https://lms.example.nl" + TestHost.PREFIX;
            String login = host.url("/lti/login") + "?iss=" + enc(origin) + "&login_hint=" + enc(who) + "&target_link_uri="
                    + enc(tool + "/lti/launch") + "&client_id=" + enc(TestPlatform.CLIENT_ID) + "&lti_deployment_id="
                    + enc(TestPlatform.DEPLOYMENT) + "&lti_storage_target=lti_storage";
            return """
                    <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cursus Klantmanager</title></head><body>
                    <h1>Cursus Klantmanager najaar</h1>
                    <iframe name="lti_storage" src="/storage" title="opslag" hidden></iframe>
                    <iframe name="leerlijn" title="Leerlijn" src="%s" style="width:100%%;height:900px;border:0"></iframe>
                    </body></html>""".formatted(login.replace("&", "&amp;"));
        }

        /** The platform's authentication: signs who the login hint names and posts the launch back to Leerlijn's launch address. */
        private String authenticated(HttpServletRequest request) {
            String who = Optional.ofNullable(request.getParameter("login_hint")).orElse("");
            boolean docent = who.equals("docent") || who.equals("plaatsen");
            String target = request.getParameter("redirect_uri");
            com.nimbusds.jwt.JWTClaimsSet.Builder claims = keys.claims(request.getParameter("nonce"), host.leerlijn().core().clock().instant(),
                    target, docent ? TestPlatform.INSTRUCTOR : who.equals("assistent") ? TestPlatform.TEACHING_ASSISTANT : TestPlatform.LEARNER)
                    .issuer(origin).subject(who + "-7").claim("name", docent ? "Karin de Docent" : who.equals("assistent") ? "Tim Assistent"
                            : "Sanne Jansen").claim("email", who + "@example.nl");
            if (who.equals("plaatsen")) {
                claims.claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest")
                        .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", null)
                        .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", java.util.Map.of("deep_link_return_url",
                                origin + "/deeplink", "accept_types", java.util.List.of("ltiResourceLink"), "data", "browser"));
            }
            String idToken = keys.sign(claims.build());
            // The launch goes to Leerlijn where this test runs it, not to the address Leerlijn is registered under.
            return """
                    <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Doorsturen</title></head><body>
                    <form id="launch" method="post" action="%s"><input type="hidden" name="id_token" value="%s">
                    <input type="hidden" name="state" value="%s"></form>
                    <script>document.getElementById('launch').submit();</script></body></html>"""
                    .formatted(host.url("/lti/launch"), idToken, Optional.ofNullable(request.getParameter("state")).orElse("").replace("\"", ""));
        }
    }


    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
