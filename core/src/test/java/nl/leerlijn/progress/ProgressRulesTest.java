package nl.leerlijn.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.access.UserId;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.cohort.ParticipantId;
import nl.leerlijn.cohort.ScheduleItem;
import nl.leerlijn.cohort.ScheduleItemId;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Module;
import nl.leerlijn.curriculum.SessionFormat;
import nl.leerlijn.curriculum.Timing;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {
    private static final Instant MOMENT = Instant.parse("2026-10-01T10:00:00Z");
    private static final Instant BEFORE = MOMENT.minus(Duration.ofDays(1));
    private static final Instant AFTER = MOMENT.plus(Duration.ofDays(1));

    private static Activity activity(String key, ActivityKind kind, Timing timing) {
        return new Activity(new ActivityKey(key), kind, key, "", 1, timing,
                kind == ActivityKind.PAPER_MILESTONE ? Optional.of(nl.leerlijn.curriculum.PaperMilestone.CONCEPT) : Optional.empty(),
                Optional.empty(), false, Optional.empty());
    }

    private static final Activity SESSION = activity("dag", ActivityKind.CONTACT_SESSION,
            new Timing.Session(1, 1, java.time.LocalTime.NOON, Duration.ofHours(2), SessionFormat.ON_SITE));
    private static final Activity WORK = activity("werk", ActivityKind.ONLINE_WORK, new Timing.Due(1, 7, java.time.LocalTime.NOON));
    private static final Activity SELF_PACED = activity("lezen", ActivityKind.ONLINE_WORK, new Timing.SelfPaced());

    private static Optional<ScheduleItem> planned(Activity activity) {
        return Optional.of(new ScheduleItem(new ScheduleItemId(1), new CohortId(1), activity.key(), "M1", activity.kind(),
                activity.title(), MOMENT, activity.kind().isSession() ? Optional.of(MOMENT.plus(Duration.ofHours(2))) : Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    private static Optional<ActivityRecord> recorded(Activity activity, Outcome outcome, Instant at) {
        return Optional.of(new ActivityRecord(new ParticipantId(1), activity.key(), outcome, at, new UserId("x")));
    }

    @Test
    void aSessionIsDoneWhenAttendedExcusedWhenAfgemeldAndMissingWhenAbsentOrUnrecordedAfterwards() {
        assertThat(ProgressRules.status(SESSION, planned(SESSION), recorded(SESSION, Outcome.PRESENT, AFTER), AFTER)).isEqualTo(Status.DONE);
        assertThat(ProgressRules.status(SESSION, planned(SESSION), recorded(SESSION, Outcome.EXCUSED, AFTER), AFTER)).isEqualTo(Status.EXCUSED);
        assertThat(ProgressRules.status(SESSION, planned(SESSION), recorded(SESSION, Outcome.ABSENT, AFTER), AFTER)).isEqualTo(Status.MISSING);
        assertThat(ProgressRules.status(SESSION, planned(SESSION), Optional.empty(), AFTER)).isEqualTo(Status.MISSING);
        assertThat(ProgressRules.status(SESSION, planned(SESSION), Optional.empty(), BEFORE)).isEqualTo(Status.DUE);
    }

    @Test
    void workIsDoneInTimeLateAfterTheDeadlineAndMissingWhenTheDeadlinePassedWithoutIt() {
        assertThat(ProgressRules.status(WORK, planned(WORK), recorded(WORK, Outcome.DONE, BEFORE), AFTER)).isEqualTo(Status.DONE);
        assertThat(ProgressRules.status(WORK, planned(WORK), recorded(WORK, Outcome.DONE, AFTER), AFTER)).isEqualTo(Status.LATE);
        assertThat(ProgressRules.status(WORK, planned(WORK), Optional.empty(), AFTER)).isEqualTo(Status.MISSING);
        assertThat(ProgressRules.status(WORK, planned(WORK), Optional.empty(), BEFORE)).isEqualTo(Status.DUE);
    }

    @Test
    void selfPacedWorkIsNeverLateOrMissing() {
        assertThat(ProgressRules.status(SELF_PACED, Optional.empty(), Optional.empty(), AFTER)).isEqualTo(Status.DUE);
        assertThat(ProgressRules.status(SELF_PACED, Optional.empty(), recorded(SELF_PACED, Outcome.DONE, AFTER), AFTER)).isEqualTo(Status.DONE);
    }

    @Test
    void aModuleIsAsFarAsItsWorstActivity() {
        Module module = new Module("M1", "Module", List.of(), List.of(SESSION, WORK, SELF_PACED));

        assertThat(ProgressRules.moduleStatus(module, Map.of(SESSION.key(), Status.DONE, WORK.key(), Status.DONE,
                SELF_PACED.key(), Status.DONE))).isEqualTo(Status.DONE);
        assertThat(ProgressRules.moduleStatus(module, Map.of(SESSION.key(), Status.DONE, WORK.key(), Status.LATE,
                SELF_PACED.key(), Status.DUE))).isEqualTo(Status.LATE);
        assertThat(ProgressRules.moduleStatus(module, Map.of(SESSION.key(), Status.MISSING, WORK.key(), Status.LATE,
                SELF_PACED.key(), Status.DONE))).isEqualTo(Status.MISSING);
    }

    @Test
    void theSessionsStillNeededCountTowardsTheMinimumAttendance() {
        List<Status> tenSessions = List.of(Status.DONE, Status.DONE, Status.DONE, Status.DONE, Status.DONE,
                Status.EXCUSED, Status.MISSING, Status.DUE, Status.DUE, Status.DUE);

        assertThat(ProgressRules.sessionsStillNeeded(tenSessions, 80)).isEqualTo(3);
        assertThat(ProgressRules.sessionsStillNeeded(tenSessions, 50)).isZero();
        assertThat(ProgressRules.sessionsStillNeeded(List.of(Status.DUE, Status.DUE, Status.DUE), 80)).isEqualTo(3);
    }
}
