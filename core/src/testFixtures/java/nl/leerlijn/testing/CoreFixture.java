package nl.leerlijn.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.leerlijn.LeerlijnCore;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.NewCohort;
import nl.leerlijn.curriculum.ProgrammeId;

/** A migrated {@link LeerlijnCore} on a fresh test database, with a fixed clock. Close it to drop the database. */
public final class CoreFixture implements AutoCloseable {
    /** The moment every fixture's clock stands still at. */
    public static final Instant NOW = Instant.parse("2026-08-31T08:00:00Z");
    public static final ProgrammeId SAMPLE = new ProgrammeId("effectieve-klantmanager");

    private final TestDatabase.Fresh database;
    private final LeerlijnCore core;

    private CoreFixture(TestDatabase.Fresh database, LeerlijnCore core) {
        this.database = database;
        this.core = core;
    }

    public static CoreFixture on(TestDatabase kind) {
        return on(kind, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static CoreFixture on(TestDatabase kind, Clock clock) {
        return on(kind, clock, builder -> builder);
    }

    /** @param configure settings beyond the test's database, data directory and clock, e.g. a file store */
    public static CoreFixture on(TestDatabase kind, Clock clock, java.util.function.UnaryOperator<LeerlijnCore.Builder> configure) {
        TestDatabase.Fresh database = kind.fresh();
        LeerlijnCore core = configure.apply(LeerlijnCore.builder()
                .dataSource(database.dataSource())
                .dataDirectory(TestFolders.fresh())
                .clock(clock))
                .build();
        core.migrate();
        return new CoreFixture(database, core);
    }

    public LeerlijnCore core() {
        return core;
    }

    public TestDatabase.Fresh database() {
        return database;
    }

    /** @return a cohort of the sample programme, created by {@code kerndocent}, starting 8 September 2026 */
    public Cohort cohortBy(Actor kerndocent) {
        return core.cohorts().create(kerndocent,
                new NewCohort(SAMPLE, "Leergang najaar 2026", LocalDate.of(2026, 9, 8), "Utrecht, Jaarbeurs"));
    }

    @Override
    public void close() {
        database.close();
    }
}
