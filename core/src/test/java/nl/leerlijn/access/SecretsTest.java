package nl.leerlijn.access;

import static org.assertj.core.api.Assertions.assertThat;

import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class SecretsTest {
    @Parameter
    TestDatabase database;

    private CoreFixture fixture;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void twoNodesOnOneDatabaseShareTheSameSecretCreatedOnce() {
        Jdbi jdbi = Jdbi.create(fixture.database().dataSource());
        Secrets first = new Secrets(jdbi, fixture.core().clock());
        Secrets second = new Secrets(jdbi, fixture.core().clock());

        byte[] secret = first.get("csrf");

        assertThat(secret).hasSize(32);
        assertThat(second.get("csrf")).isEqualTo(secret);
        assertThat(first.get("other")).isNotEqualTo(secret);
        int stored = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ll_secret").mapTo(Integer.class).one());
        assertThat(stored).isEqualTo(2);
    }
}
