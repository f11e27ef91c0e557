package nl.leerlijn.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.assessment.Agreement;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityKind;
import nl.leerlijn.curriculum.Module;
import nl.leerlijn.curriculum.PaperMilestone;
import nl.leerlijn.curriculum.Rubric;
import nl.leerlijn.curriculum.SessionFormat;
import nl.leerlijn.curriculum.Timing;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.ScheduleItemId;
import nl.leerlijn.submission.SubmissionId;
import nl.leerlijn.submission.SubmissionState;
import nl.leerlijn.submission.VersionSummary;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {
    private static final Instant MOMENT = Instant.parse("2026-10-01T10:00:00Z");
    private static final Instant BEFORE = MOMENT.minus(Duration.ofDays(1));
    private static final Instant AFTER = MOMENT.plus(Duration.ofDays(1));

    private static Activity activity(String key, ActivityKind kind, Timing timing) {
        return new Activity(new ActivityKey(key), kind, key, "", 1, timing,
                kind == ActivityKind.PAPER_MILESTONE ? Optional.of(PaperMilestone.CONCEPT) : Optional.empty(),
                Optional.empty(), false, Optional.empty());
    }

    private static final Activity SESSION = activity("dag", ActivityKind.CONTACT_SESSION,
            new Timing.Session(1, 1, LocalTime.NOON, Duration.ofHours(2), SessionFormat.ON_SITE));
    private static final Activity WORK = activity("werk", ActivityKind.ONLINE_WORK, new Timing.Due(1, 7, LocalTime.NOON));
    private static final Activity SELF_PACED = activity("lezen", ActivityKind.ONLINE_WORK, new Timing.SelfPaced());
    private static final Activity CONCEPT = activity("concept", ActivityKind.PAPER_MILESTONE, new Timing.Due(2, 7, LocalTime.NOON));

    private static Optional<ScheduleItem> planned(Activity activity) {
        return Optional.of(new ScheduleItem(new ScheduleItemId(1), new CohortId(1), activity.key(), "M1", activity.kind(),
                activity.title(), MOMENT, activity.kind().isSession() ? Optional.of(MOMENT.plus(Duration.ofHours(2))) : Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    private static Status session(Optional<Presence> presence, Instant now) {
        return ProgressRules.status(new ActivityFacts(SESSION, planned(SESSION), presence, Optional.empty(), WorkFacts.NOTHING), now);
    }

    private static Status online(Activity activity, Optional<Instant> doneAt, Instant now) {
        Optional<ScheduleItem> plan = activity == SELF_PACED ? Optional.empty() : planned(activity);
        return ProgressRules.status(new ActivityFacts(activity, plan, Optional.empty(), doneAt, WorkFacts.NOTHING), now);
    }

    private static Status paper(WorkFacts work, Instant now) {
        return ProgressRules.status(new ActivityFacts(CONCEPT, planned(CONCEPT), Optional.empty(), Optional.empty(), work), now);
    }

    private static final VersionSummary HANDED_IN = new VersionSummary(new SubmissionId(7), new ParticipantId(1), CONCEPT.key(), 1,
            SubmissionState.SUBMITTED, BEFORE, Optional.of(BEFORE), false, true);

    private static Agreement grade(String grade) {
        Rubric.Score score = new Rubric.Score(1, 2, Optional.empty(), Optional.of(new BigDecimal(grade)), List.of());
        return new Agreement(score, Map.of(), Map.of(), "", false);
    }

    @Test
    void aSessionIsDoneWhenAttendedExcusedWhenAfgemeldAndMissingWhenAbsentOrUnrecordedAfterwards() {
        assertThat(session(Optional.of(Presence.PRESENT), AFTER)).isEqualTo(Status.DONE);
        assertThat(session(Optional.of(Presence.EXCUSED), AFTER)).isEqualTo(Status.EXCUSED);
        assertThat(session(Optional.of(Presence.ABSENT), AFTER)).isEqualTo(Status.MISSING);
        assertThat(session(Optional.empty(), AFTER)).isEqualTo(Status.MISSING);
        assertThat(session(Optional.empty(), BEFORE)).isEqualTo(Status.DUE);
    }

    @Test
    void onlineWorkIsDoneInTimeLateAfterTheDeadlineAndMissingWhenTheDeadlinePassedWithoutIt() {
        assertThat(online(WORK, Optional.of(BEFORE), AFTER)).isEqualTo(Status.DONE);
        assertThat(online(WORK, Optional.of(AFTER), AFTER)).isEqualTo(Status.LATE);
        assertThat(online(WORK, Optional.empty(), AFTER)).isEqualTo(Status.MISSING);
        assertThat(online(WORK, Optional.empty(), BEFORE)).isEqualTo(Status.DUE);
    }

    @Test
    void selfPacedWorkIsNeverLateOrMissing() {
        assertThat(online(SELF_PACED, Optional.empty(), AFTER)).isEqualTo(Status.DUE);
        assertThat(online(SELF_PACED, Optional.of(AFTER), AFTER)).isEqualTo(Status.DONE);
    }

    @Test
    void assessedWorkIsOpenUntilItsDeadlineAndMissingAfterwardsWhenNothingWasHandedIn() {
        WorkFacts draftOnly = new WorkFacts(Optional.empty(), Optional.empty(), Optional.empty(), true, 1);

        assertThat(paper(WorkFacts.NOTHING, BEFORE)).isEqualTo(Status.DUE);
        assertThat(paper(draftOnly, BEFORE)).isEqualTo(Status.DUE);
        assertThat(paper(draftOnly, AFTER)).isEqualTo(Status.MISSING);
    }

    @Test
    void handedInWorkWaitsForItsResultUntilTheResultIsReleased() {
        WorkFacts waiting = new WorkFacts(Optional.of(HANDED_IN), Optional.empty(), Optional.empty(), false, 1);

        assertThat(paper(waiting, BEFORE)).isEqualTo(Status.HANDED_IN);
        assertThat(paper(waiting, AFTER)).isEqualTo(Status.HANDED_IN);
    }

    @Test
    void aReleasedSufficientResultIsKlaarAndAnInsufficientOneWithoutHerkansingIsOnvoldoende() {
        assertThat(paper(new WorkFacts(Optional.of(HANDED_IN), Optional.of(grade("7.5")), Optional.empty(), false, 1), AFTER))
                .isEqualTo(Status.DONE);
        assertThat(paper(new WorkFacts(Optional.of(HANDED_IN), Optional.of(grade("5.5")), Optional.empty(), false, 1), AFTER))
                .isEqualTo(Status.DONE);
        assertThat(paper(new WorkFacts(Optional.of(HANDED_IN), Optional.of(grade("5.4")), Optional.empty(), false, 1), AFTER))
                .isEqualTo(Status.FAILED);
    }

    @Test
    void anOpenHerkansingShowsAsRevisionUntilItsEndAndThenTheReleasedResultCounts() {
        Instant until = AFTER.plus(Duration.ofDays(14));
        WorkFacts revising = new WorkFacts(Optional.of(HANDED_IN), Optional.of(grade("4.0")), Optional.of(until), false, 1);

        assertThat(paper(revising, AFTER)).isEqualTo(Status.REVISION);
        assertThat(paper(revising, until.plusSeconds(1))).isEqualTo(Status.FAILED);
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
        assertThat(ProgressRules.moduleStatus(module, Map.of(SESSION.key(), Status.DONE, WORK.key(), Status.HANDED_IN,
                SELF_PACED.key(), Status.DONE))).isEqualTo(Status.HANDED_IN);
    }

    @Test
    void theAttendanceStandingSaysHowManyMoreSessionsAreNeededAndWhenTheMinimumIsOutOfReach() {
        AttendanceStanding onTrack = new AttendanceStanding(10, 5, 5, 0, 80);
        AttendanceStanding behind = new AttendanceStanding(10, 5, 3, 1, 80);
        AttendanceStanding lost = new AttendanceStanding(10, 6, 3, 0, 80);

        assertThat(onTrack.required()).isEqualTo(8);
        assertThat(onTrack.stillNeeded()).isEqualTo(3);
        assertThat(onTrack.belowThreshold()).isFalse();
        assertThat(onTrack.missesLeft()).isEqualTo(2);
        assertThat(behind.belowThreshold()).isTrue();
        assertThat(behind.outOfReach()).isFalse();
        assertThat(behind.missesLeft()).isZero();
        assertThat(behind.percentSoFar()).isEqualTo(60);
        assertThat(lost.outOfReach()).isTrue();
        assertThat(new AttendanceStanding(3, 0, 0, 0, 80).stillNeeded()).isEqualTo(3);
        assertThat(new AttendanceStanding(10, 10, 5, 0, 50).stillNeeded()).isZero();
    }
}
