package nl.leerlijn.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.People;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestFolders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A host that keeps Leerlijn in a schema of its own: Leerlijn's tables go there, the host's connections stay where they were. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class OwnSchemaTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Parameter
    TestDatabase kind;

    private TestDatabase.Fresh database;
    private String schema;

    @BeforeEach
    void createDatabase() {
        database = kind.fresh();
        schema = "leerlijn_own_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Connection c = database.dataSource().getConnection()) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
        database.close();
    }

    @Test
    void leerlijnsTablesAreCreatedInItsSchemaAndNoneInTheHostsOwn() throws SQLException {
        String hostSchema = currentSchema(database.dataSource());
        LeerlijnCore core = core();

        core.migrate();

        assertThat(tables(database.dataSource(), schema)).contains("ll_schema_history", "ll_cohort", "ll_participant");
        assertThat(tables(database.dataSource(), hostSchema)).noneMatch(t -> t.startsWith("ll_"));
        core.requireMigrated();
    }

    @Test
    void theUseCasesWorkInLeerlijnsSchemaAndGiveConnectionsBackInTheHostsSchema() throws SQLException {
        String hostSchema = currentSchema(database.dataSource());
        LeerlijnCore core = core();
        core.migrate();

        Cohort cohort = core.cohorts().create(People.kerndocent("docent-anna"), new nl.leerlijn.cohort.NewCohort(CoreFixture.SAMPLE,
                "Leergang in eigen schema", java.time.LocalDate.of(2026, 9, 8), "Utrecht"));

        assertThat(core.cohorts().cohort(People.kerndocent("docent-anna"), cohort.id()).name()).isEqualTo("Leergang in eigen schema");
        try (Connection host = database.dataSource().getConnection();
                ResultSet rs = host.createStatement().executeQuery("SELECT name FROM \"" + schema + "\".ll_cohort")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Leergang in eigen schema");
        }
        assertThat(currentSchema(database.dataSource())).isEqualTo(hostSchema);
    }

    @Test
    void aSchemaNameThatIsNoPlainNameIsRefusedWhenBuilding() {
        assertThatThrownBy(() -> LeerlijnCore.builder().dataSource(database.dataSource()).schema("leerlijn; DROP TABLE x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema name");
    }

    private LeerlijnCore core() {
        return LeerlijnCore.builder().dataSource(database.dataSource()).schema(schema).dataDirectory(TestFolders.fresh()).build();
    }

    private static String currentSchema(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getSchema();
        }
    }

    private static List<String> tables(DataSource dataSource, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String name : List.of(schema, schema.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getTables(null, name, "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }
}
