package nl.leerlijn.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulePlannerTest {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private final Programme sample = ProgrammeCatalog.samples().get(new ProgrammeId("effectieve-klantmanager")).programme();

    private PlannedActivity planned(List<PlannedActivity> plan, String key) {
        return plan.stream().filter(p -> p.key().value().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aSessionFallsOnItsWeekAndKeepsItsLocalStartTime() {
        List<PlannedActivity> plan = SchedulePlanner.plan(sample, LocalDate.of(2026, 9, 8), AMSTERDAM);

        PlannedActivity day = planned(plan, "m1-trainingsdag");
        assertThat(day.at().atZone(AMSTERDAM)).isEqualTo(ZonedDateTime.of(2026, 9, 15, 9, 30, 0, 0, AMSTERDAM));
        assertThat(day.endsAt()).contains(ZonedDateTime.of(2026, 9, 15, 16, 0, 0, 0, AMSTERDAM).toInstant());
        assertThat(day.isSession()).isTrue();
    }

    @Test
    void aSessionAfterTheSwitchToWinterTimeStillStartsAtHalfPastNine() {
        List<PlannedActivity> plan = SchedulePlanner.plan(sample, LocalDate.of(2026, 9, 8), AMSTERDAM);

        PlannedActivity after = planned(plan, "m4-trainingsdag");
        assertThat(after.at().atZone(AMSTERDAM).toLocalDateTime())
                .isEqualTo(LocalDate.of(2026, 12, 15).atTime(9, 30));
    }

    @Test
    void aDeadlineFallsAtTheDeadlineTimeOnTheLastDayOfItsWeek() {
        List<PlannedActivity> plan = SchedulePlanner.plan(sample, LocalDate.of(2026, 9, 8), AMSTERDAM);

        PlannedActivity plan1 = planned(plan, "pa-plan-van-aanpak");
        assertThat(plan1.at().atZone(AMSTERDAM)).isEqualTo(ZonedDateTime.of(2026, 11, 2, 23, 59, 0, 0, AMSTERDAM));
        assertThat(plan1.isSession()).isFalse();
    }

    @Test
    void selfPacedWorkWithoutDeadlineIsNotPlannedAndTheRestIsInTimeOrder() {
        List<PlannedActivity> plan = SchedulePlanner.plan(sample, LocalDate.of(2026, 9, 8), AMSTERDAM);

        assertThat(plan).extracting(p -> p.key().value()).doesNotContain("m2-lezen");
        assertThat(plan).extracting(PlannedActivity::at).isSorted();
        assertThat(plan).hasSize((int) sample.activities().stream().filter(a -> !(a.timing() instanceof Timing.SelfPaced)).count());
    }
}
