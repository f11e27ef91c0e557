package nl.leerlijn.demo;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Renderer;

/** The demo host's own pages: the start page listing the demo users, and "continue as" links. */
final class DemoStartServlet extends HttpServlet {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final String CONTINUE_AS = "/demo/als/";

    private final transient LeerlijnCore core;
    private final transient Renderer renderer;

    DemoStartServlet(LeerlijnCore core, Renderer renderer) {
        this.core = core;
        this.renderer = renderer;
    }

    /** One row of the start page. */
    public record UserRow(String id, String name, String role, String organisation, String function) {
    }

    /** The start page's view. */
    public record StartView(String programme, String cohort, String startDate, List<UserRow> users) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/")) {
            start(response);
        } else if (path.startsWith(CONTINUE_AS) && DemoPeople.find(safeId(path.substring(CONTINUE_AS.length()))).isPresent()) {
            Cookie cookie = new Cookie(DemoIdentity.COOKIE, path.substring(CONTINUE_AS.length()));
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
            response.setStatus(303);
            response.setHeader("Location", request.getContextPath() + "/leerlijn/");
        } else {
            response.sendError(404);
        }
    }

    private static UserId safeId(String value) {
        return new UserId(value.isBlank() || value.length() > 200 ? "-" : value);
    }

    private void start(HttpServletResponse response) throws IOException {
        Cohort cohort = core.cohorts().cohortsOf(DemoSeed.actor(DemoPeople.KERNDOCENT)).stream().reduce((newer, older) -> older)
                .orElseThrow().cohort();
        Locale dutch = Locale.forLanguageTag("nl");
        List<UserRow> users = DemoPeople.EVERYONE.stream().map(p -> new UserRow(p.id().value(), p.name(), role(p),
                p.organisation(), p.isStudent() ? function(p, Messages.of(dutch)) : "")).toList();
        StartView view = new StartView(cohort.programmeTitle(), cohort.name(),
                DateTimeFormatter.ofPattern("d MMMM yyyy", dutch).format(cohort.startDate()), users);
        Map<String, Object> model = new HashMap<>(Map.of("view", view, "base", "/leerlijn", "title", "Leerlijn demo",
                "userName", "", "assetVersion", "demo"));
        StringWriter html = new StringWriter();
        renderer.render("demo/start.ftlh", model, Messages.of(dutch), html);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
    }

    private static String role(DemoPerson person) {
        if (person.isStudent()) {
            return "Deelnemer";
        }
        return person.equals(DemoPeople.TWEEDE_BEOORDELAAR) ? "Tweede beoordelaar"
                : person.equals(DemoPeople.EXAMENCOMMISSIE) ? "Examencommissie" : "Kerndocent";
    }

    private static String function(DemoPerson person, Messages messages) {
        return person.otherFunction().orElseGet(() -> messages.get("function." + person.function().name()));
    }
}
