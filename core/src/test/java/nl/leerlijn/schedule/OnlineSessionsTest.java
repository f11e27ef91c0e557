package nl.leerlijn.schedule;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.SessionFormat;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Online sessions take place at their meeting link, never at the cohort's building. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class OnlineSessionsTest {
    private static final String BUILDING = "Utrecht, Jaarbeurs";
    private static final String LINK = "https://teams.microsoft.com/l/meetup-join/werkatelier";
    private static final String MIGRATION = "/nl/leerlijn/db/migration/V015__schedule_online_sessions_without_building.sql";

    @Parameter
    TestDatabase database;

    private CoreFixture fixture;
    private ScheduleService schedule;
    private final Actor anna = kerndocent("docent-anna");
    private Cohort cohort;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database);
        schedule = fixture.core().schedule();
        cohort = fixture.cohortBy(anna);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private ScheduleItem item(String key) {
        return schedule.cohortSchedule(anna, cohort.id()).stream().filter(i -> i.activity().value().equals(key)).findFirst()
                .orElseThrow();
    }

    @Test
    void aNewCohortsOnlineSessionsHaveNoPlaceAndItsOtherSessionsAreAtItsBuilding() {
        assertThat(item("m3-werkatelier").format()).contains(SessionFormat.ONLINE);
        assertThat(item("m3-werkatelier").location()).isEmpty();
        assertThat(item("iv-bijeenkomst-3").location()).isEmpty();
        assertThat(item("m1-trainingsdag").location()).contains(BUILDING);
        assertThat(item("iv-bijeenkomst-1").location()).contains(BUILDING);
        assertThat(item("pa-concept").location()).isEmpty();
    }

    @Test
    void movingAnOnlineSessionWithALinkKeepsItOnlineAndStoresTheLink() {
        Participant sanne = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant();
        ScheduleItem werkatelier = item("m3-werkatelier");

        schedule.reschedule(anna, cohort.id(), new ScheduleChange(werkatelier.id(), werkatelier.at().plus(Duration.ofDays(1)),
                Optional.of(" " + LINK + " ")));

        ScheduleItem seen = schedule.participantSchedule(student("student-sanne"), sanne.id()).items().stream()
                .filter(i -> i.id().equals(werkatelier.id())).findFirst().orElseThrow();
        assertThat(seen.isOnline()).isTrue();
        assertThat(seen.location()).contains(LINK);
        assertThat(seen.at()).isEqualTo(werkatelier.at().plus(Duration.ofDays(1)));
    }

    @Test
    void theMigrationClearsOnlyOnlineSessionsStillAtTheirOwnCohortsBuilding() throws IOException {
        Cohort zwolle = fixture.core().cohorts().create(anna, new NewCohort(CoreFixture.SAMPLE, "Leergang Zwolle",
                LocalDate.of(2026, 9, 8), "Zwolle, Stadhuis"));
        Jdbi jdbi = Jdbi.create(fixture.database().dataSource());
        insert(jdbi, cohort, "test-online-building", "ONLINE", BUILDING);
        insert(jdbi, cohort, "test-online-link", "ONLINE", LINK);
        insert(jdbi, cohort, "test-on-site", "ON_SITE", BUILDING);
        insert(jdbi, zwolle, "test-online-elsewhere", "ONLINE", BUILDING);

        jdbi.useHandle(h -> h.createScript(migration()).execute());

        assertThat(locations(jdbi)).containsExactlyInAnyOrderEntriesOf(Map.of("test-online-link", LINK, "test-on-site", BUILDING,
                "test-online-elsewhere", BUILDING));
    }

    private static void insert(Jdbi jdbi, Cohort cohort, String key, String format, String location) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO ll_schedule_item (cohort_id, activity_key, module_code, kind, title, starts_at, ends_at, format, location)
                VALUES (:cohort, :key, 'M3', 'CONTACT_SESSION', :key, TIMESTAMP '2026-11-17 12:00:00', TIMESTAMP '2026-11-17 15:00:00',
                        :format, :location)
                """).bind("cohort", cohort.id().value()).bind("key", key).bind("format", format).bind("location", location).execute());
    }

    /** @return the location of every test row that still has one */
    private static Map<String, String> locations(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("""
                SELECT activity_key, location FROM ll_schedule_item WHERE activity_key LIKE 'test-%' AND location IS NOT NULL
                """).setMapKeyColumn("activity_key").setMapValueColumn("location")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<Map<String, String>>() { }));
    }

    private static String migration() throws IOException {
        try (InputStream in = OnlineSessionsTest.class.getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
