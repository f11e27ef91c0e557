package nl.leerlijn.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leerlijn's background work, run by a database-backed scheduler (db-scheduler, table {@code ll_scheduled_task}):
 * several nodes on one database may all run it, and each execution happens on exactly one of them. The features
 * register their work when Leerlijn is built: recurring jobs (removing orphaned uploads and expired intervisie cases,
 * deleting records past their retention period,
 * deadline and role reminders, the daily digest) and one-time work (delivering an event to a subscriber, sending a
 * mail), which is tried again with growing pauses when it fails. Close it when the host stops.
 */
public final class BackgroundJobs implements AutoCloseable {
    /** The table the scheduler keeps its executions in. */
    public static final String TABLE = "ll_scheduled_task";
    /** The task that removes orphaned uploads. */
    public static final String REMOVE_ORPHANS = "leerlijn-remove-orphan-uploads";
    /** The task that removes intervisie cases past their retention. */
    public static final String REMOVE_EXPIRED_CASES = "leerlijn-remove-expired-cases";
    /** The task that deletes a cohort's records once their retention period has passed (daily). */
    public static final String PURGE_EXPIRED = "leerlijn-purge-expired-records";
    /** The task that renews Leerlijn's LTI signing key and forgets used logins and nonces (daily). */
    public static final String LTI_HOUSEKEEPING = "leerlijn-lti-housekeeping";
    /** The task that reads the rosters of the platform courses linked to cohorts (daily). */
    public static final String LTI_ROSTERS = "leerlijn-lti-rosters";
    /** How often one-time work is tried before it is given up (and logged as an error). */
    public static final int MAX_ATTEMPTS = 12;

    /** Task data are UTF-8 strings (JSON or plain), readable in the table and across releases. */
    static final Serializer SERIALIZER = new Serializer() {
        @Override
        public byte[] serialize(Object data) {
            return data == null ? null : data.toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public <T> T deserialize(Class<T> type, byte[] bytes) {
            if (bytes == null) {
                return null;
            }
            if (type != String.class && type != Object.class) {
                throw new IllegalArgumentException("Leerlijn's task data are strings, not " + type.getName());
            }
            return type.cast(new String(bytes, StandardCharsets.UTF_8));
        }
    };

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);
    /*
     * How long stopping waits for a running execution before interrupting it, and again after (db-scheduler
     * waits twice this). Its default is 30 minutes, which would hold up a container's shutdown or redeploy;
     * an execution cut short is picked up again once it counts as dead, and every job is safe to repeat.
     */
    private static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(5);

    private final Scheduler scheduler;
    private final List<String> oneTimeTasks;

    /**
     * How often things run.
     *
     * @param orphanSweep how often orphaned uploads and expired intervisie cases are looked for
     * @param orphanGrace how long an orphan is kept first (an upload may still be under way)
     * @param polling how often each node asks the database for due work (work enqueued on this node starts at once)
     * @param retryAfter the pause before failed work (a mail while the mail server is down) is tried again; it doubles
     *     at each attempt, up to {@value #MAX_ATTEMPTS} attempts
     * @param reminderSweep how often deadline and intervisie-role reminders are looked for
     * @param digestAt the time of day (in Leerlijn's zone) the daily digest goes out
     */
    public record Settings(Duration orphanSweep, Duration orphanGrace, Duration polling, Duration retryAfter,
            Duration reminderSweep, LocalTime digestAt) {
        /** Hourly sweeps, a day of grace, polling every 30 seconds, retries from one minute, the digest at 07:00. */
        public static final Settings DEFAULT = new Settings(Duration.ofHours(1), Duration.ofDays(1), Duration.ofSeconds(30));

        /**
         * Checks that every value is there and every duration positive.
         *
         * @param orphanSweep how often orphaned uploads are looked for
         * @param orphanGrace how long an orphan is kept first
         * @param polling how often each node asks the database for due work
         * @param retryAfter the first pause before failed work is tried again
         * @param reminderSweep how often reminders are looked for
         * @param digestAt when the daily digest goes out
         * @throws NullPointerException when one is missing
         * @throws IllegalArgumentException when a duration is zero or negative
         */
        public Settings {
            for (Duration d : List.of(Objects.requireNonNull(orphanSweep, "orphanSweep"), Objects.requireNonNull(orphanGrace, "orphanGrace"),
                    Objects.requireNonNull(polling, "polling"), Objects.requireNonNull(retryAfter, "retryAfter"),
                    Objects.requireNonNull(reminderSweep, "reminderSweep"))) {
                if (d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("Background job intervals are positive: " + d);
                }
            }
            Objects.requireNonNull(digestAt, "digestAt");
        }

        /**
         * The settings of before reminders and mail existed: retries from one minute, reminders hourly, the digest at 07:00.
         *
         * @param orphanSweep how often orphaned uploads are looked for
         * @param orphanGrace how long an orphan is kept first
         * @param polling how often each node asks the database for due work
         */
        public Settings(Duration orphanSweep, Duration orphanGrace, Duration polling) {
            this(orphanSweep, orphanGrace, polling, Duration.ofMinutes(1), Duration.ofHours(1), LocalTime.of(7, 0));
        }

        /**
         * @param pause the first pause before failed work is tried again
         * @return these settings with that pause
         */
        public Settings withRetryAfter(Duration pause) {
            return new Settings(orphanSweep, orphanGrace, polling, pause, reminderSweep, digestAt);
        }

        /**
         * @param sweep how often reminders are looked for
         * @return these settings with that interval
         */
        public Settings withReminderSweep(Duration sweep) {
            return new Settings(orphanSweep, orphanGrace, polling, retryAfter, sweep, digestAt);
        }

        /**
         * @param time when the daily digest goes out (in Leerlijn's zone)
         * @return these settings with that time
         */
        public Settings withDigestAt(LocalTime time) {
            return new Settings(orphanSweep, orphanGrace, polling, retryAfter, reminderSweep, time);
        }

        /**
         * @param interval how often each node asks the database for due work
         * @return these settings with that interval
         */
        public Settings withPolling(Duration interval) {
            return new Settings(orphanSweep, orphanGrace, interval, retryAfter, reminderSweep, digestAt);
        }
    }

    private BackgroundJobs(Scheduler scheduler, List<String> oneTimeTasks) {
        this.scheduler = scheduler;
        this.oneTimeTasks = oneTimeTasks;
    }

    /**
     * @param dataSource a database
     * @return whether it is PostgreSQL
     * @throws LeerlijnException when it cannot be reached
     */
    public static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new LeerlijnException("The database for the background jobs could not be reached: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the scheduler on this node with the work the features registered; the tables must be migrated.
     *
     * @param dataSource the host's database, migrated
     * @param registry the registered work
     * @param queue the queue one-time work is enqueued through, told to wake this scheduler after each commit
     * @param settings how often things run
     * @return the running jobs, to be closed when the host stops
     */
    public static BackgroundJobs start(DataSource dataSource, JobRegistry registry, WorkQueue queue, Settings settings) {
        List<Task<?>> known = new ArrayList<>();
        List<RecurringTask<?>> recurring = new ArrayList<>();
        for (JobRegistry.Recurring job : registry.recurring()) {
            recurring.add(Tasks.recurring(job.name(), job.schedule().apply(settings)).execute((instance, context) -> job.work().accept(settings)));
        }
        for (JobRegistry.OneTime work : registry.oneTime()) {
            FailureHandler<String> retry = new FailureHandler.MaxRetriesFailureHandler<>(MAX_ATTEMPTS - 1,
                    new FailureHandler.ExponentialBackoffFailureHandler<>(settings.retryAfter(), 2.0),
                    (complete, operations) -> LOG.error("Background task {} failed {} times and is given up",
                            complete.getExecution().taskInstance, MAX_ATTEMPTS));
            OneTimeTask<String> task = Tasks.oneTime(work.name(), String.class).onFailure(retry)
                    .execute((instance, context) -> work.work().accept(instance.getData()));
            known.add(task);
        }
        SchedulerBuilder builder = Scheduler.create(dataSource, known);
        if (!isPostgreSql(dataSource)) {
            // db-scheduler knows PostgreSQL; for H2 its generic SQL is right, said outright so it does not warn at each start.
            builder.jdbcCustomization(new DefaultJdbcCustomization(true));
        }
        Scheduler scheduler = builder
                .tableName(TABLE)
                .serializer(SERIALIZER)
                .startTasks(recurring)
                .threads(2)
                .pollingInterval(settings.polling())
                .shutdownMaxWait(SHUTDOWN_MAX_WAIT)
                // Its columns are TIMESTAMP WITH TIME ZONE: times go in as UTC on every database (and H2 gets no warning).
                .alwaysPersistTimestampInUTC()
                .build();
        scheduler.start();
        queue.onEnqueue(scheduler::triggerCheckForDueExecutions);
        LOG.info("Leerlijn background jobs started");
        return new BackgroundJobs(scheduler, registry.oneTime().stream().map(JobRegistry.OneTime::name).toList());
    }

    /**
     * Waits until this node has no due work left: nothing due in the table and nothing running here. For tests and for a
     * demo that seeds history; a host does not need it.
     *
     * @param dataSource the database the jobs run on
     * @param timeout how long to wait at most
     * @return whether it became idle in time
     */
    public boolean awaitIdle(DataSource dataSource, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        int quietRounds = 0;
        while (System.nanoTime() < end) {
            scheduler.triggerCheckForDueExecutions();
            if (scheduler.getCurrentlyExecuting().isEmpty() && !dueWork(dataSource)) {
                if (++quietRounds >= 2) {
                    return true;
                }
            } else {
                quietRounds = 0;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private boolean dueWork(DataSource dataSource) {
        String names = String.join(", ", java.util.Collections.nCopies(oneTimeTasks.size(), "?"));
        try (Connection c = dataSource.getConnection();
                var statement = c.prepareStatement("SELECT COUNT(*) FROM " + TABLE + " WHERE execution_time <= ? AND task_name IN ("
                        + names + ")")) {
            statement.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            for (int i = 0; i < oneTimeTasks.size(); i++) {
                statement.setString(i + 2, oneTimeTasks.get(i));
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new LeerlijnException("The background jobs' table could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Stops this node's scheduler. A running execution gets 5 seconds to finish, then it is interrupted and
     * waited for another 5; one that still runs is left to a node that finds it dead later.
     */
    @Override
    public void close() {
        scheduler.stop();
        LOG.info("Leerlijn background jobs stopped");
    }
}
