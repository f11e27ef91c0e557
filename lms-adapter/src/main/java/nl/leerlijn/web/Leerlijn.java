package nl.leerlijn.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.events.Subscription;
import nl.leerlijn.jobs.BackgroundJobs;
import nl.leerlijn.notification.Notifier;
import nl.leerlijn.spi.FileStore;
import nl.leerlijn.submission.UploadPolicy;
import nl.leerlijn.web.assessment.MarkingPages;
import nl.leerlijn.web.assessment.ResultPages;
import nl.leerlijn.web.attendance.AttendancePages;
import nl.leerlijn.web.calendar.CalendarPages;
import nl.leerlijn.web.cohort.CohortPages;
import nl.leerlijn.web.cohort.StaffPages;
import nl.leerlijn.web.enrolment.ImportPages;
import nl.leerlijn.web.enrolment.ParticipantPages;
import nl.leerlijn.web.enrolment.ProfilePages;
import nl.leerlijn.web.extension.ExtensionPages;
import nl.leerlijn.web.home.HomePages;
import nl.leerlijn.web.intervisie.GroupsPages;
import nl.leerlijn.web.intervisie.MeetingPages;
import nl.leerlijn.web.notification.NotificationPages;
import nl.leerlijn.web.notification.TemplateMailComposer;
import nl.leerlijn.web.progress.ParticipantRecordPages;
import nl.leerlijn.web.progress.ProgrammePages;
import nl.leerlijn.web.render.HostStylesheet;
import nl.leerlijn.web.render.Renderer;
import nl.leerlijn.web.routing.LeerlijnServlet;
import nl.leerlijn.web.routing.Link;
import nl.leerlijn.web.routing.Navigation;
import nl.leerlijn.web.routing.Route;
import nl.leerlijn.web.routing.RouteGroup;
import nl.leerlijn.web.routing.UnitOfWork;
import nl.leerlijn.web.routing.WebResult;
import nl.leerlijn.web.schedule.SchedulePages;
import nl.leerlijn.web.security.CsrfTokens;
import nl.leerlijn.web.security.HostIdentity;
import nl.leerlijn.web.submission.PaperPages;

/**
 * Leerlijn as a host embeds it: the use cases over the host's database plus the servlet with
 * the pages. Build it with {@link #builder()}, call {@link #migrate()}, then mount
 * {@link #servlet()} at a prefix of the host's choice. Instances share nothing.
 */
public final class Leerlijn {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Leerlijn.class);
    private static final long MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
    private static final long MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

    private final LeerlijnCore core;
    private final HostIdentity identity;
    private final Renderer renderer;
    private final String frameAncestors;
    private final java.util.Optional<BackgroundJobs.Settings> backgroundJobs;
    private final java.util.Optional<URI> baseUrl;

    private Leerlijn(Builder builder) {
        this.backgroundJobs = builder.backgroundJobs;
        this.renderer = new Renderer(builder.templateOverrides, List.of(), builder.hostStylesheet);
        this.core = builder.core.mailComposer(new TemplateMailComposer(renderer, builder.baseUrl, builder.zone)).build();
        this.identity = builder.identity;
        this.frameAncestors = builder.frameAncestors;
        this.baseUrl = builder.baseUrl;
    }

    /** @return a builder; the data source and the host identity are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates or updates Leerlijn's {@code ll_} tables (history in {@code ll_schema_history}); the host's own tables
     * are left alone.
     *
     * @return how many migrations ran now
     */
    public int migrate() {
        return core.migrate();
    }

    /** @return the use cases, for hosts that want to call them directly */
    public LeerlijnCore core() {
        return core;
    }

    /** @return the renderer with the host's template overrides and stylesheet, e.g. for a host page in Leerlijn's style */
    public Renderer renderer() {
        return renderer;
    }

    /**
     * The multipart settings the servlet needs for uploads (CSV import). Set them on the servlet's
     * registration: {@code registration.setMultipartConfig(leerlijn.multipartConfig())}.
     *
     * @return uploads up to 20 MB per file, buffered to the system's temporary folder beyond 64 KB
     */
    public MultipartConfigElement multipartConfig() {
        return new MultipartConfigElement(System.getProperty("java.io.tmpdir"), MAX_UPLOAD_BYTES, MAX_REQUEST_BYTES, 64 * 1024);
    }

    /**
     * Creates the servlet with every page. Call it after {@link #migrate()} (or after the host's own Flyway ran Leerlijn's
     * migrations): a forgotten migration stops the host's start-up here, in words, instead of failing on the first page.
     *
     * @return a new front-controller servlet; mount it at any prefix such as {@code /leerlijn/*}
     * @throws nl.leerlijn.LeerlijnException when Leerlijn's tables are missing or not up to date, saying what to do
     */
    public HttpServlet servlet() {
        core.requireMigrated();
        CsrfTokens csrf = new CsrfTokens(() -> core.secrets().get("csrf"), core.clock());
        UnitOfWork unitOfWork = new UnitOfWork() {
            @Override
            public WebResult inTransaction(java.util.function.Supplier<WebResult> work) {
                return core.inUnitOfWork(work);
            }

            @Override
            public WebResult withoutTransaction(java.util.function.Supplier<WebResult> work) {
                return core.inRequest(work);
            }
        };
        return new LeerlijnServlet(groups(), remembering(identity), renderer, csrf, navigation(), unitOfWork, frameAncestors, MAX_REQUEST_BYTES,
                () -> backgroundJobs.<AutoCloseable>map(core::startBackgroundJobs).orElse(() -> { }), new nl.leerlijn.web.lti.LtiSessions(core),
                platformOrigins());
    }

    /**
     * Who may frame the pages of a launch besides the host's sources: the origins of the LTI platforms registered (read again
     * at most once a minute, so a platform registered on another node is let in soon).
     */
    private java.util.function.Supplier<String> platformOrigins() {
        java.util.concurrent.atomic.AtomicReference<java.util.Map.Entry<java.time.Instant, String>> cached = new java.util.concurrent.atomic.AtomicReference<>();
        return () -> {
            java.time.Instant now = java.time.Instant.now();
            java.util.Map.Entry<java.time.Instant, String> known = cached.get();
            if (known != null && known.getKey().isAfter(now)) {
                return known.getValue();
            }
            java.util.Set<String> sources = new java.util.LinkedHashSet<>();
            try {
                for (nl.leerlijn.lti.LtiPlatform platform : core.lti().platforms()) {
                    sources.add(platform.authUrl().getScheme() + "://" + platform.authUrl().getRawAuthority());
                    URI issuer = URI.create(platform.issuer());
                    if (issuer.getRawAuthority() != null) {
                        sources.add(issuer.getScheme() + "://" + issuer.getRawAuthority());
                    }
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not read the LTI platforms for frame-ancestors: {}", e.getMessage());
                return known == null ? "" : known.getValue();
            }
            String value = String.join(" ", sources);
            cached.set(java.util.Map.entry(now.plusSeconds(60), value));
            return value;
        };
    }

    /**
     * The host's identity, and on the way Leerlijn remembers where and in which language to reach the person (a write only
     * when that changed since this node last saw them). A failure to remember never stands in the way of the page.
     */
    private HostIdentity remembering(HostIdentity host) {
        return request -> host.currentUser(request).map(user -> {
            try {
                // The host's stated language, never the browser's: a mail should not change language with the device.
                if (user.locale().isPresent()) {
                    core.notifications().remember(user.actor(), user.email(), user.locale().get());
                } else {
                    core.notifications().remember(user.actor(), user.email());
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not remember how to reach {}: {}", user.id().value(), e.getMessage());
            }
            return user;
        });
    }

    /** @return every route the servlet answers, in the order it tries them (for documentation and tests) */
    public List<Route> routes() {
        return groups().stream().flatMap(g -> g.routes().stream()).toList();
    }

    private List<RouteGroup> groups() {
        return List.of(new HomePages(core), new CohortPages(core), new StaffPages(core), new ParticipantPages(core),
                new ImportPages(core), new ProfilePages(core), new ParticipantRecordPages(core), new ProgrammePages(core),
                new SchedulePages(core), new AttendancePages(core, baseUrl), new nl.leerlijn.web.attendance.OwnAttendancePages(core),
                new nl.leerlijn.web.graduation.GraduationPages(core, baseUrl), new nl.leerlijn.web.register.RegisterPages(core), new nl.leerlijn.web.privacy.PrivacyPages(core), new nl.leerlijn.web.lti.LtiPages(core, baseUrl, frameAncestors),
                new nl.leerlijn.web.lti.LtiAdminPages(core, baseUrl),
                new CalendarPages(core, baseUrl), new PaperPages(core),
                new ExtensionPages(core), new MarkingPages(core), new ResultPages(core), new GroupsPages(core), new MeetingPages(core),
                new NotificationPages(core, backgroundJobs.orElse(BackgroundJobs.Settings.DEFAULT).digestAt()),
                new nl.leerlijn.web.praktijk.PracticePages(core), new nl.leerlijn.web.praktijk.DuoPages(core),
                new nl.leerlijn.web.praktijk.SupervisorPages(core));
    }

    /** The main places in every page's header: for everyone their cohorts and agenda; for participants their programme and paper. */
    private Navigation navigation() {
        return (user, messages) -> {
            List<Link> places = new ArrayList<>();
            places.add(new Link(messages.get("home.title"), "/"));
            if (core.access().isStudent(user.actor())) {
                places.add(new Link(messages.get("student.programme.title"), "/programme"));
                places.add(new Link(messages.get("paper.title"), "/paper"));
                places.add(new Link(messages.get("praktijk.title"), "/praktijk"));
                places.add(new Link(messages.get("intervision.mine.title"), "/intervisie"));
                places.add(new Link(messages.get("attendance.own.title"), "/aanwezigheid"));
                places.add(new Link(messages.get("graduation.own.title"), "/diploma"));
            }
            if (core.access().mayExamineEveryCohort(user.actor())) {
                places.add(new Link(messages.get("results.title"), "/results"));
            }
            places.add(new Link(messages.get("calendar.title"), "/calendar"));
            if (core.access().isAdministrator(user.actor())) {
                places.add(new Link(messages.get("lti.admin.title"), "/beheer/lti"));
            }
            return List.copyOf(places);
        };
    }

    /** Configures a {@link Leerlijn}. Not thread-safe; use once. */
    public static final class Builder {
        private final LeerlijnCore.Builder core = LeerlijnCore.builder();
        private HostIdentity identity;
        private final List<Path> templateOverrides = new ArrayList<>();
        private String frameAncestors = "'self'";
        private java.util.Optional<HostStylesheet> hostStylesheet = java.util.Optional.empty();
        private java.util.Optional<BackgroundJobs.Settings> backgroundJobs = java.util.Optional.of(BackgroundJobs.Settings.DEFAULT);
        private java.util.Optional<URI> baseUrl = java.util.Optional.empty();
        private ZoneId zone = ZoneId.of("Europe/Amsterdam");

        private Builder() {
        }

        /**
         * Sets the host's database; Leerlijn creates only {@code ll_} tables in it.
         *
         * @param dataSource the host's database (required)
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            core.dataSource(dataSource);
            return this;
        }

        /**
         * Keeps Leerlijn's tables in a schema of their own (created by {@link Leerlijn#migrate()}) instead of the one the
         * data source connects to; see {@link LeerlijnCore.Builder#schema(String)}.
         *
         * @param schema a plain name such as {@code leerlijn}
         * @return this builder
         */
        public Builder schema(String schema) {
            core.schema(schema);
            return this;
        }

        /**
         * Sets the time source, e.g. a fixed clock in a host's tests.
         *
         * @param clock the time source (default: system clock)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            core.clock(clock);
            return this;
        }

        /**
         * Sets the zone in which times are planned and shown; they are stored in UTC.
         *
         * @param zone where cohorts meet (default Europe/Amsterdam)
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            core.zone(zone);
            this.zone = zone;
            return this;
        }

        /**
         * Adds the host's own programme definitions; call it again for more.
         *
         * @param fileOrFolder a programme definition file, or a folder of them, offered next to the samples
         * @return this builder
         */
        public Builder programmeDefinitions(Path fileOrFolder) {
            core.programmeDefinitions(fileOrFolder);
            return this;
        }

        /**
         * Sets where uploaded files are kept, content-addressed by SHA-256 (the {@link FileStore} SPI).
         *
         * @param store where uploaded files are kept (default: under the data directory)
         * @return this builder
         */
        public Builder fileStore(FileStore store) {
            core.fileStore(store);
            return this;
        }

        /**
         * Sets the folder of the default file store; unused with {@link #fileStore(FileStore)}.
         *
         * @param directory where Leerlijn keeps files when no file store is given (default {@code ./leerlijn-data})
         * @return this builder
         */
        public Builder dataDirectory(Path directory) {
            core.dataDirectory(directory);
            return this;
        }

        /**
         * Sets the upload policy (default 20 MB per file; PDF, DOCX, ODT).
         *
         * @param policy how large uploads may be and which document types are accepted
         * @return this builder
         */
        public Builder uploadPolicy(UploadPolicy policy) {
            core.uploadPolicy(policy);
            return this;
        }

        /**
         * Sets how people are reached by mail (default {@link Notifier#log()}: mails are only written to the log). Mails
         * go out from the background jobs, in each person's language, with links built from {@link #baseUrl(URI)}.
         *
         * @param notifier e.g. {@code new SmtpNotifier(new SmtpSettings(...))}, or the host's own
         * @return this builder
         */
        public Builder notifier(Notifier notifier) {
            core.notifier(notifier);
            return this;
        }

        /**
         * Sets how long the link a werkbegeleider gets to confirm a praktijkopdracht works (14 days unless set).
         *
         * @param validity at least an hour
         * @return this builder
         */
        public Builder supervisorLinkValidity(java.time.Duration validity) {
            core.supervisorLinkValidity(validity);
            return this;
        }

        /**
         * Sets how long after a session the kerndocent may confirm (or change) its presence list (7 days unless set).
         *
         * @param window at least a day
         * @return this builder
         */
        public Builder presenceConfirmationWindow(java.time.Duration window) {
            core.presenceConfirmationWindow(window);
            return this;
        }

        /**
         * Sets how long each kind of a cohort's records is kept after the cohort ends; see
         * {@link LeerlijnCore.Builder#retention(nl.leerlijn.retention.RetentionPolicy)}.
         *
         * @param policy the periods, e.g. {@code RetentionPolicy.standard().keep(Artefact.MARKED_WORK, Period.ofYears(1))}
         * @return this builder
         */
        public Builder retention(nl.leerlijn.retention.RetentionPolicy policy) {
            core.retention(policy);
            return this;
        }

        /**
         * Sets how LTI platforms' key sets are fetched; see {@link LeerlijnCore.Builder#ltiKeySets(nl.leerlijn.lti.KeySetFetcher)}.
         *
         * @param fetcher fetches a key set's JSON from its address
         * @return this builder
         */
        public Builder ltiKeySets(nl.leerlijn.lti.KeySetFetcher fetcher) {
            core.ltiKeySets(fetcher);
            return this;
        }

        /**
         * Sets how LTI platforms' services are called; see {@link LeerlijnCore.Builder#ltiServices(nl.leerlijn.lti.PlatformHttp)}.
         *
         * @param http calls a platform
         * @return this builder
         */
        public Builder ltiServices(nl.leerlijn.lti.PlatformHttp http) {
            core.ltiServices(http);
            return this;
        }

        /**
         * Lets an LTI platform on {@code http://localhost} be registered, for trying LTI on one's own machine; see
         * {@link LeerlijnCore.Builder#ltiAllowLocalhost(boolean)}.
         *
         * @param allow whether to allow it
         * @return this builder
         */
        public Builder ltiAllowLocalhost(boolean allow) {
            core.ltiAllowLocalhost(allow);
            return this;
        }

        /**
         * Adds a subscriber of the host's own to Leerlijn's events; see {@link LeerlijnCore.Builder#subscribe(Subscription)}.
         *
         * @param subscription the event type, a stable unique name and what to do
         * @return this builder
         */
        public Builder subscribe(Subscription<?> subscription) {
            core.subscribe(subscription);
            return this;
        }

        /**
         * Sets how Leerlijn learns who is asking, on every request.
         *
         * @param identity how the host says who is asking (required)
         * @return this builder
         */
        public Builder hostIdentity(HostIdentity identity) {
            this.identity = Objects.requireNonNull(identity, "identity");
            return this;
        }

        /**
         * Adds a folder of templates that replace Leerlijn's own; call it again for more (the first folder wins).
         *
         * @param folder templates here replace Leerlijn's templates of the same name
         * @return this builder
         */
        public Builder templateOverrides(Path folder) {
            templateOverrides.add(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /**
         * Links the host's own stylesheet on every page, after {@code leerlijn.css}, so its rules win.
         *
         * @param path the host's own stylesheet, a path on the same origin as Leerlijn's pages such as
         *     {@code /assets/lms-theme.css} (e.g. {@code .ll { --ll-color-primary: #004b87; }}). The
         *     Content-Security-Policy allows it ({@code style-src 'self'}).
         * @return this builder
         * @throws IllegalArgumentException for anything else: a scheme or host, {@code //}, quotes, spaces, a relative path
         */
        public Builder hostStylesheet(String path) {
            this.hostStylesheet = java.util.Optional.of(new HostStylesheet(path));
            return this;
        }

        /**
         * Sets who may show Leerlijn's pages in a frame.
         *
         * @param sources the CSP {@code frame-ancestors} value: who may show Leerlijn in a frame
         *     (default {@code 'self'}), e.g. {@code 'self' https://lms.example.nl}
         * @return this builder
         * @throws IllegalArgumentException when it is blank or holds a {@code ;}, {@code ,} or line break
         */
        public Builder frameAncestors(String sources) {
            if (sources == null || sources.isBlank() || sources.matches(".*[;,\\r\\n].*")) {
                throw new IllegalArgumentException("frame-ancestors takes space-separated sources: " + sources);
            }
            this.frameAncestors = sources.strip();
            return this;
        }

        /**
         * Sets the address people reach Leerlijn at (optional); without it the calendar feed is not offered.
         *
         * @param url the address under which people reach Leerlijn's servlet, e.g. {@code https://lms.example.nl/leerlijn}; the
         *     addresses Leerlijn shows or sends (a calendar feed) are built from it, never from the request's Host header
         * @return this builder
         * @throws IllegalArgumentException when it is not an absolute http or https address
         */
        public Builder baseUrl(URI url) {
            Objects.requireNonNull(url, "url");
            if (!url.isAbsolute() || url.getHost() == null || !(url.getScheme().equals("https") || url.getScheme().equals("http"))) {
                throw new IllegalArgumentException("The base URL is an absolute http(s) address: " + url);
            }
            String text = url.toString();
            this.baseUrl = java.util.Optional.of(URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text));
            return this;
        }

        /**
         * Sets how often the background jobs run; see {@link #withoutBackgroundJobs()} to run none.
         *
         * @param settings how often the background jobs run (default {@link BackgroundJobs.Settings#DEFAULT}); the
         *     servlet starts them when the container starts it and stops them when it is taken down
         * @return this builder
         */
        public Builder backgroundJobs(BackgroundJobs.Settings settings) {
            this.backgroundJobs = java.util.Optional.of(settings);
            return this;
        }

        /**
         * No background jobs from this node's servlet (e.g. when another node or process runs them).
         *
         * @return this builder
         */
        public Builder withoutBackgroundJobs() {
            this.backgroundJobs = java.util.Optional.empty();
            return this;
        }

        /**
         * @return the instance; tables are created by {@link Leerlijn#migrate()}
         * @throws IllegalStateException when no host identity or no data source was given
         * @throws nl.leerlijn.curriculum.ProgrammeDefinitionException when a definition file is not valid
         */
        public Leerlijn build() {
            if (identity == null) {
                throw new IllegalStateException("Leerlijn needs a HostIdentity: call hostIdentity(...) before build()");
            }
            return new Leerlijn(this);
        }
    }
}
