package nl.leerlijn.database;

import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leerlijn's tables in the host's database: the Jdbi access and the Flyway migrations under
 * {@value #MIGRATIONS}, with history table {@value #HISTORY_TABLE}. The location is outside Flyway's default
 * {@code classpath:db/migration}, so a host's own Flyway never picks Leerlijn's migrations up. Leerlijn only touches
 * tables whose names start with {@code ll_}, in the schema the host's {@link DataSource} connects to, or in a schema
 * of its own. Thread-safe.
 */
public final class LeerlijnDatabase {
    /** Where Leerlijn's migrations live, for a host that runs Flyway itself. */
    public static final String MIGRATIONS = "classpath:nl/leerlijn/db/migration";
    /** Leerlijn's own Flyway history table. */
    public static final String HISTORY_TABLE = "ll_schema_history";

    private static final Logger LOG = LoggerFactory.getLogger(LeerlijnDatabase.class);
    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    private final DataSource hostDataSource;
    private final Optional<String> schema;
    private final DataSource dataSource;
    private final Jdbi jdbi;

    /** @param dataSource the host's database; Leerlijn borrows connections and returns them */
    public LeerlijnDatabase(DataSource dataSource) {
        this(dataSource, Optional.empty());
    }

    /**
     * @param dataSource the host's database; Leerlijn borrows connections and returns them
     * @param schema the schema Leerlijn keeps its tables in; empty for the one the data source connects to. Flyway
     *     creates it when it is missing; every connection Leerlijn borrows works in it and is given back in the
     *     schema it came in
     * @throws IllegalArgumentException when the schema's name is not a plain name (a letter, then letters, digits or
     *     underscores, at most 63)
     */
    public LeerlijnDatabase(DataSource dataSource, Optional<String> schema) {
        schema.filter(s -> !SCHEMA_NAME.matcher(s).matches()).ifPresent(s -> {
            throw new IllegalArgumentException("A schema name for Leerlijn is a letter followed by letters, digits or "
                    + "underscores (at most 63), not: " + s);
        });
        this.hostDataSource = dataSource;
        this.schema = schema;
        this.dataSource = schema.<DataSource>map(s -> new SchemaDataSource(dataSource, s)).orElse(dataSource);
        this.jdbi = Jdbi.create(this.dataSource);
    }

    /** @return the data source Leerlijn works through (in Leerlijn's schema when it has one), for the background jobs */
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
            MigrateResult result = flyway().load().migrate();
            LOG.info("Leerlijn database at schema version {} ({} migrations applied now)",
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                    result.migrationsExecuted);
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new LeerlijnException("Migrating Leerlijn's tables failed: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that every migration Leerlijn ships has run, so that a forgotten {@link #migrate()} is reported at
     * start-up in words instead of as a missing table on the first page.
     *
     * @throws LeerlijnException naming how many migrations wait and what to do
     */
    public void requireMigrated() {
        MigrationInfo[] pending;
        try {
            pending = flyway().load().info().pending();
        } catch (FlywayException e) {
            throw new LeerlijnException("Leerlijn could not read its schema history (" + HISTORY_TABLE + "): " + e.getMessage(), e);
        }
        if (pending.length > 0) {
            String first = pending[0].getVersion().getVersion();
            String last = pending[pending.length - 1].getVersion().getVersion();
            throw new LeerlijnException("Leerlijn's tables are not up to date: " + pending.length + " migration(s) have not run ("
                    + (pending.length == 1 ? first : first + " to " + last) + "). Call leerlijn.migrate() before the servlet starts, or run Flyway with location "
                    + MIGRATIONS + " and table " + HISTORY_TABLE + schema.map(s -> " in schema " + s).orElse("") + ".");
        }
    }

    private FluentConfiguration flyway() {
        FluentConfiguration configuration = Flyway.configure(LeerlijnDatabase.class.getClassLoader())
                .dataSource(hostDataSource)
                .locations(MIGRATIONS)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .cleanDisabled(true);
        return schema.map(configuration::schemas).orElse(configuration);
    }
}
