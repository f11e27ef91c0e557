package nl.leerlijn.progress;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.InvalidInputException;
import nl.leerlijn.access.Actor;
import nl.leerlijn.attendance.Presence;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.schedule.ScheduleItem;
import nl.leerlijn.schedule.ScheduleItemNotFoundException;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.curriculum.ActivityNotFoundException;
import nl.leerlijn.curriculum.PaperMilestone;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestClock;
import nl.leerlijn.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class ProgressServiceTest {
    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(CoreFixture.NOW);
    private CoreFixture fixture;
    private ProgressService progress;
    private final Actor docent = kerndocent("docent-anna");
    private final Actor sanneActor = student("student-sanne");
    private Cohort cohort;
    private Participant sanne;
    private Participant ahmed;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database, clock);
        progress = fixture.core().progress();
        cohort = fixture.cohortBy(docent);
        sanne = fixture.core().enrolment().enrol(docent, cohort.id(), participant("student-sanne")).participant();
        ahmed = fixture.core().enrolment().enrol(docent, cohort.id(), participant("student-ahmed")).participant();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Status status(Participant who, String key) {
        return progress.participantProgress(docent, who.id()).activities().stream()
                .filter(a -> a.activity().key().value().equals(key)).findFirst().orElseThrow().status();
    }

    private ScheduleItem item(String key) {
        return fixture.core().schedule().cohortSchedule(docent, cohort.id()).stream()
                .filter(i -> i.activity().value().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aStudentMarksOnlineWorkDoneAndCanUndoIt() {
        progress.markDone(sanneActor, sanne.id(), new ActivityKey("m1-e-learning"), true);
        assertThat(status(sanne, "m1-e-learning")).isEqualTo(Status.DONE);
        assertThat(status(ahmed, "m1-e-learning")).isEqualTo(Status.DUE);

        progress.markDone(sanneActor, sanne.id(), new ActivityKey("m1-e-learning"), false);
        assertThat(status(sanne, "m1-e-learning")).isEqualTo(Status.DUE);
    }

    @Test
    void workMarkedDoneAfterTheDeadlineIsLateAndWorkNeverDoneIsMissing() {
        clock.set(item("m1-e-learning").at().plusSeconds(3600));

        progress.markDone(sanneActor, sanne.id(), new ActivityKey("m1-e-learning"), true);

        assertThat(status(sanne, "m1-e-learning")).isEqualTo(Status.LATE);
        assertThat(status(ahmed, "m1-e-learning")).isEqualTo(Status.MISSING);
    }

    @Test
    void aStudentCanMarkOnlyTheirOwnOnlineWork() {
        assertThatThrownBy(() -> progress.markDone(sanneActor, ahmed.id(), new ActivityKey("m1-e-learning"), true))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> progress.markDone(sanneActor, sanne.id(), new ActivityKey("pa-concept"), true))
                .isInstanceOf(ActivityNotFoundException.class);
        assertThatThrownBy(() -> progress.markDone(docent, sanne.id(), new ActivityKey("m1-e-learning"), true))
                .isInstanceOf(NotPermittedException.class);
        fixture.core().enrolment().withdraw(docent, sanne.id(), Optional.empty());
        assertThatThrownBy(() -> progress.markDone(sanneActor, sanne.id(), new ActivityKey("m1-e-learning"), true))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theKerndocentRecordsAttendanceAndItCountsTowardsTheMinimum() {
        ScheduleItem day = item("m1-trainingsdag");
        clock.set(day.endsAt().orElseThrow());

        fixture.core().attendance().record(docent, cohort.id(), day.id(), Map.of(sanne.id(), Presence.PRESENT, ahmed.id(), Presence.EXCUSED));

        assertThat(status(sanne, "m1-trainingsdag")).isEqualTo(Status.DONE);
        assertThat(status(ahmed, "m1-trainingsdag")).isEqualTo(Status.EXCUSED);
        assertThat(fixture.core().attendance().session(docent, cohort.id(), day.id()).rows())
                .extracting(r -> r.participant().id(), r -> r.presence().orElseThrow())
                .containsExactlyInAnyOrder(tuple(sanne.id(), Presence.PRESENT), tuple(ahmed.id(), Presence.EXCUSED));
        ParticipantProgress sanneProgress = progress.participantProgress(sanneActor, sanne.id());
        assertThat(sanneProgress.attendance().sessions()).isEqualTo(12);
        assertThat(sanneProgress.attendance().attended()).isEqualTo(1);
        assertThat(sanneProgress.attendance().stillNeeded()).isEqualTo(9);
    }

    @Test
    void onlyTheCohortsKerndocentRecordsAttendanceAndOnlyForSessions() {
        ScheduleItem day = item("m1-trainingsdag");
        ScheduleItem deadline = item("pa-concept");

        assertThatThrownBy(() -> fixture.core().attendance().record(kerndocent("docent-carla"), cohort.id(), day.id(),
                Map.of(sanne.id(), Presence.PRESENT))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixture.core().attendance().record(sanneActor, cohort.id(), day.id(),
                Map.of(sanne.id(), Presence.PRESENT))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> fixture.core().attendance().record(docent, cohort.id(), deadline.id(),
                Map.of(sanne.id(), Presence.PRESENT))).isInstanceOf(ScheduleItemNotFoundException.class);
        assertThat(status(sanne, "m1-trainingsdag")).isEqualTo(Status.DUE);
    }

    @Test
    void aParticipantOfAnotherCohortCannotBeGivenAttendanceHere() {
        Cohort other = fixture.cohortBy(docent);
        Participant stranger = fixture.core().enrolment().enrol(docent, other.id(), participant("student-x")).participant();

        assertThatThrownBy(() -> fixture.core().attendance().record(docent, cohort.id(), item("m1-trainingsdag").id(),
                Map.of(stranger.id(), Presence.PRESENT))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theCohortMatrixHasARowPerParticipantAndAStatusPerModule() {
        clock.set(Instant.parse("2026-09-30T12:00:00Z"));
        fixture.core().attendance().record(docent, cohort.id(), item("m1-trainingsdag").id(), Map.of(sanne.id(), Presence.PRESENT));
        progress.markDone(sanneActor, sanne.id(), new ActivityKey("m1-e-learning"), true);

        CohortProgress matrix = progress.cohortProgress(docent, cohort.id());

        assertThat(matrix.participants()).hasSize(2);
        ParticipantProgress row = matrix.participants().stream().filter(p -> p.participant().id().equals(sanne.id())).findFirst().orElseThrow();
        assertThat(row.modules()).containsEntry("M1", Status.LATE).containsEntry("PA", Status.DUE);
        assertThat(matrix.participants().stream().filter(p -> p.participant().id().equals(ahmed.id())).findFirst().orElseThrow()
                .modules()).containsEntry("M1", Status.MISSING);
        assertThatThrownBy(() -> progress.cohortProgress(sanneActor, cohort.id())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void whatIsLeftNamesTheOpenAssessedParts() {
        ParticipantProgress fresh = progress.participantProgress(sanneActor, sanne.id());

        assertThat(fresh.assessedPartsOpen()).extracting(a -> a.milestone().orElse(null))
                .contains(PaperMilestone.PLAN_VAN_AANPAK, PaperMilestone.CONCEPT, PaperMilestone.EINDVERSIE);
        assertThat(fresh.assessedPartsOpen()).hasSize(6);
        assertThat(fresh.complete()).isFalse();
        assertThatThrownBy(() -> progress.participantProgress(student("student-ahmed"), sanne.id()))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void attendanceRecordedOnTheMorningOfASessionCountsItAsHeldSoTheShareNeverExceedsAll() {
        ScheduleItem day = item("m1-trainingsdag");
        clock.set(day.at().minusSeconds(3600));

        fixture.core().attendance().record(docent, cohort.id(), day.id(), Map.of(sanne.id(), Presence.PRESENT));

        AttendanceStanding standing = progress.participantProgress(sanneActor, sanne.id()).attendance();
        assertThat(standing.held()).isEqualTo(1);
        assertThat(standing.attended()).isEqualTo(1);
        assertThat(standing.percentSoFar()).isEqualTo(100);
        assertThat(progress.participantProgress(student("student-ahmed"), ahmed.id()).attendance().held()).isZero();
    }

    @Test
    void aModuleShowsItsWorstProblemElseWorkWaitingForAResultElseOpen() {
        nl.leerlijn.curriculum.Module paper = progress.participantProgress(docent, sanne.id()).programme().modules().stream()
                .filter(m -> m.code().equals("PA")).findFirst().orElseThrow();
        Map<ActivityKey, Status> byActivity = new java.util.HashMap<>();
        paper.activities().forEach(a -> byActivity.put(a.key(), Status.DUE));
        ActivityKey first = paper.activities().get(0).key();

        byActivity.put(first, Status.DONE);
        assertThat(ProgressRules.moduleStatus(paper, byActivity)).isEqualTo(Status.DUE);
        byActivity.put(first, Status.HANDED_IN);
        assertThat(ProgressRules.moduleStatus(paper, byActivity)).isEqualTo(Status.HANDED_IN);
        byActivity.put(paper.activities().get(1).key(), Status.MISSING);
        assertThat(ProgressRules.moduleStatus(paper, byActivity)).isEqualTo(Status.MISSING);
        paper.activities().forEach(a -> byActivity.put(a.key(), Status.DONE));
        assertThat(ProgressRules.moduleStatus(paper, byActivity)).isEqualTo(Status.DONE);
    }
}
