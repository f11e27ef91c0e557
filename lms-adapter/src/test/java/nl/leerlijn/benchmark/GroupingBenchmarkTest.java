package nl.leerlijn.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the grouping benchmark alone: {@code ./mvnw -o -pl lms-adapter -am test -Dtest=GroupingBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. Prints the table; checks only what must hold whatever the machine.
 */
class GroupingBenchmarkTest {

    @Test
    void theEngineBreaksNoHardRuleAndStaysWithinItsBounds() {
        List<GroupingBenchmark.Row> rows = GroupingBenchmark.rows();
        System.out.println(GroupingBenchmark.table(rows));

        assertThat(rows).filteredOn(r -> r.method().equals("Leerlijn")).allSatisfy(r -> {
            assertThat(r.violations()).isZero();
            assertThat(r.repeats()).isGreaterThanOrEqualTo((int) r.repeatBound());
            assertThat(r.organisations()).isLessThanOrEqualTo(r.organisationsBound());
        });
    }
}
