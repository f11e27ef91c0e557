package nl.leerlijn.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases every repository test runs on. Each {@link #fresh()} call gives an empty database
 * of its own: an in-memory H2 database, or a new schema in PostgreSQL. PostgreSQL is the embedded
 * server unless {@code LEERLIJN_TEST_POSTGRES_URL} names another one (a JDBC URL with user and
 * password, for a user that may create schemas).
 */
public enum TestDatabase {
    H2 {
        @Override
        public Fresh fresh() {
            String name = "leerlijn_test_" + COUNTER.incrementAndGet();
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            return new Fresh(dataSource, () -> execute(dataSource, "SHUTDOWN"));
        }
    },
    POSTGRESQL {
        @Override
        public Fresh fresh() {
            String schema = "leerlijn_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            String serverUrl = postgresServer();
            try (Connection admin = DriverManager.getConnection(serverUrl); Statement statement = admin.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test schema " + schema, e);
            }
            PGSimpleDataSource server = new PGSimpleDataSource();
            server.setURL(serverUrl);
            server.setCurrentSchema(schema);
            // Pooled, as in a host: a new PostgreSQL connection per statement group made the concurrency tests slow.
            HikariConfig pool = new HikariConfig();
            pool.setDataSource(server);
            pool.setMaximumPoolSize(24);
            pool.setMinimumIdle(0);
            pool.setPoolName(schema);
            HikariDataSource dataSource = new HikariDataSource(pool);
            return new Fresh(dataSource, () -> {
                dataSource.close();
                execute(server, "DROP SCHEMA " + schema + " CASCADE");
            });
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /**
     * @return a JDBC URL (with user) of the PostgreSQL server the tests use, connected to a database in which the user
     *     may create schemas and databases: {@code LEERLIJN_TEST_POSTGRES_URL} when set, else the embedded server
     */
    public static String postgresServer() {
        String url = System.getenv().getOrDefault("LEERLIJN_TEST_POSTGRES_URL", "");
        return url.isBlank() ? EmbeddedPostgres.get().url() : url;
    }

    /** @return a new, empty database of this kind */
    public abstract Fresh fresh();

    /** An empty test database; closing it throws it away. */
    public record Fresh(DataSource dataSource, Runnable dropper) implements AutoCloseable {
        @Override
        public void close() {
            dropper.run();
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not clean up the test database: " + sql, e);
        }
    }
}
