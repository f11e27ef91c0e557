package nl.leerlijn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.leerlijn.access.Access;
import nl.leerlijn.access.Secrets;
import nl.leerlijn.assessment.AssessmentService;
import nl.leerlijn.assessment.Results;
import nl.leerlijn.attendance.AttendanceRegister;
import nl.leerlijn.attendance.AttendanceService;
import nl.leerlijn.calendar.CalendarService;
import nl.leerlijn.cohort.CohortService;
import nl.leerlijn.cohort.Cohorts;
import nl.leerlijn.curriculum.ProgrammeCatalog;
import nl.leerlijn.curriculum.ProgrammeVersions;
import nl.leerlijn.database.LeerlijnDatabase;
import nl.leerlijn.enrolment.EnrolmentService;
import nl.leerlijn.enrolment.Participants;
import nl.leerlijn.extension.ExtensionService;
import nl.leerlijn.extension.Extensions;
import nl.leerlijn.intervisie.IntervisionService;
import nl.leerlijn.events.EventBus;
import nl.leerlijn.events.Subscription;
import nl.leerlijn.intervisie.MeetingsAhead;
import nl.leerlijn.jobs.BackgroundJobs;
import nl.leerlijn.jobs.JobRegistry;
import nl.leerlijn.jobs.WorkQueue;
import nl.leerlijn.notification.MailComposer;
import nl.leerlijn.notification.NotificationService;
import nl.leerlijn.notification.Notifications;
import nl.leerlijn.notification.Notifier;
import nl.leerlijn.progress.Standings;
import nl.leerlijn.progress.ProgressService;
import nl.leerlijn.schedule.ScheduleService;
import nl.leerlijn.schedule.Schedules;
import nl.leerlijn.spi.FileStore;
import nl.leerlijn.spi.FileSystemFileStore;
import nl.leerlijn.submission.SubmissionService;
import nl.leerlijn.submission.Submissions;
import nl.leerlijn.submission.UploadPolicy;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.jdbi.v3.core.Jdbi;

/**
 * One Leerlijn instance without its web layer: the domain use cases over the host's database.
 * Build it with {@link #builder()}. Instances share nothing: two in one JVM (on two data sources)
 * do not see each other. Thread-safe once built.
 */
public final class LeerlijnCore {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LeerlijnCore.class);
    private final LeerlijnDatabase database;
    private final Clock clock;
    private final ZoneId zone;
    private final ProgrammeCatalog programmes;
    private final Access access;
    private final Secrets secrets;
    private final Submissions submissionStore;
    private final CohortService cohorts;
    private final EnrolmentService enrolment;
    private final ScheduleService schedule;
    private final AttendanceService attendance;
    private final ProgressService progress;
    private final CalendarService calendar;
    private final SubmissionService submissions;
    private final ExtensionService extensions;
    private final AssessmentService assessments;
    private final IntervisionService intervision;
    private final nl.leerlijn.praktijk.PracticeService practice;
    private final nl.leerlijn.graduation.GraduationService graduation;
    private final nl.leerlijn.register.RegisterService registers;
    private final nl.leerlijn.retention.RetentionService retention;
    private final nl.leerlijn.privacy.PersonalDataService personalData;
    private final nl.leerlijn.lti.LtiService lti;
    private final NotificationService notificationService;
    private final Notifications notifications;
    private final WorkQueue work;
    private final JobRegistry jobs = new JobRegistry();

    private LeerlijnCore(Builder builder) {
        this.database = new LeerlijnDatabase(builder.dataSource, java.util.Optional.ofNullable(builder.schema));
        this.clock = builder.clock;
        this.zone = builder.zone;
        this.programmes = ProgrammeCatalog.withFiles(builder.programmeFiles);
        Jdbi jdbi = database.jdbi();
        ProgrammeVersions versions = ProgrammeVersions.inDatabase(jdbi, clock);
        this.access = new Access(jdbi);
        this.secrets = new Secrets(jdbi, clock);
        Cohorts cohortLookup = new Cohorts(jdbi, versions);
        Participants participantLookup = new Participants(jdbi);
        Schedules scheduleLookup = new Schedules(jdbi, zone);
        AttendanceRegister register = new AttendanceRegister(jdbi);
        Extensions extensionLookup = new Extensions(jdbi);
        Results results = new Results(jdbi);
        FileStore files = fileStore(builder);
        this.submissionStore = new Submissions(jdbi, clock, files);
        this.work = new WorkQueue(jdbi, database.dataSource());
        this.progress = new ProgressService(jdbi, clock, access, cohortLookup, participantLookup, scheduleLookup, register,
                submissionStore, results, extensionLookup);
        this.notifications = new Notifications(jdbi, clock, zone, work, builder.notifier, builder.composer,
                new Notifications.Sources(cohortLookup, participantLookup, submissionStore, extensionLookup, scheduleLookup,
                        new Standings(progress), new MeetingsAhead(jdbi, scheduleLookup)));
        this.notificationService = new NotificationService(jdbi, clock, access, participantLookup);
        List<Subscription<?>> subscriptions = new ArrayList<>(notifications.subscriptions());
        subscriptions.add(new nl.leerlijn.praktijk.PracticeNotices(jdbi, submissionStore, participantLookup, cohortLookup, notifications)
                .subscription());
        // A released result goes to the platform's gradebook when the participant came from one (LTI Assignment and Grade
        // Services); a delivery that cannot reach the platform is tried again.
        java.util.concurrent.atomic.AtomicReference<nl.leerlijn.lti.LtiService> scores = new java.util.concurrent.atomic.AtomicReference<>();
        subscriptions.add(new Subscription<>("lti.result-released", nl.leerlijn.assessment.ResultReleased.class,
                e -> scores.get().sendScore(e.submission())));
        subscriptions.add(new Subscription<>("lti.result-taken-back", nl.leerlijn.assessment.ResultTakenBack.class,
                e -> scores.get().takeBackScore(e.submission())));
        subscriptions.addAll(builder.subscriptions);
        EventBus events = new EventBus(work, subscriptions);
        this.cohorts = new CohortService(jdbi, clock, programmes, versions, access, cohortLookup, scheduleLookup);
        this.enrolment = new EnrolmentService(jdbi, clock, access, cohortLookup, participantLookup, events);
        this.schedule = new ScheduleService(jdbi, clock, zone, access, participantLookup, scheduleLookup, events);
        this.attendance = new AttendanceService(jdbi, clock, access, participantLookup, scheduleLookup, cohortLookup, register,
                builder.presenceConfirmationWindow);
        this.calendar = new CalendarService(jdbi, clock, scheduleLookup);
        this.extensions = new ExtensionService(jdbi, clock, access, participantLookup, scheduleLookup, cohortLookup, versions,
                extensionLookup, events);
        nl.leerlijn.praktijk.Duos duos = new nl.leerlijn.praktijk.Duos(jdbi, participantLookup);
        this.submissions = new SubmissionService(jdbi, clock, builder.uploadPolicy, access, participantLookup, cohortLookup,
                scheduleLookup, submissionStore, duos, events);
        this.assessments = new AssessmentService(jdbi, clock, access, cohortLookup, participantLookup, submissionStore, results, events);
        this.intervision = new IntervisionService(jdbi, clock, zone, access, cohortLookup, participantLookup, scheduleLookup, register,
                events);
        jobs.recurring(BackgroundJobs.REMOVE_ORPHANS, s -> FixedDelay.of(s.orphanSweep()), s -> {
            int removed = submissionStore.removeOrphans(s.orphanGrace());
            if (removed > 0) {
                LOG.info("Removed {} orphaned upload(s) from the file store", removed);
            }
        });
        jobs.recurring(BackgroundJobs.REMOVE_EXPIRED_CASES, s -> FixedDelay.of(s.orphanSweep()), s -> intervision.removeExpiredCases());
        this.practice = new nl.leerlijn.praktijk.PracticeService(jdbi, clock, builder.supervisorLinkValidity, access, cohortLookup,
                participantLookup, submissionStore, secrets, work, builder.notifier, builder.composer, results, events);
        practice.register(jobs);
        this.graduation = new nl.leerlijn.graduation.GraduationService(jdbi, clock, zone, access, cohortLookup, participantLookup,
                new Standings(progress), register);
        this.registers = new nl.leerlijn.register.RegisterService(jdbi, zone, access, cohortLookup, participantLookup, scheduleLookup,
                register);
        this.retention = new nl.leerlijn.retention.RetentionService(jdbi, clock, zone, builder.retention, access, cohortLookup,
                submissionStore);
        jobs.recurring(BackgroundJobs.PURGE_EXPIRED, s -> FixedDelay.of(java.time.Duration.ofDays(1)), s -> retention.purgeExpired());
        this.personalData = new nl.leerlijn.privacy.PersonalDataService(jdbi, clock, access, files);
        this.lti = new nl.leerlijn.lti.LtiService(jdbi, clock, access, builder.ltiKeySets, builder.ltiAllowLocalhost,
                cohortLookup, participantLookup, events, builder.ltiServices, submissionStore, results);
        scores.set(lti);
        jobs.recurring(BackgroundJobs.LTI_HOUSEKEEPING, s -> FixedDelay.of(java.time.Duration.ofDays(1)),
                s -> lti.housekeeping(nl.leerlijn.lti.LtiService.KEY_MAX_AGE, nl.leerlijn.lti.LtiService.KEY_GRACE));
        jobs.recurring(BackgroundJobs.LTI_ROSTERS, s -> FixedDelay.of(java.time.Duration.ofDays(1)), s -> lti.syncRosters());
        jobs.oneTime(EventBus.DELIVER, events::deliver);
        notifications.register(jobs);
    }

    /** @return a builder; only the data source is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts Leerlijn's background work on this node (see {@link BackgroundJobs}); call after {@link #migrate()}.
     *
     * @param settings how often the jobs run, e.g. {@link BackgroundJobs.Settings#DEFAULT}
     * @return the running jobs; close them when the host stops
     */
    public BackgroundJobs startBackgroundJobs(BackgroundJobs.Settings settings) {
        return BackgroundJobs.start(database.dataSource(), jobs, work, settings);
    }

    /**
     * Removes uploaded content that never became part of a version (a refused or repeated upload), once it has waited
     * {@code grace}. The background jobs do this every hour; a host that runs its own scheduler instead
     * ({@code withoutBackgroundJobs()}) calls it itself.
     *
     * @param grace how old unused content must be before it goes (an upload may still be under way)
     * @return how many files were removed from the file store
     */
    public int removeOrphanedUploads(java.time.Duration grace) {
        return submissionStore.removeOrphans(grace);
    }

    /**
     * Creates or updates Leerlijn's tables ({@code ll_*}, history in {@code ll_schema_history}).
     *
     * @return how many migrations ran now
     */
    public int migrate() {
        return database.migrate();
    }

    /**
     * Checks that {@link #migrate()} (or the host's own Flyway run over Leerlijn's migrations) has brought every table
     * up to date. The servlet calls this when the container starts it.
     *
     * @throws LeerlijnException saying how many migrations wait and what to do
     */
    public void requireMigrated() {
        database.requireMigrated();
    }

    /** @return the programme definitions on offer */
    public ProgrammeCatalog programmes() {
        return programmes;
    }

    /** @return cohort use cases */
    public CohortService cohorts() {
        return cohorts;
    }

    /** @return participant use cases */
    public EnrolmentService enrolment() {
        return enrolment;
    }

    /** @return schedule use cases */
    public ScheduleService schedule() {
        return schedule;
    }

    /** @return progress use cases: marking online work done, where participants stand, who needs attention */
    public ProgressService progress() {
        return progress;
    }

    /** @return presence at sessions: the presence list, recording who attended */
    public AttendanceService attendance() {
        return attendance;
    }

    /** @return what the professional registers (Registerplein, SKJ) take from a cohort: confirmed presence and net hours */
    public nl.leerlijn.register.RegisterService registers() {
        return registers;
    }

    /**
     * @return retention: how long each kind of a cohort's records is kept, what went, and the deletion the background jobs
     *     run daily
     */
    public nl.leerlijn.retention.RetentionService retention() {
        return retention;
    }

    /** @return LTI 1.3: registered platforms, Leerlijn's keys, the login and launch checks */
    public nl.leerlijn.lti.LtiService lti() {
        return lti;
    }

    /** @return what Leerlijn holds about the person asking (AVG inzage), to download as one archive */
    public nl.leerlijn.privacy.PersonalDataService personalData() {
        return personalData;
    }

    /** @return graduation use cases: dossiers, the examencommissie's decisions, certificates and their verification */
    public nl.leerlijn.graduation.GraduationService graduation() {
        return graduation;
    }

    /**
     * @return how people relate to cohorts and what they may do there: the one place Leerlijn decides permissions, for
     *     pages that ask which actions to offer
     */
    public Access access() {
        return access;
    }

    /** @return assessing handed-in work: markings, agreed results, release, audit trail */
    public AssessmentService assessments() {
        return assessments;
    }

    /** @return extensions of deadlines: requests, decisions, grants */
    public ExtensionService extensions() {
        return extensions;
    }

    /** @return handing in work: versions, drafts and submissions */
    public SubmissionService submissions() {
        return submissions;
    }

    /** @return what people are told: "Nieuw voor jou", opening a notification, their mail choices */
    public NotificationService notifications() {
        return notificationService;
    }

    /**
     * Plans today's digest for everyone who has something in it (once per person and day, whichever node asks).
     * The background jobs do this each morning; a host that runs no background jobs calls it itself.
     *
     * @return how many digests were planned now (they go out through the background jobs)
     */
    public int planDigests() {
        return notifications.planDigests();
    }

    /**
     * Makes the reminders that are due: coming deadlines and intervisie roles. The background jobs do this every hour.
     *
     * @return how many reminders were made now
     */
    public int remind() {
        return notifications.remind();
    }

    /**
     * @return praktijkopdrachten: duos, outcomes, reflections, the werkbegeleider's confirmation through a signed link
     *     (the versions themselves go through {@link #submissions()})
     */
    public nl.leerlijn.praktijk.PracticeService practice() {
        return practice;
    }

    /** @return intervisie: groups, meetings, cases, presence and reflections */
    public IntervisionService intervision() {
        return intervision;
    }

    private static FileStore fileStore(Builder builder) {
        if (builder.fileStore != null) {
            return builder.fileStore;
        }
        try {
            return new FileSystemFileStore(builder.dataDirectory.resolve("files"));
        } catch (IOException e) {
            throw new UncheckedIOException("Leerlijn's file folder under " + builder.dataDirectory + " cannot be created", e);
        }
    }

    /** @return calendar feeds */
    public CalendarService calendar() {
        return calendar;
    }

    /** @return the secrets all nodes share (signing keys) */
    public Secrets secrets() {
        return secrets;
    }

    /**
     * Runs {@code work} in one database transaction: every use case it calls on this thread shares
     * one connection, and everything it changes is saved together or not at all. The web layer
     * wraps each request in one.
     *
     * @param <T> what the work returns
     * @param work the use case calls to run together
     * @return what {@code work} returns
     */
    public <T> T inUnitOfWork(Supplier<T> work) {
        return access.forRequest(() -> database.jdbi().inTransaction(h -> work.get()));
    }

    /**
     * Runs {@code work} as one request without a transaction around it, for work that streams (an upload): the use cases
     * it calls open their own short transactions. Permissions worked out are remembered until it ends, as in
     * {@link #inUnitOfWork}.
     *
     * @param <T> what the work returns
     * @param work the use case calls to run
     * @return what {@code work} returns
     */
    public <T> T inRequest(Supplier<T> work) {
        return access.forRequest(work);
    }

    /** @return the time source */
    public Clock clock() {
        return clock;
    }

    /** @return the zone in which times are planned and shown */
    public ZoneId zone() {
        return zone;
    }

    /** Configures a {@link LeerlijnCore}. Not thread-safe; use once. */
    public static final class Builder {
        private DataSource dataSource;
        private String schema;
        private Clock clock = Clock.systemUTC();
        private ZoneId zone = ZoneId.of("Europe/Amsterdam");
        private final List<Path> programmeFiles = new ArrayList<>();
        private FileStore fileStore;
        private Path dataDirectory = Path.of("leerlijn-data");
        private UploadPolicy uploadPolicy = UploadPolicy.standard();
        private Notifier notifier = Notifier.log();
        private MailComposer composer = MailComposer.plain();
        private final List<Subscription<?>> subscriptions = new ArrayList<>();
        private java.time.Duration supervisorLinkValidity = nl.leerlijn.praktijk.PracticeService.LINK_VALIDITY;
        private java.time.Duration presenceConfirmationWindow = AttendanceService.CONFIRMATION_WINDOW;
        private nl.leerlijn.retention.RetentionPolicy retention = nl.leerlijn.retention.RetentionPolicy.standard();
        private nl.leerlijn.lti.KeySetFetcher ltiKeySets = nl.leerlijn.lti.KeySetFetcher.http();
        private boolean ltiAllowLocalhost;
        private nl.leerlijn.lti.PlatformHttp ltiServices = nl.leerlijn.lti.PlatformHttp.http();

        private Builder() {
        }

        /**
         * Sets the host's database (required).
         *
         * @param dataSource the host's database; Leerlijn creates only {@code ll_} tables in it
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * Keeps Leerlijn's tables in a schema of their own instead of the one the data source connects to. Leerlijn
         * creates the schema when it migrates and switches each connection it borrows to it (and back before giving it
         * back). Default: the data source's own schema.
         *
         * @param schema a plain name: a letter, then letters, digits or underscores (at most 63), e.g. {@code leerlijn}
         * @return this builder
         */
        public Builder schema(String schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        /**
         * Sets the time source (default: the system clock).
         *
         * @param clock the time source
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the zone in which times are planned and shown (default Europe/Amsterdam); they are stored in UTC.
         *
         * @param zone where cohorts meet
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * Adds the host's own programme definitions next to the shipped samples.
         *
         * @param fileOrFolder a {@code .yaml}, {@code .yml} or {@code .json} file, or a folder of them
         * @return this builder
         */
        public Builder programmeDefinitions(Path fileOrFolder) {
            programmeFiles.add(Objects.requireNonNull(fileOrFolder, "fileOrFolder"));
            return this;
        }

        /**
         * Sets where uploaded files are kept (default: a {@link FileSystemFileStore} under the data directory).
         *
         * @param store the file store
         * @return this builder
         */
        public Builder fileStore(FileStore store) {
            this.fileStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets where the default file store keeps files (default {@code ./leerlijn-data}); unused with
         * {@link #fileStore(FileStore)}.
         *
         * @param directory the folder; files go into its {@code files/} folder
         * @return this builder
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Sets how large uploads may be and which document types are accepted (default 20 MB; PDF, DOCX, ODT).
         *
         * @param policy the upload policy
         * @return this builder
         */
        public Builder uploadPolicy(UploadPolicy policy) {
            this.uploadPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets how people are reached (default {@link Notifier#log()}: mails are only logged).
         *
         * @param notifier e.g. an {@link nl.leerlijn.notification.SmtpNotifier}
         * @return this builder
         */
        public Builder notifier(Notifier notifier) {
            this.notifier = Objects.requireNonNull(notifier, "notifier");
            return this;
        }

        /**
         * Sets how mails are written (default {@link MailComposer#plain()}; the web layer's {@code Leerlijn} sets one
         * that renders its templates).
         *
         * @param composer writes the mails
         * @return this builder
         */
        public Builder mailComposer(MailComposer composer) {
            this.composer = Objects.requireNonNull(composer, "composer");
            return this;
        }

        /**
         * Adds a subscriber of the host's own to Leerlijn's events (e.g. {@link nl.leerlijn.enrolment.ParticipantEnrolled});
         * it runs in the background jobs after the action committed, at least once.
         *
         * @param subscription the event type, a stable unique name and what to do
         * @return this builder
         */
        public Builder subscribe(Subscription<?> subscription) {
            subscriptions.add(Objects.requireNonNull(subscription, "subscription"));
            return this;
        }

        /**
         * Sets how long the link a werkbegeleider gets to confirm a praktijkopdracht works (14 days unless set).
         *
         * @param validity at least an hour
         * @return this builder
         * @throws IllegalArgumentException when shorter than an hour
         */
        public Builder supervisorLinkValidity(java.time.Duration validity) {
            if (validity.compareTo(java.time.Duration.ofHours(1)) < 0) {
                throw new IllegalArgumentException("A werkbegeleider's link works at least an hour: " + validity);
            }
            this.supervisorLinkValidity = validity;
            return this;
        }

        /**
         * Sets how long after a session the kerndocent may confirm (or change) its presence list (7 days unless set).
         *
         * @param window at least a day
         * @return this builder
         * @throws IllegalArgumentException when shorter than a day
         */
        public Builder presenceConfirmationWindow(java.time.Duration window) {
            if (window.compareTo(java.time.Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("The presence list can be confirmed for at least a day: " + window);
            }
            this.presenceConfirmationWindow = window;
            return this;
        }

        /**
         * Sets how long each kind of a cohort's records is kept after the cohort ends (unless set: marked work and presence
         * lists 2 years, the final paper and its assessment 7, result lists 10, award proof 50). The background jobs delete
         * what has expired once a day and record that they did.
         *
         * @param policy the periods, e.g. {@code RetentionPolicy.standard().keep(Artefact.MARKED_WORK, Period.ofYears(1))}
         * @return this builder
         */
        public Builder retention(nl.leerlijn.retention.RetentionPolicy policy) {
            this.retention = java.util.Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets how platforms' key sets are fetched (over HTTPS with a 5-second time-out unless set); for tests and hosts
         * behind a proxy.
         *
         * @param fetcher fetches a key set's JSON from its address
         * @return this builder
         */
        public Builder ltiKeySets(nl.leerlijn.lti.KeySetFetcher fetcher) {
            this.ltiKeySets = java.util.Objects.requireNonNull(fetcher, "fetcher");
            return this;
        }

        /**
         * Sets how a platform's services (token endpoint, course roster, line items and scores) are called (HTTPS with
         * time-outs unless set); for tests and hosts behind a proxy.
         *
         * @param http calls a platform
         * @return this builder
         */
        public Builder ltiServices(nl.leerlijn.lti.PlatformHttp http) {
            this.ltiServices = java.util.Objects.requireNonNull(http, "http");
            return this;
        }

        /**
         * Lets a platform on {@code http://localhost} be registered, for trying LTI with a platform on one's own machine.
         * Off unless set: every other platform address must be https.
         *
         * @param allow whether to allow it
         * @return this builder
         */
        public Builder ltiAllowLocalhost(boolean allow) {
            this.ltiAllowLocalhost = allow;
            return this;
        }

        /**
         * @return the instance; its tables are not created until {@link LeerlijnCore#migrate()}
         * @throws IllegalStateException when no data source was given
         * @throws nl.leerlijn.curriculum.ProgrammeDefinitionException when a definition file is invalid
         */
        public LeerlijnCore build() {
            if (dataSource == null) {
                throw new IllegalStateException("Leerlijn needs a DataSource: call dataSource(...) before build()");
            }
            return new LeerlijnCore(this);
        }
    }
}
