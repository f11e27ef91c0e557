package nl.leerlijn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the grouping benchmark alone: {@code ./mvnw -o -pl lms-adapter -am test -Dtest=GroupingBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. Prints the table; checks only what must hold whatever the machine (the
 * engine's search counts steps, not time, so its groups do not depend on the machine).
 */
class GroupingBenchmarkTest {
    private static List<GroupingBenchmark.Row> rows;

    @BeforeAll
    static void measureOnce() {
        rows = GroupingBenchmark.rows();
        System.out.println(GroupingBenchmark.table(rows));
    }

    @Test
    void theEngineBreaksNoHardRuleAndStaysWithinItsBounds() {
        assertThat(leerlijn()).allSatisfy(r -> {
            assertThat(r.violations()).isZero();
            assertThat(r.repeats()).isGreaterThanOrEqualTo((int) r.repeatBound());
            assertThat(r.organisations()).isLessThanOrEqualTo(r.organisationsBound());
            assertThat(r.functions()).isLessThanOrEqualTo(r.functionsBound());
        });
    }

    @Test
    void theEngineReachesNinetyFivePercentOfTheDiversityBoundsAndTheLowerBoundOnRepeats() {
        assertThat(leerlijn()).hasSize(2).allSatisfy(r -> {
            assertThat(r.diversityShare()).isGreaterThanOrEqualTo(0.95);
            assertThat(r.repeats()).isEqualTo((int) r.repeatBound());
        });
    }

    private static List<GroupingBenchmark.Row> leerlijn() {
        return rows.stream().filter(r -> r.method().equals("Leerlijn")).toList();
    }
}
