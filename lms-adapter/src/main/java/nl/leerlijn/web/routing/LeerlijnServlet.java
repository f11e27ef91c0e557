package nl.leerlijn.web.routing;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.StringWriter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.CohortNotFoundException;
import nl.leerlijn.cohort.ExtensionNotFoundException;
import nl.leerlijn.cohort.ParticipantNotFoundException;
import nl.leerlijn.cohort.ScheduleItemNotFoundException;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.curriculum.ProgrammeNotFoundException;
import nl.leerlijn.submission.SubmissionNotFoundException;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Renderer;
import nl.leerlijn.web.security.CsrfTokens;
import nl.leerlijn.web.security.HostIdentity;
import nl.leerlijn.web.security.HostUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one servlet a host mounts (e.g. at {@code /leerlijn/*}). Finds the route for each request,
 * asks the host who is asking, runs the handler and renders its result; maps failures to error
 * pages in the user's language. Holds no per-request state.
 */
public final class LeerlijnServlet extends HttpServlet {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LeerlijnServlet.class);
    private static final Pattern ASSET = Pattern.compile("[a-z0-9-]+\\.(css|js|svg)");
    private static final Map<String, String> ASSET_TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml");

    /** Changes whenever the stylesheet does, so browsers never keep an old one from their cache. */
    private static final String ASSET_VERSION = contentVersion("/nl/leerlijn/static/leerlijn.css");

    private final transient List<Route> routes;
    private final transient HostIdentity identity;
    private final transient Renderer renderer;
    private final transient CsrfTokens csrf;
    private final transient UnitOfWork unitOfWork;
    private final String frameAncestors;
    private final long maxRequestBytes;
    private final transient java.util.function.Supplier<AutoCloseable> background;
    private transient AutoCloseable running;

    /**
     * @param groups every feature's routes
     * @param identity who is asking, per the host
     * @param renderer the template renderer
     * @param csrf issues and checks the forms' tokens
     * @param unitOfWork runs each handler in one transaction
     * @param frameAncestors CSP {@code frame-ancestors} sources that may frame the pages, e.g. {@code 'self' https://lms.example.nl}
     * @param maxRequestBytes the largest request body the multipart settings allow; larger ones get a 413 page
     * @param background started when the container starts the servlet, closed when it takes it down
     */
    public LeerlijnServlet(List<RouteGroup> groups, HostIdentity identity, Renderer renderer, CsrfTokens csrf,
            UnitOfWork unitOfWork, String frameAncestors, long maxRequestBytes, java.util.function.Supplier<AutoCloseable> background) {
        this.background = background;
        this.routes = groups.stream().flatMap(g -> g.routes().stream()).toList();
        this.identity = identity;
        this.renderer = renderer;
        this.csrf = csrf;
        this.unitOfWork = unitOfWork;
        this.frameAncestors = frameAncestors;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    public void init() {
        running = background.get();
    }

    @Override
    public void destroy() {
        if (running != null) {
            try {
                running.close();
            } catch (Exception e) {
                LOG.warn("Stopping Leerlijn's background jobs failed", e);
            }
            running = null;
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (RuntimeException unexpected) {
            internalError(request, response, unexpected);
        }
    }

    /**
     * Anything unexpected, also while rendering: logged with a reference id, shown as a 500 page with
     * that id; when even the error page cannot be rendered, as plain text. Never a stack trace.
     */
    private void internalError(HttpServletRequest request, HttpServletResponse response, RuntimeException e) throws IOException {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Request {} {} failed (reference {})", request.getMethod(), request.getRequestURI(), reference, e);
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        securityHeaders(response);
        Map<String, Object> model = Map.of("status", 500, "messageKey", "error.internal", "reference", reference);
        try {
            page(request, response, locale(request, Optional.empty()),
                    new WebResult.Page("error.ftlh", "error.internal.title", model, 500), Optional.empty());
        } catch (RuntimeException alsoBroken) {
            LOG.error("The error page failed too (reference {})", reference, alsoBroken);
            response.reset();
            response.setStatus(500);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("500 - Leerlijn: er ging iets mis / something went wrong (" + reference + ")");
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        securityHeaders(response);
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if (path.startsWith("/static/") && "GET".equals(request.getMethod())) {
            serveAsset(path.substring("/static/".length()), response);
            return;
        }
        Optional<Map.Entry<Route, Map<String, String>>> match = match(request.getMethod(), path);
        if (match.isPresent() && match.get().getKey().anonymous()) {
            Locale locale = locale(request, Optional.empty());
            handle(match.get().getKey(), new WebRequest(request, Optional.empty(), locale, match.get().getValue()), response);
            return;
        }
        Optional<HostUser> user = identity.currentUser(request);
        Locale locale = locale(request, user);
        if (user.isEmpty()) {
            error(request, response, locale, 401, "error.unauthorized", Optional.empty());
            return;
        }
        if (match.isEmpty()) {
            error(request, response, locale, 404, "error.notFound", user);
            return;
        }
        Optional<String> token;
        try {
            token = Optional.ofNullable(request.getParameter(CsrfTokens.FIELD));
        } catch (RuntimeException unreadable) {
            boolean tooLarge = request.getContentLengthLong() > maxRequestBytes;
            LOG.info("Refused an unreadable request body from {} to {}: {}", user.get().id(), path, unreadable.getMessage());
            error(request, response, locale, tooLarge ? 413 : 400, tooLarge ? "error.tooLarge" : "error.badRequest", user);
            return;
        }
        if ("POST".equals(request.getMethod()) && !csrf.isValid(user.get().id(), token.orElse(null))) {
            LOG.info("Refused a form without a valid CSRF token from {} to {}", user.get().id(), path);
            error(request, response, locale, 403, "error.csrf", user);
            return;
        }
        WebRequest webRequest = new WebRequest(request, user, locale, match.get().getValue());
        handle(match.get().getKey(), webRequest, response);
    }

    private void handle(Route route, WebRequest request, HttpServletResponse response) throws IOException {
        HttpServletRequest raw = request.raw();
        try {
            WebResult result = unitOfWork.run(() -> route.handler().handle(request));
            if (result instanceof WebResult.Redirect redirect) {
                response.setStatus(303);
                response.setHeader("Location", base(raw) + redirect.path());
            } else if (result instanceof WebResult.Page page) {
                page(raw, response, request.locale(), page, request.user());
            } else if (result instanceof WebResult.Download download) {
                download(response, download);
            } else if (result instanceof WebResult.FileStream file) {
                stream(response, file);
            }
        } catch (NotPermittedException e) {
            LOG.info("Refused: {}", e.getMessage());
            error(raw, response, request.locale(), 403, "error.forbidden", request.user());
        } catch (CohortNotFoundException | ParticipantNotFoundException | ProgrammeNotFoundException | PageNotFoundException
                | ScheduleItemNotFoundException | SubmissionNotFoundException | ActivityNotFoundException
                | ExtensionNotFoundException e) {
            error(raw, response, request.locale(), 404, "error.notFound", request.user());
        }
    }

    private void error(HttpServletRequest request, HttpServletResponse response, Locale locale, int status,
            String messageKey, Optional<HostUser> user) throws IOException {
        Map<String, Object> model = Map.of("status", status, "messageKey", messageKey, "reference", "");
        page(request, response, locale, new WebResult.Page("error.ftlh", messageKey + ".title", model, status), user);
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Locale locale, WebResult.Page page,
            Optional<HostUser> user) throws IOException {
        Messages messages = Messages.of(locale);
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("base", base(request));
        model.put("assetVersion", ASSET_VERSION);
        model.putIfAbsent("title", messages.get(page.titleKey()));
        model.put("userName", user.map(HostUser::displayName).orElse(""));
        model.put("csrf", user.map(u -> csrf.issue(u.id())).orElse(""));
        model.put("csrfField", CsrfTokens.FIELD);
        StringWriter html = new StringWriter();
        renderer.render(page.template(), model, messages, html);
        response.setStatus(page.status());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", messages.locale().getLanguage());
        response.getWriter().write(html.toString());
    }

    private static void download(HttpServletResponse response, WebResult.Download download) throws IOException {
        response.setStatus(200);
        response.setContentType(download.contentType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", (download.attachment() ? "attachment" : "inline")
                + "; filename=\"" + download.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        byte[] content = download.content();
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    private static void stream(HttpServletResponse response, WebResult.FileStream file) throws IOException {
        InputStream opened;
        try {
            opened = file.content().open();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not open " + file.fileName(), e);
        }
        try (InputStream in = opened) {
            response.setStatus(200);
            response.setContentType(file.contentType());
            response.setHeader("Cache-Control", "private, no-store");
            response.setHeader("Content-Disposition", "attachment; filename=\""
                    + file.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
            response.setContentLengthLong(file.size());
            in.transferTo(response.getOutputStream());
        }
    }

    private void serveAsset(String name, HttpServletResponse response) throws IOException {
        if (!ASSET.matcher(name).matches()) {
            response.sendError(404);
            return;
        }
        try (InputStream in = LeerlijnServlet.class.getResourceAsStream("/nl/leerlijn/static/" + name)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(ASSET_TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            in.transferTo(response.getOutputStream());
        }
    }

    private static String contentVersion(String resource) {
        try (InputStream in = LeerlijnServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "0";
            }
            return Integer.toHexString(java.util.Arrays.hashCode(in.readAllBytes()));
        } catch (IOException e) {
            return "0";
        }
    }

    private Optional<Map.Entry<Route, Map<String, String>>> match(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Optional<Map<String, String>> parameters = route.match(path);
                if (parameters.isPresent()) {
                    return Optional.of(Map.entry(route, parameters.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Locale locale(HttpServletRequest request, Optional<HostUser> user) {
        Optional<Locale> chosen = user.flatMap(HostUser::locale);
        if (chosen.isPresent()) {
            return Messages.supported(chosen.get());
        }
        if (request.getHeader("Accept-Language") == null) {
            return Messages.SUPPORTED.get(0);
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            if (Messages.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(wanted.getLanguage()))) {
                return Messages.supported(wanted);
            }
        }
        return Messages.SUPPORTED.get(0);
    }

    private static String base(HttpServletRequest request) {
        return request.getContextPath() + request.getServletPath();
    }

    private void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors " + frameAncestors);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
