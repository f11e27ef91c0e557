package nl.leerlijn.web.lti;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.Permissions;
import nl.leerlijn.access.Relation;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.enrolment.ParticipantProfile;
import nl.leerlijn.lti.Arrival;
import nl.leerlijn.lti.Launch;
import nl.leerlijn.lti.LaunchRefusedException;
import nl.leerlijn.lti.LoginRedirect;
import nl.leerlijn.lti.LoginRequest;
import nl.leerlijn.lti.LtiCourse;
import nl.leerlijn.lti.LtiPlatform;
import nl.leerlijn.lti.LtiSession;
import nl.leerlijn.lti.OpenedSession;
import nl.leerlijn.web.cohort.NewCohortForm;
import nl.leerlijn.web.enrolment.SelfEnrolment;
import nl.leerlijn.web.render.Messages;
import nl.leerlijn.web.routing.Form;
import nl.leerlijn.web.routing.Frames;
import nl.leerlijn.web.routing.Option;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.WebRequest;
import nl.leerlijn.web.routing.WebResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LTI 1.3's pages. For platforms: the key set ({@code /lti/jwks}), the login initiation ({@code /lti/login}, GET or POST)
 * and the launch ({@code /lti/launch}), which opens a session carried in the address. The login's state is bound to the
 * browser by a cookie, or, where the frame gets no cookies, in the platform's own storage (LTI client-side postMessages).
 * For people arriving from a course: the instructor links the course to a cohort ({@code /lti/koppelen}), a learner completes
 * their enrolment ({@code /lti/inschrijven}), anyone else learns why there is nothing yet ({@code /lti/welkom}). For the
 * kerndocent: the courses linked to the cohort ({@code /cohorts/{id}/lti}).
 */
public final class LtiPages implements RouteGroup {
    private static final Logger LOG = LoggerFactory.getLogger(LtiPages.class);
    private static final String COOKIE = "ll_lti_";
    private static final String STORAGE_TARGET = "[A-Za-z0-9_.-]{1,100}";

    private final LeerlijnCore core;
    private final Optional<URI> baseUrl;
    private final List<String> framingOrigins;

    /**
     * @param core the use cases
     * @param baseUrl the address Leerlijn is reached at; LTI needs it (the launch address a platform registers lies under it)
     * @param frameAncestors the host's {@code frame-ancestors} sources: their https origins may answer the storage requests too
     *     (a platform whose storage frame lives on another origin than its login, such as Canvas)
     */
    public LtiPages(LeerlijnCore core, Optional<URI> baseUrl, String frameAncestors) {
        this.core = core;
        this.baseUrl = baseUrl;
        this.framingOrigins = Arrays.stream(frameAncestors.split("\\s+")).filter(s -> s.matches("https://[A-Za-z0-9.-]+(:\\d+)?")).toList();
    }

    /** Binding a login's state in the platform's storage, or checking it there. */
    public record StorageView(String mode, String target, String key, String value, String next, String origins) {
    }

    /** A launch Leerlijn refused: why, in words, and the rule for whoever looks into it. */
    public record RefusedView(String messageKey, String detail, String code) {
    }

    /** An instructor links their course: to a new cohort, or to one they run already. */
    public record LinkView(String courseTitle, String platformName, Form form, List<Option> programmes, List<Option> cohorts) {
    }

    /** A learner completes their enrolment. */
    public record EnrolView(String cohortName, String name, String email, boolean askEmail, Form form, List<Option> organisationTypes,
            List<Option> functions) {
    }

    /** Why there is nothing (yet) for this person in this course. */
    public record WelcomeView(String messageKey, String courseTitle, String cohortName) {
    }

    /** What an instructor may place in their course by deep linking. */
    public record PlaceView(String courseTitle, boolean multiple, List<Option> pages, Form form) {
    }

    /** The deep linking response, posted to the platform by the browser. */
    public record ReturnView(String action, String jwt) {
    }

    /** The courses linked to a cohort. */
    public record CoursesView(long cohortId, List<CourseRow> courses, boolean assistantsAssess, String notice) {
    }

    /** One linked course. */
    public record CourseRow(String title, String platform, String linkedAt, String linkedBy, boolean assistantsAssess, String roster,
            boolean rosterProblem) {
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.anonymousGet("/lti/jwks", this::keySet),
                Route.anonymousGet("/lti/login", this::login),
                Route.anonymousPost("/lti/login", this::login),
                // Not in a transaction: the platform's keys may have to be fetched, which must hold no connection.
                new Route("POST", "/lti/launch", this::launch, true, false),
                Route.get("/lti/koppelen", this::linkPage),
                Route.post("/lti/koppelen", this::linkExisting),
                Route.post("/lti/koppelen/nieuw", this::linkNew),
                Route.get("/lti/inschrijven", this::enrolPage),
                Route.post("/lti/inschrijven", this::enrol),
                Route.get("/lti/welkom", this::welcome),
                Route.get("/lti/plaatsen", this::placePage),
                Route.post("/lti/plaatsen", this::place),
                Route.get("/cohorts/{cohortId}/lti", this::courses),
                Route.post("/cohorts/{cohortId}/lti", this::assistants),
                // Calls the platforms outside any transaction; the reading opens its own.
                new Route("POST", "/cohorts/{cohortId}/lti/rooster", this::roster, false, false));
    }

    private WebResult keySet(WebRequest request) {
        return new WebResult.Download("jwks.json", "application/json", core.lti().publicKeySet().getBytes(StandardCharsets.UTF_8), false);
    }

    // ---- for platforms ----------------------------------------------------------------------------------------------

    private WebResult login(WebRequest request) {
        if (baseUrl.isEmpty()) {
            return refused(request, "lti.refused.notConfigured", "BASE_URL");
        }
        URI base = baseUrl.get();
        Optional<String> storage = request.parameter("lti_storage_target").map(String::strip).filter(t -> t.matches(STORAGE_TARGET));
        LoginRequest login = new LoginRequest(raw(request, "iss"), raw(request, "login_hint"), raw(request, "target_link_uri"),
                request.parameter("lti_message_hint"), request.parameter("client_id"), request.parameter("lti_deployment_id"), storage);
        LoginRedirect redirect;
        try {
            redirect = core.lti().startLogin(login, URI.create(base + "/lti/launch"), base);
        } catch (LaunchRefusedException e) {
            return refused(request, e);
        }
        String cookie = COOKIE + cookieSuffix(redirect.state()) + "=" + redirect.state() + "; Path=" + cookiePath(request.raw())
                + "; Max-Age=600; HttpOnly; Secure; SameSite=None";
        if (storage.isEmpty()) {
            return new WebResult.WithCookies(new WebResult.Away(redirect.location()), List.of(cookie));
        }
        // Where the frame gets no cookies, the platform keeps the state for the launch to check.
        LtiPlatform platform = platformOf(login).orElseThrow();
        return new WebResult.WithCookies(WebResult.Page.of("lti/storage.ftlh", "lti.login.title", new StorageView("put", storage.get(),
                "state_" + redirect.state(), redirect.state(), redirect.location().toString(), origins(platform))), List.of(cookie));
    }

    private WebResult launch(WebRequest request) {
        if (baseUrl.isEmpty()) {
            return refused(request, "lti.refused.notConfigured", "BASE_URL");
        }
        Optional<String> error = request.parameter("error");
        if (error.isPresent()) {
            // The platform could not log the person in (login_required, access_denied, ...): its words, cut short.
            String description = request.parameter("error_description").orElse(error.get()).replaceAll("\\p{Cntrl}", " ");
            LOG.info("An LTI platform answered a login with an error: {}", error.get().replaceAll("[^A-Za-z0-9_.-]", "?"));
            return refused(request, "lti.refused.platformError", description.length() > 300 ? description.substring(0, 300) : description);
        }
        String state = raw(request, "state");
        Launch launch;
        try {
            launch = core.lti().launch(raw(request, "id_token"), state);
        } catch (LaunchRefusedException e) {
            return refused(request, e);
        }
        String cookieName = COOKIE + cookieSuffix(state);
        boolean cookieBound = Optional.ofNullable(request.raw().getCookies()).map(Arrays::asList).orElse(List.of()).stream()
                .filter(c -> c.getName().equals(cookieName)).map(Cookie::getValue)
                .anyMatch(v -> MessageDigest.isEqual(v.getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8)));
        if (!cookieBound && launch.storageTarget().isEmpty()) {
            LOG.warn("LTI launch from {} refused: the browser did not bring the login's cookie and the platform offers no storage",
                    launch.platform().issuer());
            return refused(request, "lti.refused.browser", "STATE_BINDING");
        }
        OpenedSession opened = core.lti().openSession(launch);
        Arrival arrival = core.lti().arrive(opened.session());
        remember(opened.session());
        String next = "/s/" + opened.token() + landing(arrival, launch, opened.session());
        String clear = cookieName + "=; Path=" + cookiePath(request.raw()) + "; Max-Age=0; HttpOnly; Secure; SameSite=None";
        if (cookieBound) {
            return new WebResult.WithCookies(new WebResult.Redirect(next), List.of(clear));
        }
        return WebResult.Page.of("lti/storage.ftlh", "lti.login.title", new StorageView("get", launch.storageTarget().get(),
                "state_" + state, state, base(request.raw()) + next, origins(launch.platform())));
    }

    /** Where a launch lands: the page its link names, as the person's part of it; else the start of their part. */
    private String landing(Arrival arrival, Launch launch, LtiSession session) {
        if (session.deepLinking()) {
            return session.instructor() ? "/lti/plaatsen" : "/lti/welkom";
        }
        String base = baseUrl.orElseThrow().toString();
        String target = launch.targetLinkUri();
        Optional<String> page = Optional.of(target).filter(t -> t.startsWith(base + "/")).map(t -> t.substring(base.length()))
                .filter(PLACES::containsKey);
        return landing(arrival, page);
    }

    /**
     * The pages an instructor may place in a course, by their path: the same link brings a participant to their own page
     * and the cohort's staff to the cohort's page about the same thing.
     */
    private static final Map<String, String> PLACES = placesInOrder();

    private static Map<String, String> placesInOrder() {
        Map<String, String> places = new java.util.LinkedHashMap<>();
        places.put("/", "");
        places.put("/programme", "");
        places.put("/paper", "/marking");
        places.put("/praktijk", "/duos");
        places.put("/intervisie", "/intervisie");
        places.put("/aanwezigheid", "/schedule");
        return java.util.Collections.unmodifiableMap(places);
    }

    private static String landing(Arrival arrival, Optional<String> page) {
        return switch (arrival.kind()) {
            case STAFF -> "/cohorts/" + arrival.cohort().orElseThrow().value() + page.map(PLACES::get).orElse("");
            case PARTICIPANT -> page.filter(p -> !p.equals("/") && !p.equals("/programme")).orElse("/programme")
                    + "?leergang=" + arrival.cohort().orElseThrow().value();
            case COMPLETE_PROFILE -> "/profile?leergang=" + arrival.cohort().orElseThrow().value();
            case ENROL -> "/lti/inschrijven";
            case LINK_COURSE -> "/lti/koppelen";
            case NOT_LINKED, ASSISTANTS_NOT_ALLOWED, NO_COURSE, REMOVED -> "/lti/welkom";
        };
    }

    private void remember(LtiSession session) {
        try {
            String email = session.email().orElse("");
            Optional<java.util.Locale> locale = session.locale().map(java.util.Locale::forLanguageTag).filter(l -> !l.getLanguage().isEmpty());
            if (locale.isPresent()) {
                core.notifications().remember(session.actor(), email, locale.get());
            } else {
                core.notifications().remember(session.actor(), email);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not remember how to reach {}: {}", session.actor().userId().value(), e.getMessage());
        }
    }

    // ---- for people arriving from a course --------------------------------------------------------------------------

    private WebResult linkPage(WebRequest request) {
        LtiSession session = LtiSessions.of(request);
        Optional<WebResult> elsewhere = elsewhere(session, Arrival.Kind.LINK_COURSE);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        return linkPage(request, session, Form.initial(Map.of("name", session.contextTitle().orElse(""))), 200);
    }

    private WebResult linkPage(WebRequest request, LtiSession session, Form form, int status) {
        Actor actor = session.actor();
        List<Option> programmes = core.programmes().all().stream()
                .map(d -> new Option(d.programme().id().value(), d.programme().title())).toList();
        List<Option> cohorts = core.cohorts().cohortsOf(actor).stream().filter(m -> m.relation() == Relation.CORE_TEACHER)
                .map(m -> new Option(Long.toString(m.cohort().id().value()), m.cohort().name())).toList();
        String platform = core.lti().platforms().stream().filter(p -> p.id() == session.platformId()).map(LtiPlatform::name).findFirst()
                .orElse("");
        return WebResult.Page.of("lti/link.ftlh", "lti.link.title", new LinkView(session.contextTitle().orElse(session.contextId().orElse("")),
                platform, form, programmes, cohorts)).status(status);
    }

    private WebResult linkNew(WebRequest request) {
        LtiSession session = LtiSessions.of(request);
        Form form = Form.of(request);
        Optional<NewCohort> cohort = NewCohortForm.read(form, core.programmes());
        if (cohort.isEmpty()) {
            return linkPage(request, session, form, 400);
        }
        core.access().requireOwn(session.actor(), session.instructor(), "create a cohort for an LTI course");
        Cohort created = core.cohorts().create(session.actor(), cohort.get());
        core.lti().link(session, created.id());
        return new WebResult.Redirect("/cohorts/" + created.id().value() + "?notice=created");
    }

    private WebResult linkExisting(WebRequest request) {
        LtiSession session = LtiSessions.of(request);
        Form form = Form.of(request);
        Optional<Long> chosen = request.queryId("cohort");
        if (chosen.isEmpty()) {
            form.reject("cohort", "lti.link.chooseCohort");
            return linkPage(request, session, form, 400);
        }
        core.lti().link(session, new CohortId(chosen.get()));
        return new WebResult.Redirect("/cohorts/" + chosen.get() + "?notice=linked");
    }

    private WebResult enrolPage(WebRequest request) {
        LtiSession session = LtiSessions.of(request);
        Optional<WebResult> elsewhere = elsewhere(session, Arrival.Kind.ENROL);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        return enrolPage(request, session, Form.initial(Map.of()), 200);
    }

    private WebResult enrolPage(WebRequest request, LtiSession session, Form form, int status) {
        Messages messages = request.messages();
        LtiCourse course = core.lti().course(session).orElseThrow();
        return WebResult.Page.of("lti/enrol.ftlh", "lti.enrol.title", new EnrolView(course.cohortName(), session.actor().displayName(),
                session.email().orElse(""), session.email().isEmpty(), form, SelfEnrolment.organisationTypes(messages),
                SelfEnrolment.functions(messages))).status(status);
    }

    private WebResult enrol(WebRequest request) {
        LtiSession session = LtiSessions.of(request);
        Form form = Form.of(request);
        Optional<ParticipantProfile> profile = SelfEnrolment.read(form, session.actor().displayName(), session.email());
        if (profile.isEmpty()) {
            return enrolPage(request, session, form, 400);
        }
        core.lti().enrol(session, profile.get());
        long cohort = core.lti().course(session).orElseThrow().cohort().value();
        return new WebResult.Redirect("/programme?leergang=" + cohort + "&notice=enrolled");
    }

    private WebResult welcome(WebRequest request) {
        LtiSession session = LtiSessions.of(request);
        Arrival arrival = core.lti().whereTo(session);
        String key = switch (arrival.kind()) {
            case REMOVED -> "lti.welcome.removed";
            case NOT_LINKED -> "lti.welcome.notLinked";
            case ASSISTANTS_NOT_ALLOWED -> "lti.welcome.assistants";
            case NO_COURSE -> session.contextId().isEmpty() ? "lti.welcome.noCourse" : "lti.welcome.noRole";
            default -> "";
        };
        if (key.isEmpty()) {
            return new WebResult.Redirect(landing(arrival, session));
        }
        String cohortName = core.lti().course(session).map(LtiCourse::cohortName).orElse("");
        return WebResult.Page.of("lti/welcome.ftlh", "lti.welcome.title", new WelcomeView(key, session.contextTitle().orElse(""), cohortName));
    }

    /** @return a redirect to where the person belongs, when that is not the page asked for (a link made meanwhile, a second tab) */
    private Optional<WebResult> elsewhere(LtiSession session, Arrival.Kind page) {
        Arrival arrival = core.lti().whereTo(session);
        return arrival.kind() == page ? Optional.empty() : Optional.of(new WebResult.Redirect(landing(arrival, session)));
    }

    private static String placeKey(String page) {
        return "lti.place.page." + (page.equals("/") ? "home" : page.substring(1));
    }

    private static String landing(Arrival arrival, LtiSession session) {
        return landing(arrival, Optional.empty());
    }

    private WebResult placePage(WebRequest request) {
        LtiSession session = LtiSessions.of(request);
        core.access().requireOwn(session.actor(), session.deepLinking() && session.instructor(), "place Leerlijn in a course");
        return placePage(request, session, Form.initial(Map.of("page", "/")), 200);
    }

    private WebResult placePage(WebRequest request, LtiSession session, Form form, int status) {
        Messages messages = request.messages();
        List<Option> pages = PLACES.keySet().stream().map(p -> new Option(p, messages.get(placeKey(p)))).toList();
        return WebResult.Page.of("lti/place.ftlh", "lti.place.title", new PlaceView(session.contextTitle().orElse(""), true, pages, form))
                .status(status);
    }

    private WebResult place(WebRequest request) {
        LtiSession session = LtiSessions.of(request);
        Messages messages = request.messages();
        String[] chosen = Optional.ofNullable(request.raw().getParameterValues("page")).orElse(new String[0]);
        List<nl.leerlijn.lti.ContentItem> items = new ArrayList<>();
        for (String page : new LinkedHashSet<>(Arrays.asList(chosen))) {
            if (!PLACES.containsKey(page)) {
                throw new nl.leerlijn.web.routing.UnknownChoiceException("page", page);
            }
            items.add(new nl.leerlijn.lti.ContentItem(messages.get(placeKey(page) + ".title"),
                    URI.create(baseUrl.orElseThrow() + (page.equals("/") ? "/" : page))));
        }
        if (items.isEmpty()) {
            Form form = Form.of(request);
            form.reject("page", "lti.place.choose");
            return placePage(request, session, form, 400);
        }
        nl.leerlijn.lti.DeepLinkResponse response = core.lti().deepLinkResponse(session, items);
        URI back = response.returnUrl();
        return new WebResult.PostingAway(WebResult.Page.of("lti/place-return.ftlh", "lti.place.title",
                new ReturnView(back.toString(), response.jwt())), back.getScheme() + "://" + back.getRawAuthority());
    }

    // ---- for the kerndocent -----------------------------------------------------------------------------------------

    private WebResult courses(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        Actor actor = request.actor();
        List<LtiCourse> linked = core.lti().courses(actor, id);
        Cohort cohort = core.cohorts().cohort(actor, id);
        Messages messages = request.messages();
        java.time.format.DateTimeFormatter format = nl.leerlijn.web.render.Dates.dayAndTime(messages.locale());
        List<CourseRow> rows = new ArrayList<>();
        Map<String, String> names = new java.util.HashMap<>();
        core.cohorts().staff(actor, id).forEach(m -> names.putIfAbsent(m.userId().value(), m.displayName()));
        for (LtiCourse course : linked) {
            String roster = course.lastRosterSync().map(r -> r.problem().map(p -> messages.get("lti.courses.rosterProblem",
                    format.format(r.at().atZone(core.zone())), p.startsWith(nl.leerlijn.lti.RosterSync.REFUSED)
                            ? messages.get("lti.courses.problem.refused", p.substring(nl.leerlijn.lti.RosterSync.REFUSED.length()))
                            : messages.get("lti.courses.problem." + (p.equals(nl.leerlijn.lti.RosterSync.NO_SERVICE) ? "noService" : "unreachable")))).orElseGet(() -> messages.get("lti.courses.rosterRead",
                    format.format(r.at().atZone(core.zone())), r.enrolled(), r.withdrawn(), r.skipped()))).orElse(messages.get("lti.courses.rosterNever"));
            String by = names.getOrDefault(course.linkedBy(), course.linkedBy());
            rows.add(new CourseRow(course.title(), course.platformName(), format.format(course.linkedAt().atZone(core.zone())), by,
                    course.assistantsAssess(), roster, course.lastRosterSync().flatMap(nl.leerlijn.lti.RosterSync::problem).isPresent()));
        }
        Permissions permissions = core.access().in(id, actor);
        return WebResult.Page.of("lti/courses.ftlh", "lti.courses.title", new CoursesView(id.value(), rows,
                linked.stream().anyMatch(LtiCourse::assistantsAssess), request.notice("lti.courses.notice.", Set.of("saved", "read"))))
                .trail(Frames.then(Frames.cohort(cohort, messages), new nl.leerlijn.web.routing.Link(messages.get("menu.staff"),
                        "/cohorts/" + id.value() + "/staff")))
                .in(Frames.cohortMenu(cohort, permissions, "/cohorts/" + id.value() + "/staff", messages));
    }

    private WebResult assistants(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        boolean assess = request.choice("assistantsAssess", Set.of("ja", "nee")).map("ja"::equals).orElse(false);
        core.lti().assistantsAssess(request.actor(), id, assess);
        return new WebResult.Redirect("/cohorts/" + id.value() + "/lti?notice=saved");
    }

    private WebResult roster(WebRequest request) {
        CohortId id = new CohortId(request.id("cohortId"));
        core.lti().syncRoster(request.actor(), id);
        return new WebResult.Redirect("/cohorts/" + id.value() + "/lti?notice=read");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private WebResult refused(WebRequest request, LaunchRefusedException e) {
        String key = switch (e.reason()) {
            case UNKNOWN_PLATFORM, DEPLOYMENT -> "lti.refused.registration";
            case FOREIGN_TARGET -> "lti.refused.target";
            case STATE, REPLAY -> "lti.refused.state";
            case TIME -> "lti.refused.time";
            default -> "lti.refused.untrusted";
        };
        return refused(request, key, e.reason().name());
    }

    private static WebResult refused(WebRequest request, String messageKey, String code) {
        boolean detail = messageKey.equals("lti.refused.platformError");
        return WebResult.Page.of("lti/refused.ftlh", "lti.refused.title", new RefusedView(messageKey, detail ? code : "", detail ? "" : code))
                .status(400);
    }

    private Optional<LtiPlatform> platformOf(LoginRequest login) {
        return core.lti().platforms().stream().filter(p -> p.issuer().equals(login.issuer()))
                .filter(p -> login.clientId().map(p.clientId()::equals).orElse(true)).findFirst();
    }

    /** @return the origins whose answers to a storage request count: the platform's login and issuer, and the host's framers */
    private String origins(LtiPlatform platform) {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(origin(platform.authUrl()));
        origin(platform.issuer()).ifPresent(origins::add);
        origins.addAll(framingOrigins);
        return String.join(" ", origins);
    }

    private static String origin(URI address) {
        return address.getScheme() + "://" + address.getRawAuthority();
    }

    private static Optional<String> origin(String address) {
        try {
            URI uri = URI.create(address);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? Optional.empty() : Optional.of(origin(uri));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String raw(WebRequest request, String name) {
        return Optional.ofNullable(request.raw().getParameter(name)).orElse("");
    }

    private static String cookieSuffix(String state) {
        String safe = state.replaceAll("[^A-Za-z0-9_-]", "");
        return safe.substring(0, Math.min(16, safe.length()));
    }

    private static String cookiePath(HttpServletRequest request) {
        return base(request) + "/lti/";
    }

    private static String base(HttpServletRequest request) {
        return request.getContextPath() + request.getServletPath();
    }
}
