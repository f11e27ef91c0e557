package nl.leerlijn.schedule;

import static nl.leerlijn.testing.People.kerndocent;
import static nl.leerlijn.testing.People.participant;
import static nl.leerlijn.testing.People.student;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import nl.leerlijn.access.Actor;
import nl.leerlijn.access.NotPermittedException;
import nl.leerlijn.testing.CoreFixture;
import nl.leerlijn.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import nl.leerlijn.cohort.Cohort;
import nl.leerlijn.cohort.StaffRole;
import nl.leerlijn.enrolment.Participant;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class RescheduleTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Parameter
    TestDatabase database;

    private CoreFixture fixture;
    private ScheduleService schedule;
    private final Actor docent = kerndocent("docent-anna");
    private Cohort cohort;
    private Participant sanne;

    @BeforeEach
    void start() {
        fixture = CoreFixture.on(database);
        schedule = fixture.core().schedule();
        cohort = fixture.cohortBy(docent);
        sanne = fixture.core().enrolment().enrol(docent, cohort.id(), participant("student-sanne")).participant();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private ScheduleItem item(String key) {
        return schedule.cohortSchedule(docent, cohort.id()).stream()
                .filter(i -> i.activity().value().equals(key)).findFirst().orElseThrow();
    }

    private static java.time.Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute), AMSTERDAM).toInstant();
    }

    @Test
    void aMomentBefore1900OrAfter9999IsRefusedBeforeAnythingMoves() {
        ScheduleItem day = item("m1-trainingsdag");

        assertThatThrownBy(() -> new ScheduleChange(day.id(), at(10_000, 1, 2, 10, 0), Optional.empty()))
                .isInstanceOf(nl.leerlijn.DateOutOfRangeException.class);
        assertThatThrownBy(() -> new ScheduleChange(day.id(), at(1899, 12, 30, 10, 0), Optional.empty()))
                .isInstanceOf(nl.leerlijn.DateOutOfRangeException.class);
        assertThat(new ScheduleChange(day.id(), at(9999, 12, 31, 23, 59), Optional.empty()).at()).isEqualTo(at(9999, 12, 31, 23, 59));
    }

    @Test
    void movingASessionKeepsItsLengthAndEveryParticipantSeesTheNewTimeAndPlace() {
        ScheduleItem day = item("m1-trainingsdag");

        schedule.reschedule(docent, cohort.id(), new ScheduleChange(day.id(), at(2026, 9, 17, 10, 0), Optional.of("Zwolle")));

        ScheduleItem moved = fixture.core().schedule().participantSchedule(student("student-sanne"), sanne.id()).items().stream()
                .filter(i -> i.id().equals(day.id())).findFirst().orElseThrow();
        assertThat(moved.at()).isEqualTo(at(2026, 9, 17, 10, 0));
        assertThat(Duration.between(moved.at(), moved.endsAt().orElseThrow()))
                .isEqualTo(Duration.between(day.at(), day.endsAt().orElseThrow()));
        assertThat(moved.location()).contains("Zwolle");
    }

    @Test
    void aPreviewShowsTheEffectAndSavesNothing() {
        ScheduleItem deadline = item("pa-plan-van-aanpak");

        ScheduleChangeEffect effect = schedule.preview(docent, cohort.id(),
                new ScheduleChange(deadline.id(), deadline.at().minus(Duration.ofDays(7)), Optional.empty()));

        assertThat(effect.activeParticipants()).isEqualTo(1);
        assertThat(effect.earlierDeadline()).isTrue();
        assertThat(effect.inThePast()).isFalse();
        assertThat(item("pa-plan-van-aanpak").at()).isEqualTo(deadline.at());
        assertThat(changes()).isZero();
    }

    @Test
    void aSessionMovedOntoADayWithAnotherSessionNamesThatSession() {
        ScheduleItem intervisie = item("iv-bijeenkomst-1");
        ScheduleItem trainingsdag = item("m2-trainingsdag");

        ScheduleChangeEffect effect = schedule.preview(docent, cohort.id(),
                new ScheduleChange(intervisie.id(), trainingsdag.at().plus(Duration.ofHours(8)), Optional.empty()));

        assertThat(effect.sameDay()).extracting(ScheduleItem::id).containsExactly(trainingsdag.id());
    }

    @Test
    void aMomentThatHasPassedIsFlagged() {
        ScheduleItem deadline = item("m1-e-learning");

        ScheduleChangeEffect effect = schedule.preview(docent, cohort.id(),
                new ScheduleChange(deadline.id(), CoreFixture.NOW.minus(Duration.ofDays(1)), Optional.empty()));

        assertThat(effect.inThePast()).isTrue();
    }

    @Test
    void everySavedChangeIsRecordedAndChangingNothingRecordsNothing() {
        ScheduleItem day = item("m1-trainingsdag");

        schedule.reschedule(docent, cohort.id(), new ScheduleChange(day.id(), day.at(), Optional.empty()));
        assertThat(changes()).isZero();

        schedule.reschedule(docent, cohort.id(), new ScheduleChange(day.id(), day.at().plus(Duration.ofDays(1)), Optional.empty()));
        assertThat(changes()).isEqualTo(1);
    }

    @Test
    void onlyTheCohortsKerndocentMayChangeTheSchedule() {
        ScheduleItem day = item("m1-trainingsdag");
        ScheduleChange change = new ScheduleChange(day.id(), day.at().plus(Duration.ofDays(1)), Optional.empty());

        assertThatThrownBy(() -> schedule.reschedule(kerndocent("docent-carla"), cohort.id(), change))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> schedule.reschedule(student("student-sanne"), cohort.id(), change))
                .isInstanceOf(NotPermittedException.class);
        assertThat(item("m1-trainingsdag").at()).isEqualTo(day.at());
    }

    @Test
    void anItemOfAnotherCohortIsNotFoundThroughThisOne() {
        Cohort other = fixture.cohortBy(docent);
        ScheduleItem foreign = schedule.cohortSchedule(docent, other.id()).get(0);

        assertThatThrownBy(() -> schedule.reschedule(docent, cohort.id(),
                new ScheduleChange(foreign.id(), foreign.at().plus(Duration.ofDays(1)), Optional.empty())))
                .isInstanceOf(ScheduleItemNotFoundException.class);
    }

    private int changes() {
        return Jdbi.create(fixture.database().dataSource())
                .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM ll_schedule_change").mapTo(Integer.class).one());
    }

    @Test
    void aChangeBasedOnWhatWasSeenBeforeSomeoneElseMovedItIsRefusedAndTheirMoveStays() {
        ScheduleItem day = item("m1-trainingsdag");
        schedule.reschedule(kerndocentCarlaAssigned(), cohort.id(),
                new ScheduleChange(day.id(), day.at().plus(Duration.ofDays(1)), Optional.empty(), Optional.of(day.at())));

        assertThatThrownBy(() -> schedule.reschedule(docent, cohort.id(),
                new ScheduleChange(day.id(), day.at().plus(Duration.ofDays(2)), Optional.empty(), Optional.of(day.at()))))
                .isInstanceOf(ScheduleChangedMeanwhileException.class)
                .satisfies(e -> assertThat(((ScheduleChangedMeanwhileException) e).current().at()).isEqualTo(day.at().plus(Duration.ofDays(1))));
        assertThat(item("m1-trainingsdag").at()).isEqualTo(day.at().plus(Duration.ofDays(1)));
    }

    private Actor kerndocentCarlaAssigned() {
        Actor carla = kerndocent("docent-carla");
        fixture.core().cohorts().assignStaff(docent, cohort.id(), carla.userId(), "Carla", StaffRole.CORE_TEACHER);
        return carla;
    }
}
