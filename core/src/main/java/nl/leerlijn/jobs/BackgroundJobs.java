package nl.leerlijn.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnException;
import nl.leerlijn.intervisie.IntervisionService;
import nl.leerlijn.submission.Submissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leerlijn's background work, run by a database-backed scheduler (db-scheduler, table
 * {@code ll_scheduled_task}): several nodes on one database may all run it, and each execution happens
 * on exactly one of them. Today it removes uploaded content that never became part of a version, and intervisie
 * cases past their retention (at the same interval).
 * Close it when the host stops.
 */
public final class BackgroundJobs implements AutoCloseable {
    /** The table the scheduler keeps its executions in. */
    public static final String TABLE = "ll_scheduled_task";
    /** The task that removes orphaned uploads. */
    public static final String REMOVE_ORPHANS = "leerlijn-remove-orphan-uploads";
    /** The task that removes intervisie cases past their retention. */
    public static final String REMOVE_EXPIRED_CASES = "leerlijn-remove-expired-cases";

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);
    /*
     * How long stopping waits for a running execution before interrupting it, and again after (db-scheduler
     * waits twice this). Its default is 30 minutes, which would hold up a container's shutdown or redeploy;
     * an execution cut short is picked up again once it counts as dead, and every job is safe to repeat.
     * The scheduler does not expose this value, so no test reads it back.
     */
    private static final Duration SHUTDOWN_MAX_WAIT = Duration.ofSeconds(5);

    private final Scheduler scheduler;

    /**
     * How often things run.
     *
     * @param orphanSweep how often orphaned uploads are looked for
     * @param orphanGrace how long an orphan is kept first (an upload may still be under way)
     * @param polling how often each node asks the database for due work
     */
    public record Settings(Duration orphanSweep, Duration orphanGrace, Duration polling) {
        /** Hourly sweeps, a day of grace, polling every 30 seconds. */
        public static final Settings DEFAULT = new Settings(Duration.ofHours(1), Duration.ofDays(1), Duration.ofSeconds(30));

        /**
         * Checks that every value is there.
         *
         * @param orphanSweep how often orphaned uploads are looked for
         * @param orphanGrace how long an orphan is kept first (an upload may still be under way)
         * @param polling how often each node asks the database for due work
         * @throws NullPointerException when one is missing
         */
        public Settings {
            Objects.requireNonNull(orphanSweep, "orphanSweep");
            Objects.requireNonNull(orphanGrace, "orphanGrace");
            Objects.requireNonNull(polling, "polling");
        }
    }

    private BackgroundJobs(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new LeerlijnException("The database for the background jobs could not be reached: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the scheduler on this node; the tables must be migrated.
     *
     * @param dataSource the host's database, migrated
     * @param submissions handed-in work, whose orphaned uploads the job removes
     * @param intervision intervisie, whose expired cases the job removes
     * @param settings how often things run
     * @return the running jobs, to be closed when the host stops
     */
    public static BackgroundJobs start(DataSource dataSource, Submissions submissions, IntervisionService intervision,
            Settings settings) {
        RecurringTask<Void> removeOrphans = Tasks.recurring(REMOVE_ORPHANS, FixedDelay.of(settings.orphanSweep()))
                .execute((instance, context) -> {
                    int removed = submissions.removeOrphans(settings.orphanGrace());
                    if (removed > 0) {
                        LOG.info("Removed {} orphaned upload(s) from the file store", removed);
                    }
                });
        RecurringTask<Void> removeCases = Tasks.recurring(REMOVE_EXPIRED_CASES, FixedDelay.of(settings.orphanSweep()))
                .execute((instance, context) -> intervision.removeExpiredCases());
        SchedulerBuilder builder = Scheduler.create(dataSource);
        if (!isPostgreSql(dataSource)) {
            // db-scheduler knows PostgreSQL; for H2 its generic SQL is right, said outright so it does not warn at each start.
            builder.jdbcCustomization(new DefaultJdbcCustomization(true));
        }
        Scheduler scheduler = builder
                .tableName(TABLE)
                .startTasks(removeOrphans, removeCases)
                .threads(1)
                .pollingInterval(settings.polling())
                .shutdownMaxWait(SHUTDOWN_MAX_WAIT)
                // Its columns are TIMESTAMP WITH TIME ZONE: times go in as UTC on every database (and H2 gets no warning).
                .alwaysPersistTimestampInUTC()
                .build();
        scheduler.start();
        LOG.info("Leerlijn background jobs started");
        return new BackgroundJobs(scheduler);
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
