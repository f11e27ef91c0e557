package nl.leerlijn.web;

import java.time.Duration;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.jobs.BackgroundJobs;
import nl.leerlijn.notification.NotificationId;
import nl.leerlijn.schedule.ScheduleChange;
import nl.leerlijn.schedule.ScheduleItem;

/** Gives a participant a notification the way it happens: the kerndocent moves a session and the background jobs run. */
public final class NotificationSetUp {
    /** Quick background jobs for tests: polling every 100 ms, retries after 100 ms. */
    public static final BackgroundJobs.Settings QUICK = new BackgroundJobs.Settings(Duration.ofHours(1), Duration.ofDays(1),
            Duration.ofMillis(100)).withRetryAfter(Duration.ofMillis(100));

    private NotificationSetUp() {
    }

    /**
     * @return the participant's newest notification: the last session of the cohort moved a day later
     */
    public static NotificationId sessionMoved(TestHost host, Actor kerndocent, CohortId cohort, Actor participant) {
        var core = host.leerlijn().core();
        ScheduleItem last = core.schedule().cohortSchedule(kerndocent, cohort).stream().filter(ScheduleItem::isSession)
                .reduce((a, b) -> b).orElseThrow();
        core.schedule().reschedule(kerndocent, cohort, new ScheduleChange(last.id(), last.at().plus(Duration.ofDays(1)), last.location(),
                Optional.of(last.at())));
        runJobs(host);
        return core.notifications().newForYou(participant).notifications().get(0).id();
    }

    /** Runs the background jobs until no work is due. */
    public static void runJobs(TestHost host) {
        try (BackgroundJobs jobs = host.leerlijn().core().startBackgroundJobs(QUICK)) {
            if (!jobs.awaitIdle(host.dataSource(), Duration.ofSeconds(30))) {
                throw new AssertionError("The background jobs did not finish in 30 seconds");
            }
        }
    }
}
