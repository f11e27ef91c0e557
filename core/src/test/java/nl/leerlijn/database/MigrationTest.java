package nl.leerlijn.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnException;
import nl.leerlijn.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class MigrationTest {
    @Parameter
    TestDatabase kind;

    private TestDatabase.Fresh database;

    @BeforeEach
    void createDatabase() {
        database = kind.fresh();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void migratingAnEmptyDatabaseCreatesOnlyTablesWithTheLlPrefix() throws SQLException {
        int ran = new LeerlijnDatabase(database.dataSource()).migrate();

        assertThat(ran).isPositive();
        assertThat(tables(database.dataSource())).isNotEmpty().allMatch(t -> t.startsWith("ll_"))
                .contains("ll_schema_history", "ll_cohort", "ll_participant", "ll_schedule_item");
    }

    @Test
    void migratingASecondTimeRunsNothing() {
        LeerlijnDatabase leerlijn = new LeerlijnDatabase(database.dataSource());
        leerlijn.migrate();

        assertThat(leerlijn.migrate()).isZero();
    }

    @Test
    void theHostsOwnTablesAndItsOwnFlywayHistoryAreLeftAlone() throws SQLException {
        execute(database.dataSource(), "CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50))");
        execute(database.dataSource(), "INSERT INTO users VALUES (1, 'host user')");
        execute(database.dataSource(), "CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)");

        new LeerlijnDatabase(database.dataSource()).migrate();

        assertThat(tables(database.dataSource())).contains("users", "flyway_schema_history", "ll_cohort");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM users WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("host user");
        }
    }

    @Test
    void aHostsFlywayWithItsDefaultLocationFindsOnlyTheHostsOwnMigrations() {
        Flyway host = Flyway.configure().dataSource(database.dataSource()).load();

        assertThat(host.info().all()).extracting(m -> m.getScript()).containsExactly("V1__host_create_users.sql");
    }

    @Test
    void leerlijnFirstThenTheHostsFlywayWithTheDocumentedSettingsRunsTheHostsFirstMigration() throws SQLException {
        new LeerlijnDatabase(database.dataSource()).migrate();

        int ran = hostFlyway().migrate().migrationsExecuted;

        assertThat(ran).as("the host's V1 ran, not skipped by a baseline").isEqualTo(1);
        assertThat(tables(database.dataSource())).contains("host_users", "flyway_schema_history", "ll_cohort", "ll_schema_history");
    }

    @Test
    void leerlijnFirstThenAPlainHostFlywayIsRefusedForTheNonEmptySchemaWhichIsWhyTheSettingsAreNeeded() {
        new LeerlijnDatabase(database.dataSource()).migrate();

        assertThatThrownBy(() -> Flyway.configure().dataSource(database.dataSource()).load().migrate())
                .isInstanceOf(FlywayException.class).hasMessageContaining("non-empty schema");
    }

    @Test
    void theHostsFlywayFirstThenLeerlijnMigratesBeside() throws SQLException {
        hostFlyway().migrate();

        int ran = new LeerlijnDatabase(database.dataSource()).migrate();

        assertThat(ran).isPositive();
        assertThat(tables(database.dataSource())).contains("host_users", "flyway_schema_history", "ll_cohort");
        assertThat(hostFlyway().info().pending()).isEmpty();
    }

    @Test
    void theHistoryNamesEachMigrationByItsFileNameSoMovingTheirFolderChangesNothingForAnExistingDatabase() {
        new LeerlijnDatabase(database.dataSource()).migrate();

        List<String> scripts = Jdbi.create(database.dataSource()).withHandle(h -> h.createQuery(
                "SELECT \"script\" FROM \"ll_schema_history\" WHERE \"version\" IS NOT NULL").mapTo(String.class).list());
        assertThat(scripts).isNotEmpty().allMatch(s -> s.matches("V\\d{3}__[a-z0-9_]+\\.sql"), "a bare file name");
    }

    @Test
    void aDatabaseNobodyMigratedIsReportedWithWhatToDo() {
        LeerlijnDatabase leerlijn = new LeerlijnDatabase(database.dataSource());

        assertThatThrownBy(leerlijn::requireMigrated).isInstanceOf(LeerlijnException.class)
                .hasMessageContaining("not up to date").hasMessageContaining("migrate()").hasMessageContaining(LeerlijnDatabase.MIGRATIONS);
        leerlijn.migrate();
        leerlijn.requireMigrated();
    }

    /** The host's own Flyway as the README tells a host to configure it beside Leerlijn. */
    private Flyway hostFlyway() {
        return Flyway.configure().dataSource(database.dataSource()).baselineOnMigrate(true).baselineVersion("0").load();
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
