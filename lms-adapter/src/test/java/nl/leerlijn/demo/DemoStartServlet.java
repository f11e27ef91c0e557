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
import java.util.Optional;
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

    private static final String MAIL = "/demo/mail";

    private final transient LeerlijnCore core;
    private final transient Renderer renderer;
    private final transient DemoMailbox mailbox;
    private final transient java.util.function.Supplier<String> lms;

    DemoStartServlet(LeerlijnCore core, Renderer renderer, DemoMailbox mailbox, java.util.function.Supplier<String> lms) {
        this.lms = lms;
        this.core = core;
        this.renderer = renderer;
        this.mailbox = mailbox;
    }

    /** A mail in the demo's mailbox list. */
    public record MailRow(long id, String sentAt, String to, String toName, String subject) {
    }

    /** A person whose mails can be listed on their own. */
    public record Inbox(String address, String name, boolean chosen) {
    }

    /** The mail page: everything Leerlijn sent, or one person's inbox. */
    public record MailView(List<MailRow> mails, List<Inbox> inboxes, String chosenName) {
    }

    /** One mail: its text and its HTML, shown in a sandboxed frame. */
    public record OneMailView(String sentAt, String to, String toName, String language, String subject, String text, String html) {
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
        } else if (path.equals(MAIL)) {
            mails(request, response);
        } else if (path.startsWith(MAIL + "/") && path.substring(MAIL.length() + 1).matches("[0-9]{1,12}")) {
            Optional<DemoMailbox.Kept> mail = mailbox.mail(Long.parseLong(path.substring(MAIL.length() + 1)));
            if (mail.isEmpty()) {
                response.sendError(404);
                return;
            }
            DemoMailbox.Kept m = mail.get();
            render(response, "demo/mail-one.ftlh", m.subject(), new OneMailView(when(m.sentAt()), m.to(), m.toName(), m.language(),
                    m.subject(), m.text(), m.html()));
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

    private void mails(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<DemoMailbox.Kept> all = mailbox.mails(Optional.empty());
        Optional<String> chosen = Optional.ofNullable(request.getParameter("aan")).filter(a -> all.stream().anyMatch(m -> m.to().equals(a)));
        java.util.Map<String, String> people = new java.util.TreeMap<>();
        all.forEach(m -> people.putIfAbsent(m.toName() + "\n" + m.to(), m.to()));
        List<Inbox> inboxes = people.entrySet().stream().map(e -> new Inbox(e.getValue(), e.getKey().substring(0, e.getKey().indexOf('\n')),
                chosen.filter(e.getValue()::equals).isPresent())).toList();
        List<MailRow> rows = all.stream().filter(m -> chosen.isEmpty() || m.to().equals(chosen.get()))
                .map(m -> new MailRow(m.id(), when(m.sentAt()), m.to(), m.toName(), m.subject())).toList();
        String chosenName = chosen.flatMap(a -> inboxes.stream().filter(i -> i.address().equals(a)).findFirst()).map(Inbox::name).orElse("");
        render(response, "demo/mail.ftlh", chosenName.isEmpty() ? "Verstuurde e-mails" : "Postvak van " + chosenName,
                new MailView(rows, inboxes, chosenName));
    }

    private String when(java.time.Instant at) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl")).format(at.atZone(core.zone()));
    }

    private void render(HttpServletResponse response, String template, String title, Object view) throws IOException {
        Map<String, Object> model = new HashMap<>(Map.of("view", view, "base", "/leerlijn", "title", title, "userName", "",
                "assetVersion", "demo"));
        StringWriter html = new StringWriter();
        renderer.render(template, model, Messages.of(Locale.forLanguageTag("nl")), html);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html.toString());
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
                "userName", "", "assetVersion", "demo", "lmsUrl", lms.get()));
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
