package nl.leerlijn.jobs;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.leerlijn.Internal;
import org.jdbi.v3.core.Jdbi;

/**
 * Puts one-time background work (an event's delivery, a mail) in the scheduler's table inside the caller's
 * transaction, so that the work exists exactly when what caused it was saved. The scheduler of whichever node runs
 * the background jobs picks it up after the commit.
 */
@Internal
public final class WorkQueue {
    private final Jdbi jdbi;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final Map<String, OneTimeTask<String>> tasks = new ConcurrentHashMap<>();
    private final DataSource database;
    private volatile SchedulerClient client;
    private volatile Runnable nudge = () -> { };

    /** One piece of work: an id unique within its task, and its data. */
    public record Item(String id, String data) {
    }

    /**
     * @param jdbi Leerlijn's database
     * @param database the same database as a data source, asked once (at the first work) whether it is PostgreSQL
     */
    public WorkQueue(Jdbi jdbi, DataSource database) {
        this.jdbi = jdbi;
        this.database = database;
    }

    private SchedulerClient client() {
        SchedulerClient known = client;
        if (known == null) {
            synchronized (this) {
                if (client == null) {
                    client = SchedulerClient.Builder.create(new CurrentConnection())
                            .tableName(BackgroundJobs.TABLE)
                            .serializer(BackgroundJobs.SERIALIZER)
                            .jdbcCustomization(BackgroundJobs.isPostgreSql(database) ? new PostgreSqlJdbcCustomization(false, true)
                                    : new DefaultJdbcCustomization(true))
                            .build();
                }
                known = client;
            }
        }
        return known;
    }

    /**
     * Adds work to do now: by the real time the scheduler goes by, whatever clock Leerlijn was given.
     *
     * @param task the background task's name
     * @param items the pieces of work
     */
    public void enqueueAll(String task, List<Item> items) {
        enqueueAll(task, items, Instant.now());
    }

    /**
     * Adds work to do at a moment.
     *
     * @param task the background task's name
     * @param items the pieces of work; ids must not be waiting already
     * @param at when it is due
     */
    public void enqueueAll(String task, List<Item> items, Instant at) {
        if (items.isEmpty()) {
            return;
        }
        OneTimeTask<String> descriptor = tasks.computeIfAbsent(task, name -> Tasks.oneTime(name, String.class).execute((i, c) -> {
            throw new IllegalStateException("Only a descriptor for scheduling");
        }));
        SchedulerClient scheduler = client();
        jdbi.useTransaction(h -> {
            current.set(h.getConnection());
            try {
                // One JDBC batch for all items, so enqueueing for 200 people costs what it costs for 10.
                scheduler.scheduleBatch(items.stream().<com.github.kagkarlsson.scheduler.task.TaskInstance<?>>map(
                        item -> descriptor.instance(item.id(), item.data())).toList(), at);
            } finally {
                current.remove();
            }
            h.afterCommit(() -> nudge.run());
        });
    }

    /** @param nudge asks this node's running scheduler to look for due work now; called after each commit that added work */
    void onEnqueue(Runnable nudge) {
        this.nudge = nudge;
    }

    /** Hands db-scheduler the connection of the transaction that is enqueueing; closing it leaves it open. */
    private final class CurrentConnection implements DataSource {
        @Override
        public Connection getConnection() {
            Connection connection = current.get();
            if (connection == null) {
                throw new IllegalStateException("Work is only enqueued inside a Leerlijn transaction");
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "close":
                                return null;
                            case "isClosed":
                                return false;
                            default:
                                try {
                                    return method.invoke(connection, args);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                }
                        }
                    });
        }

        @Override
        public Connection getConnection(String username, String password) {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
