package nl.leerlijn.database;

import javax.sql.DataSource;
import nl.leerlijn.LeerlijnException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leerlijn's tables in the host's database: the Jdbi access and the Flyway migrations under
 * {@code classpath:db/migration/leerlijn}, with history table {@code ll_schema_history}.
 * Leerlijn only touches tables whose names start with {@code ll_}, in the schema the host's
 * {@link DataSource} connects to. Thread-safe.
 */
public final class LeerlijnDatabase {
    /** Where Leerlijn's migrations live, for a host that runs Flyway itself. */
    public static final String MIGRATIONS = "classpath:db/migration/leerlijn";
    /** Leerlijn's own Flyway history table. */
    public static final String HISTORY_TABLE = "ll_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(LeerlijnDatabase.class);

    private final DataSource dataSource;
    private final Jdbi jdbi;

    /** @param dataSource the host's database; Leerlijn borrows connections and returns them */
    public LeerlijnDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** @return the host's data source, for the background-job scheduler */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the Jdbi instance every repository shares */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Brings Leerlijn's tables up to date. Safe to call on every start and from several nodes at
     * once (Flyway locks). A schema that already holds the host's own tables is fine: Leerlijn
     * keeps its history in {@code ll_schema_history} and leaves other tables alone.
     *
     * @return how many migrations ran
     * @throws LeerlijnException when a migration fails
     */
    public int migrate() {
        try {
            MigrateResult result = Flyway.configure(LeerlijnDatabase.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(HISTORY_TABLE)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .cleanDisabled(true)
                    .load()
                    .migrate();
            LOG.info("Leerlijn database at schema version {} ({} migrations applied now)",
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                    result.migrationsExecuted);
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new LeerlijnException("Migrating Leerlijn's tables failed: " + e.getMessage(), e);
        }
    }
}
