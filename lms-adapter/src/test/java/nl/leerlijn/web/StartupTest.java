package nl.leerlijn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import java.util.Optional;
import nl.leerlijn.LeerlijnException;
import nl.leerlijn.testing.TestDatabase;
import nl.leerlijn.testing.TestFolders;
import org.junit.jupiter.api.Test;

/** What a host sees when the container starts Leerlijn's servlet. */
class StartupTest {
    @Test
    void noServletIsMadeOnTablesNobodyMigratedAndTheHostIsToldToCallMigrate() {
        try (TestDatabase.Fresh database = TestDatabase.H2.fresh()) {
            Leerlijn leerlijn = Leerlijn.builder().withoutBackgroundJobs().dataSource(database.dataSource())
                    .dataDirectory(TestFolders.fresh()).hostIdentity(request -> Optional.empty()).build();

            assertThatThrownBy(leerlijn::servlet).isInstanceOf(LeerlijnException.class)
                    .hasMessageContaining("not up to date").hasMessageContaining("leerlijn.migrate()");
        }
    }

    @Test
    void aServletOnMigratedTablesStarts() throws Exception {
        try (TestDatabase.Fresh database = TestDatabase.H2.fresh()) {
            Leerlijn leerlijn = Leerlijn.builder().withoutBackgroundJobs().dataSource(database.dataSource())
                    .dataDirectory(TestFolders.fresh()).hostIdentity(request -> Optional.empty()).build();
            assertThat(leerlijn.migrate()).isPositive();
            HttpServlet servlet = leerlijn.servlet();

            servlet.init();
            servlet.destroy();
        }
    }
}
