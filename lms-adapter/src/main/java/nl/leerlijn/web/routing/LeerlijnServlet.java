package nl.leerlijn.web.routing;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import nl.leerlijn.LeerlijnException;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.render.Renderer;
import nl.leerlijn.web.security.CsrfTokens;
import nl.leerlijn.web.security.HostIdentity;
import nl.leerlijn.web.security.HostUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one servlet a host mounts (e.g. at {@code /leerlijn/*}). Finds the route for each request, asks the host who is
 * asking, checks a form's token, runs the handler and writes its result; turns refusals into pages in the user's
 * language (see {@link Refusals}). Holds no per-request state.
 */
public final class LeerlijnServlet extends HttpServlet {
    /** The largest form a route without a signed-in person takes (a werkbegeleider's answer is a few kilobytes). */
    private static final long ANONYMOUS_FORM_BYTES = 64 * 1024;
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LeerlijnServlet.class);
    private static final Pattern ASSET = Pattern.compile("[a-z0-9-]+\\.(css|js|svg)");
    private static final Map<String, String> ASSET_TYPES = Map.of(
            "css", "text/css;charset=UTF-8", "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml");

    private final transient List<Route> routes;
    private final transient HostIdentity identity;
    private final transient CsrfTokens csrf;
    private final transient UnitOfWork unitOfWork;
    private final transient Responses responses;
    /** CSP {@code frame-ancestors} sources that may frame the pages. */
    private final String frameAncestors;
    /** More sources that may frame the pages of a launch (the LTI routes and pages with a session in the address). */
    private final transient Supplier<String> launchFramers;
    private final transient AddressSessions sessions;
    /** The largest request body accepted. */
    private final long maxRequestBytes;
    private final transient Supplier<AutoCloseable> background;
    private transient AutoCloseable running;

    /**
     * @param groups every feature's routes
     * @param identity who is asking, per the host
     * @param renderer the template renderer
     * @param csrf issues and checks the forms' tokens
     * @param navigation the main places of each person
     * @param unitOfWork runs each handler in one transaction (or, for a streaming route, without)
     * @param frameAncestors CSP {@code frame-ancestors} sources that may frame the pages, e.g. {@code 'self' https://lms.example.nl}
     * @param maxRequestBytes the largest request body the multipart settings allow; larger ones get a 413 page
     * @param background started when the container starts the servlet, closed when it takes it down
     * @param sessions sessions carried in the address ({@code /s/<token>/...}), tried before the host's identity
     * @param launchFramers more {@code frame-ancestors} sources for the LTI routes ({@code /lti/...}) and pages with a session in
     *     the address: the registered platforms
     */
    public LeerlijnServlet(List<RouteGroup> groups, HostIdentity identity, Renderer renderer, CsrfTokens csrf, Navigation navigation,
            UnitOfWork unitOfWork, String frameAncestors, long maxRequestBytes, Supplier<AutoCloseable> background,
            AddressSessions sessions, Supplier<String> launchFramers) {
        this.routes = groups.stream().flatMap(g -> g.routes().stream()).toList();
        this.identity = identity;
        this.csrf = csrf;
        this.unitOfWork = unitOfWork;
        this.responses = new Responses(renderer, csrf, navigation);
        this.frameAncestors = frameAncestors;
        this.maxRequestBytes = maxRequestBytes;
        this.background = background;
        this.sessions = sessions;
        this.launchFramers = launchFramers;
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
     * Anything unexpected, also while rendering: logged with a reference id, shown as a 500 page with that id; when even
     * the error page cannot be rendered, as plain text. Never a stack trace.
     */
    private void internalError(HttpServletRequest request, HttpServletResponse response, RuntimeException e) throws IOException {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Request {} {} failed (reference {})", request.getMethod(), loggable(request.getRequestURI()), reference, e);
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        securityHeaders(response);
        try {
            responses.page(request, response, locale(request, Optional.empty()), WebResult.Page.of("error.ftlh", "error.internal.title",
                    new ErrorView(500, "error.internal", reference)).status(500), Optional.empty());
        } catch (RuntimeException alsoBroken) {
            LOG.error("The error page failed too (reference {})", reference, alsoBroken);
            response.reset();
            response.setStatus(500);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("500 - Leerlijn: er ging iets mis / something went wrong (" + reference + ")");
        }
    }

    /** @return the path as logs may show it: a werkbegeleider's link is a secret, so its token is left out */
    static String loggable(String uri) {
        if (uri == null) {
            return null;
        }
        // A werkbegeleider's link and a certificate's code are keys: they stay out of the logs.
        for (String secret : new String[] {"/werkbegeleider/", "/certificaten/", "/verificatie/", AddressSessions.PREFIX, "/lti/registratie/"}) {
            int at = uri.indexOf(secret);
            if (at >= 0) {
                return uri.substring(0, at) + secret + "…";
            }
        }
        return uri;
    }

    private void answer(HttpServletRequest given, HttpServletResponse response) throws IOException {
        securityHeaders(response);
        HttpServletRequest request = given;
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        Optional<String> token = Optional.empty();
        if (path.startsWith(AddressSessions.PREFIX)) {
            // A session in the address: the rest of the path is the page, and base (servlet path) carries the token on.
            String rest = path.substring(AddressSessions.PREFIX.length());
            int slash = rest.indexOf('/');
            token = Optional.of(slash < 0 ? rest : rest.substring(0, slash));
            request = new SessionRequest(given, token.get(), slash < 0 ? "/" : rest.substring(slash));
            request.setAttribute(Responses.ASSETS, given.getContextPath() + given.getServletPath());
            path = request.getPathInfo();
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        if (path.startsWith("/static/") && "GET".equals(request.getMethod())) {
            serveAsset(path.substring("/static/".length()), response);
            return;
        }
        if (token.isPresent() || path.startsWith("/lti/")) {
            // A platform shows these in its frame.
            response.setHeader("Content-Security-Policy", policy(frameAncestors + " " + launchFramers.get()));
        }
        Optional<HostUser> carried = Optional.empty();
        if (token.isPresent()) {
            carried = sessions.open(token.get(), request);
            if (carried.isEmpty()) {
                if ("POST".equals(request.getMethod())) {
                    FormBody.discardRest(request, maxRequestBytes);
                }
                LOG.info("A page was asked for with an unknown or ended session: {} {}", request.getMethod(), loggable(given.getRequestURI()));
                error(request, response, locale(request, Optional.empty()), 401, "error.sessionEnded", Optional.empty());
                return;
            }
        }
        Optional<Map.Entry<Route, Map<String, String>>> match = match(request.getMethod(), path);
        if (match.isPresent() && match.get().getKey().anonymous()) {
            Locale locale = locale(request, Optional.empty());
            // A secret in the address (a calendar feed, a werkbegeleider's link) goes to no other page, not even our own.
            response.setHeader("Referrer-Policy", "no-referrer");
            if ("POST".equals(request.getMethod())) {
                boolean smallForm = Optional.ofNullable(request.getContentType()).filter(t -> t.startsWith("application/x-www-form-urlencoded"))
                        .isPresent() && request.getContentLengthLong() <= ANONYMOUS_FORM_BYTES;
                if (!smallForm) {
                    // Read what is left (as for any refused body), so the sender sees the answer, not a reset connection.
                    FormBody.discardRest(request, maxRequestBytes);
                    boolean large = request.getContentLengthLong() > ANONYMOUS_FORM_BYTES;
                    error(request, response, locale, large ? 413 : 400, large ? "error.tooLarge" : "error.badRequest", Optional.empty());
                    return;
                }
                Optional<FormBody.Unusable> unusable = FormBody.check(request, ANONYMOUS_FORM_BYTES);
                if (unusable.isPresent()) {
                    error(request, response, locale, unusable.get().status(), unusable.get().messageKey(), Optional.empty());
                    return;
                }
            }
            handle(match.get().getKey(), new WebRequest(request, Optional.empty(), locale, match.get().getValue()), response);
            return;
        }
        Optional<HostUser> user = carried.isPresent() ? carried : identity.currentUser(request);
        Locale locale = locale(request, user);
        if (user.isEmpty() || match.isEmpty()) {
            if ("POST".equals(request.getMethod())) {
                FormBody.discardRest(request, maxRequestBytes);
            }
            error(request, response, locale, user.isEmpty() ? 401 : 404, user.isEmpty() ? "error.unauthorized" : "error.notFound", user);
            return;
        }
        WebRequest webRequest = new WebRequest(request, user, locale, match.get().getValue());
        if ("POST".equals(request.getMethod()) && !tokenAccepted(webRequest, response)) {
            return;
        }
        handle(match.get().getKey(), webRequest, response);
    }

    /**
     * A form's token comes from its body only (never from the address), and only from a body that can be used (see
     * {@link FormBody}). A valid one lets the form through; an expired one brings the form back with what was typed;
     * anything else is refused.
     */
    private boolean tokenAccepted(WebRequest request, HttpServletResponse response) throws IOException {
        HttpServletRequest raw = request.raw();
        HostUser user = request.user().orElseThrow();
        Optional<FormBody.Unusable> unusable = FormBody.check(raw, maxRequestBytes);
        if (unusable.isPresent()) {
            error(raw, response, request.locale(), unusable.get().status(), unusable.get().messageKey(), request.user());
            return false;
        }
        Optional<String> token = Optional.ofNullable(raw.getParameter(CsrfTokens.FIELD));
        boolean inAddress = Optional.ofNullable(raw.getQueryString()).filter(q -> q.contains(CsrfTokens.FIELD + "=")).isPresent();
        CsrfTokens.Check check = inAddress ? CsrfTokens.Check.INVALID : csrf.check(user.id(), token.orElse(null));
        if (check == CsrfTokens.Check.VALID) {
            return true;
        }
        if (check == CsrfTokens.Check.EXPIRED) {
            LOG.info("A form from {} to {} came with an expired token; offered to send it again", user.id(), raw.getRequestURI());
            responses.page(raw, response, request.locale(), WebResult.Page.of("resend.ftlh", "error.csrfExpired.title", resend(raw))
                    .status(403), request.user());
            return false;
        }
        LOG.info("Refused a form without a valid CSRF token from {} to {}", user.id(), raw.getRequestURI());
        error(raw, response, request.locale(), 403, "error.csrf", request.user());
        return false;
    }

    private static ResendView resend(HttpServletRequest request) {
        List<ResendView.Field> fields = new ArrayList<>();
        List<ResendView.Field> typed = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(CsrfTokens.FIELD)) {
                for (String value : values) {
                    fields.add(new ResendView.Field(name, value));
                    if (!value.isBlank() && !name.equals("key") && !name.startsWith("basedOn") && !name.endsWith("BasedOn")) {
                        typed.add(new ResendView.Field(name, value));
                    }
                }
            }
        });
        String action = Optional.ofNullable(request.getPathInfo()).orElse("/");
        return new ResendView(action, fields, typed);
    }

    private void handle(Route route, WebRequest request, HttpServletResponse response) throws IOException {
        HttpServletRequest raw = request.raw();
        try {
            Supplier<WebResult> work = () -> route.handler().handle(request);
            WebResult result = route.transactional() ? unitOfWork.inTransaction(work) : unitOfWork.withoutTransaction(work);
            if (result instanceof WebResult.WithCookies withCookies) {
                withCookies.cookies().forEach(cookie -> response.addHeader("Set-Cookie", cookie));
                result = withCookies.result();
            }
            if (result instanceof WebResult.PostingAway posting) {
                String origin = posting.formOrigin();
                if (!origin.matches("https?://[A-Za-z0-9.:\\[\\]-]+")) {
                    throw new IllegalArgumentException("Not an origin: " + origin);
                }
                response.setHeader("Content-Security-Policy", Optional.ofNullable(response.getHeader("Content-Security-Policy")).orElse("")
                        .replace("form-action 'self'", "form-action 'self' " + origin));
                result = posting.page();
            }
            if (result instanceof WebResult.Away away) {
                response.setStatus(303);
                response.setHeader("Location", away.location().toString());
            } else if (result instanceof WebResult.Redirect redirect) {
                Responses.redirect(raw, response, redirect);
            } else if (result instanceof WebResult.Page page) {
                responses.page(raw, response, request.locale(), page, request.user());
            } else if (result instanceof WebResult.Download download) {
                Responses.download(response, download);
            } else if (result instanceof WebResult.FileStream file) {
                Responses.stream(response, file);
            } else if (result instanceof WebResult.Streamed streamed) {
                Responses.streamed(response, streamed);
            } else if (result instanceof WebResult.Pdf pdf) {
                responses.pdf(raw, response, pdf);
            }
        } catch (LeerlijnException e) {
            if (!Refusals.isRefusal(e)) {
                throw e;
            }
            Refusals.Answer answer = Refusals.answer(e, Messages.of(request.locale()));
            LOG.info("Refused {} {} ({}): {}", raw.getMethod(), loggable(raw.getRequestURI()), answer.status(), e.getMessage());
            responses.page(raw, response, request.locale(), ErrorView.page(answer.status(), answer.messageKey(), answer.titleKey()),
                    request.user());
        }
    }

    private void error(HttpServletRequest request, HttpServletResponse response, Locale locale, int status, String messageKey,
            Optional<HostUser> user) throws IOException {
        responses.page(request, response, locale, ErrorView.page(status, messageKey, messageKey + ".title"), user);
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

    /** A request whose address carried a session: the servlet path takes the token along, the path info is the page. */
    private static final class SessionRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
        private final String servletPath;
        private final String pathInfo;

        private final String maskedUri;

        SessionRequest(HttpServletRequest request, String token, String pathInfo) {
            super(request);
            this.servletPath = request.getServletPath() + AddressSessions.PREFIX + token;
            this.pathInfo = pathInfo;
            // What handlers and logs see of the address: the page, never the session's token.
            this.maskedUri = request.getContextPath() + request.getServletPath() + AddressSessions.PREFIX + "…" + pathInfo;
        }

        @Override
        public String getRequestURI() {
            return maskedUri;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(maskedUri);
        }

        @Override
        public String getServletPath() {
            return servletPath;
        }

        @Override
        public String getPathInfo() {
            return pathInfo;
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

    private static String policy(String framers) {
        return "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors " + framers.strip();
    }

    /** {@code style-src 'self'} also admits the host's stylesheet, which is a path on the same origin by construction. */
    private void securityHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", policy(frameAncestors));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
