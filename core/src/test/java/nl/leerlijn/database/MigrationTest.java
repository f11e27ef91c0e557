package nl.leerlijn.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.leerlijn.testing.TestDatabase;
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
