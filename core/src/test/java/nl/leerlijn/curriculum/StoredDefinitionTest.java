package nl.leerlijn.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.leerlijn.database.LeerlijnDatabase;
import nl.leerlijn.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Definitions stored with a cohort before intervisie methods were data still load, with their methods resolved. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class StoredDefinitionTest {
    /** The sample's canonical JSON as Leerlijn stored it when methods were an enum ({@code "method":"SOCRATISCH_GESPREK"}). */
    private static final String STORED_BEFORE = "/nl/leerlijn/curriculum/effectieve-klantmanager-stored-before-methods.json";

    @Parameter
    TestDatabase kind;

    private TestDatabase.Fresh database;
    private Jdbi jdbi;

    @BeforeEach
    void createDatabase() {
        database = kind.fresh();
        LeerlijnDatabase leerlijn = new LeerlijnDatabase(database.dataSource());
        leerlijn.migrate();
        jdbi = leerlijn.jdbi();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    @Test
    void aDefinitionStoredWithTheOldMethodNamesLoadsWithItsMethodsAndDefaultSettings() throws IOException {
        String json = storedBefore();
        assertThat(json).contains("\"method\":\"SOCRATISCH_GESPREK\"").doesNotContain("intervision");
        long id = jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO ll_programme_version (programme_id, title, content_sha256, source_name, definition_json, stored_at)
                VALUES ('effectieve-klantmanager', 'De Effectieve Klantmanager', :sha, 'effectieve-klantmanager.yaml', :json, :at)
                """)
                .bind("sha", "0".repeat(64))
                .bind("json", json)
                .bind("at", OffsetDateTime.of(2025, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());

        ProgrammeDefinition loaded = ProgrammeVersions.inDatabase(jdbi, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
                .load(new ProgrammeVersionId(id));

        assertThat(loaded.programme().activities()).filteredOn(a -> a.kind() == ActivityKind.INTERVISION_MEETING)
                .extracting(a -> a.method().orElseThrow().key())
                .containsExactly("incidentmethode", "incidentmethode", "vijfstappenmethode", "balintmethode",
                        "socratisch-gesprek", "roddelmethode");
        assertThat(loaded.intervision()).isEqualTo(IntervisionSettings.defaults());
        assertThat(loaded.intervisionMethods()).isEqualTo(IntervisionMethod.builtIn());
    }

    private static String storedBefore() throws IOException {
        try (InputStream in = StoredDefinitionTest.class.getResourceAsStream(STORED_BEFORE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
