package nl.leerlijn.events;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.ParticipantEnrolled;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.jobs.BackgroundJobs;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class EventsTest {
    private static final BackgroundJobs.Settings QUICK = new BackgroundJobs.Settings(Duration.ofHours(1), Duration.ofDays(1),
            Duration.ofMillis(100)).withRetryAfter(Duration.ofMillis(50));

    @Parameter
    TestDatabase database;

    private final Actor anna = kerndocent("docent-anna");
    private final List<ParticipantId> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private CoreFixture fixture;

    private void start() {
        fixture = CoreFixture.on(database, java.time.Clock.fixed(CoreFixture.NOW, java.time.ZoneOffset.UTC),
                b -> b.subscribe(new Subscription<>("host.welcome", ParticipantEnrolled.class, event -> {
                    calls.incrementAndGet();
                    if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                        throw new IllegalStateException("The host's welcome service is down");
                    }
                    delivered.add(event.participant());
                })));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private void runJobs() {
        try (BackgroundJobs jobs = fixture.core().startBackgroundJobs(QUICK)) {
            assertThat(jobs.awaitIdle(fixture.database().dataSource(), Duration.ofSeconds(30))).isTrue();
        }
    }

    @Test
    void aHostsSubscriberHearsOfACommittedActionOnceAfterTheCommit() {
        start();
        Cohort cohort = fixture.cohortBy(anna);
        ParticipantId sanne = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant().id();
        assertThat(delivered).as("nothing before the background jobs run").isEmpty();

        runJobs();
        runJobs();

        assertThat(delivered).containsExactly(sanne);
    }

    @Test
    void anActionThatIsRolledBackPublishesNothing() {
        start();
        Cohort cohort = fixture.cohortBy(anna);

        assertThatThrownBy(() -> fixture.core().inUnitOfWork(() -> {
            fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-sanne"));
            throw new IllegalStateException("The page failed after enrolling");
        })).isInstanceOf(IllegalStateException.class);
        runJobs();

        assertThat(fixture.core().enrolment().participants(anna, cohort.id())).isEmpty();
        assertThat(calls).hasValue(0);
    }

    @Test
    void aFailingSubscriberLeavesTheActionSavedAndIsTriedAgainUntilItSucceeds() {
        start();
        failuresLeft.set(3);
        Cohort cohort = fixture.cohortBy(anna);

        ParticipantId sanne = fixture.core().enrolment().enrol(anna, cohort.id(), participant("student-sanne")).participant().id();
        try (BackgroundJobs jobs = fixture.core().startBackgroundJobs(QUICK)) {
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (delivered.isEmpty() && System.nanoTime() < end) {
                jobs.awaitIdle(fixture.database().dataSource(), Duration.ofMillis(500));
            }
        }

        assertThat(fixture.core().enrolment().participants(anna, cohort.id())).extracting(p -> p.id()).containsExactly(sanne);
        assertThat(delivered).containsExactly(sanne);
        assertThat(calls).hasValue(4);
    }
}
