package nl.leerlijn.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Role;
import nl.leerlijn.access.UserId;
import nl.leerlijn.lti.NewPlatform;
import nl.leerlijn.testing.TestPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small learning platform inside the demo, to try LTI 1.3 without installing Moodle: one course whose page shows Leerlijn
 * in a frame, launched as one of its members; its storage frame for browsers that block third-party cookies; its
 * authentication endpoint, key set and token endpoint; the course roster and a gradebook that Leerlijn's scores land in.
 * It lives at {@code http://127.0.0.1:<port>/demo/lms/}, another site than Leerlijn's {@code http://localhost:<port>}, as a
 * real platform would.
 */
final class DemoPlatform extends HttpServlet {
    static final String COURSE = "klantmanager-zwolle-2027";
    static final String COURSE_TITLE = "Klantmanager Zwolle voorjaar 2027";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoPlatform.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A member of the demo course. */
    record Member(String subject, String name, String email, String role) {
    }

    static final List<Member> MEMBERS = List.of(
            new Member("karin", "Karin Mulder", "karin.mulder@example.nl", TestPlatform.INSTRUCTOR),
            new Member("tim", "Tim de Vries", "tim.devries@example.nl", TestPlatform.TEACHING_ASSISTANT),
            new Member("lotte", "Lotte Hendriks", "lotte.hendriks@example.nl", TestPlatform.LEARNER),
            new Member("youssef", "Youssef El Amrani", "youssef.elamrani@example.nl", TestPlatform.LEARNER),
            new Member("mirjam", "Mirjam Kok", "mirjam.kok@example.nl", TestPlatform.LEARNER));

    private final transient TestPlatform keys = new TestPlatform();
    private volatile String origin = "";
    private volatile URI tool = URI.create("http://localhost/leerlijn");
    private volatile String framed = "http://localhost/leerlijn";
    private final transient List<Map<String, Object>> lineItems = new CopyOnWriteArrayList<>();
    private final transient List<Map<String, Object>> scores = new CopyOnWriteArrayList<>();

    /**
     * Takes the port the demo runs on (known once it started) and registers the demo platform with Leerlijn, once per address
     * (the port may differ between runs).
     *
     * @param port the demo's port
     * @param core Leerlijn
     * @param base the address Leerlijn is configured with (its launch address lies under it)
     */
    void register(int port, LeerlijnCore core, URI base) {
        this.origin = "http://127.0.0.1:" + port + "/demo/lms";
        this.tool = base;
        this.framed = "http://localhost:" + port + "/leerlijn";
        if (core.lti().platforms().stream().noneMatch(p -> p.issuer().equals(origin))) {
            core.lti().register(new Actor(new UserId("demo-beheer"), "Demo", Set.of(Role.ADMINISTRATOR)), new NewPlatform(origin,
                    TestPlatform.CLIENT_ID, "Demo-leeromgeving", URI.create(origin + "/auth"), URI.create(origin + "/token"),
                    URI.create(origin + "/jwks"), Set.of(TestPlatform.DEPLOYMENT)));
            LOG.info("Registered the demo learning platform at {}/", origin);
        }
    }

    String start() {
        return origin + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        switch (path) {
            case "/" -> html(response, home());
            case "/cursus" -> html(response, course(request.getParameter("als"), "ja".equals(request.getParameter("plaatsen"))));
            case "/opslag" -> html(response, TestPlatform.STORAGE_FRAME);
            case "/auth" -> html(response, authenticated(request));
            case "/jwks" -> json(response, 200, JSON.readValue(keys.keySets().fetch(keys.registration().jwksUrl()), Map.class));
            default -> {
                if (path.equals("/courses/" + COURSE + "/memberships")) {
                    roster(request, response);
                } else if (path.equals("/courses/" + COURSE + "/lineitems")) {
                    json(response, 200, lineItems.stream().filter(i -> request.getParameter("resource_id") == null
                            || request.getParameter("resource_id").equals(i.get("resourceId"))).toList());
                } else {
                    response.sendError(404);
                }
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (path.equals("/token")) {
            json(response, 200, Map.of("access_token", "demo-token", "token_type", "Bearer", "expires_in", 3600,
                    "scope", Optional.ofNullable(request.getParameter("scope")).orElse("")));
        } else if (path.equals("/courses/" + COURSE + "/lineitems") && authorized(request, response)) {
            Map<String, Object> item = new LinkedHashMap<>(JSON.readValue(request.getInputStream(), Map.class));
            item.put("id", origin + "/courses/" + COURSE + "/lineitems/" + (lineItems.size() + 1));
            lineItems.add(item);
            json(response, 201, item);
        } else if (path.matches("/courses/" + COURSE + "/lineitems/\\d+/scores") && authorized(request, response)) {
            Map<String, Object> score = new LinkedHashMap<>(JSON.readValue(request.getInputStream(), Map.class));
            score.put("lineItem", origin + path.substring(0, path.length() - "/scores".length()));
            scores.add(score);
            response.setStatus(200);
        } else if (path.equals("/geplaatst")) {
            html(response, placed(request.getParameter("JWT")));
        } else {
            response.sendError(404);
        }
    }

    private static boolean authorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("Bearer demo-token".equals(request.getHeader("Authorization"))) {
            return true;
        }
        response.sendError(401);
        return false;
    }

    private void roster(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!authorized(request, response)) {
            return;
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (Member member : MEMBERS) {
            members.add(Map.of("user_id", member.subject(), "name", member.name(), "email", member.email(), "status", "Active",
                    "roles", List.of(member.role())));
        }
        json(response, 200, Map.of("id", origin + "/courses/" + COURSE + "/memberships", "members", members));
    }

    private String home() {
        StringBuilder people = new StringBuilder();
        for (Member member : MEMBERS) {
            people.append("<li><a href=\"cursus?als=").append(member.subject()).append("\">").append(member.name()).append("</a> (")
                    .append(role(member.role())).append(")</li>");
        }
        StringBuilder grades = new StringBuilder();
        for (Map<String, Object> score : scores) {
            String who = MEMBERS.stream().filter(m -> m.subject().equals(score.get("userId"))).map(Member::name).findFirst()
                    .orElse(String.valueOf(score.get("userId")));
            String item = lineItems.stream().filter(i -> i.get("id").equals(score.get("lineItem"))).map(i -> String.valueOf(i.get("label")))
                    .findFirst().orElse("?");
            grades.append("<tr><td>").append(escape(who)).append("</td><td>").append(escape(item)).append("</td><td>")
                    .append(score.containsKey("scoreGiven") ? score.get("scoreGiven") + " / " + score.get("scoreMaximum") : "wacht op beoordeling")
                    .append("</td></tr>");
        }
        return page("Demo-leeromgeving", """
                <p>Een nagebootste leeromgeving (zoals Moodle, Canvas of Brightspace) die Leerlijn met LTI 1.3 opent, op een andere site dan
                Leerlijn zelf. Open de cursus als een van de leden. De eerste docent koppelt de cursus aan een leergang; studenten schrijven
                zich daarna in.</p>
                <h2>%s</h2><ul>%s</ul>
                <h2>Cijferlijst</h2>
                %s
                <p><a href="http://localhost%s/leerlijn/">Terug naar Leerlijn</a></p>""".formatted(COURSE_TITLE, people,
                grades.isEmpty() ? "<p>Nog geen cijfers: een vrijgegeven resultaat van een student uit deze cursus komt hier.</p>"
                        : "<table><thead><tr><th>Student</th><th>Onderdeel</th><th>Score</th></tr></thead><tbody>" + grades + "</tbody></table>",
                origin.substring("http://127.0.0.1".length(), origin.indexOf("/demo/lms"))));
    }

    private String course(String who, boolean place) {
        Member member = MEMBERS.stream().filter(m -> m.subject().equals(who)).findFirst().orElse(MEMBERS.get(0));
        String login = framed + "/lti/login?iss=" + enc(origin) + "&login_hint=" + enc(member.subject()) + "&target_link_uri="
                + enc(tool + "/lti/launch") + "&client_id=" + enc(TestPlatform.CLIENT_ID) + "&lti_deployment_id=" + enc(TestPlatform.DEPLOYMENT)
                + "&lti_storage_target=lti_storage" + (place ? "&lti_message_hint=ja" : "");
        return page(COURSE_TITLE, """
                <p>Ingelogd als %s (%s). <a href="./">Andere persoon</a> ·
                <a href="cursus?als=%s&amp;plaatsen=ja">Leerlijn-pagina plaatsen (deep linking)</a></p>
                <iframe name="lti_storage" src="opslag" title="Opslag van de leeromgeving" hidden></iframe>
                <iframe name="leerlijn" title="Leerlijn" src="%s" style="width:100%%;height:80vh;border:1px solid #ccc"></iframe>"""
                .formatted(member.name(), role(member.role()), member.subject(), login.replace("&", "&amp;")));
    }

    /** The platform's authentication: who the login hint names, signed, posted back to Leerlijn's launch address. */
    private String authenticated(HttpServletRequest request) {
        String hint = Optional.ofNullable(request.getParameter("login_hint")).orElse("");
        Member member = MEMBERS.stream().filter(m -> m.subject().equals(hint)).findFirst().orElse(MEMBERS.get(0));
        String launch = Optional.ofNullable(request.getParameter("redirect_uri")).orElse("");
        if (!launch.equals(tool + "/lti/launch")) {
            return page("Geweigerd", "<p>Onbekend launch-adres.</p>");
        }
        JWTClaimsSet.Builder claims = keys.claims(request.getParameter("nonce"), java.time.Instant.now(), launch, member.role()).issuer(origin)
                .subject(member.subject()).claim("name", member.name()).claim("email", member.email())
                .claim("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", COURSE, "title", COURSE_TITLE))
                .claim("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", Map.of("locale", "nl-NL"));
        claims.claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of("context_memberships_url",
                origin + "/courses/" + COURSE + "/memberships", "service_versions", List.of("2.0")));
        claims.claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of("scope", List.of(
                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem", "https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                "lineitems", origin + "/courses/" + COURSE + "/lineitems"));
        if ("ja".equals(request.getParameter("lti_message_hint"))) {
            claims.claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest")
                    .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link", null)
                    .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of("deep_link_return_url",
                            origin + "/geplaatst", "accept_types", List.of("ltiResourceLink")));
        }
        return """
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Doorsturen naar Leerlijn</title></head><body>
                <form id="launch" method="post" action="%s"><input type="hidden" name="id_token" value="%s">
                <input type="hidden" name="state" value="%s"><noscript><button type="submit">Verder</button></noscript></form>
                <script>document.getElementById('launch').submit();</script></body></html>"""
                .formatted(escape(launch), keys.sign(claims.build()), escape(Optional.ofNullable(request.getParameter("state")).orElse("")));
    }

    private String placed(String jwt) {
        StringBuilder titles = new StringBuilder();
        try {
            for (Object item : com.nimbusds.jwt.SignedJWT.parse(jwt).getJWTClaimsSet()
                    .getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")) {
                titles.append("<li>").append(escape(String.valueOf(((Map<?, ?>) item).get("title")))).append("</li>");
            }
        } catch (java.text.ParseException | RuntimeException e) {
            return page("Niet geplaatst", "<p>Het antwoord van Leerlijn was onleesbaar.</p>");
        }
        return page("Geplaatst in de cursus", "<p>De leeromgeving ontving deze links van Leerlijn:</p><ul>" + titles + "</ul>");
    }

    private static String role(String role) {
        return role.equals(TestPlatform.INSTRUCTOR) ? "docent" : role.equals(TestPlatform.TEACHING_ASSISTANT) ? "assistent" : "student";
    }


    private static String page(String title, String body) {
        return """
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><style>body{font-family:sans-serif;max-width:70rem;margin:1rem auto;padding:0 1rem;line-height:1.5}
                header{background:#5b2a86;color:#fff;padding:.5rem 1rem;margin:-1rem -1rem 1rem}a{color:#3d1a5e}</style></head><body>
                <header><strong>Demo-leeromgeving</strong></header><main><h1>%s</h1>%s</main></body></html>""".formatted(escape(title),
                escape(title), body);
    }

    private static void html(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }

    private static void json(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
