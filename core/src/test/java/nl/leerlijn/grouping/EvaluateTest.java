package nl.leerlijn.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluateTest {
    private final GroupFormer former = new GroupFormer();

    @Test
    void aPersonMovedByHandIntoTheirManagersGroupIsReportedAsAViolation() {
        List<Candidate> people = new ArrayList<>(People.cohort(10, 10, 2));
        people.set(9, people.get(9).withManager("p0"));
        GroupingRequest request = GroupingRequest.builder(people).apart("p1", "p2").together("p3", "p8").build();
        List<List<String>> moved = List.of(List.of("p0", "p1", "p2", "p3", "p9"), List.of("p4", "p5", "p6", "p7", "p8"));

        Grouping grouping = former.evaluate(request, moved);

        assertThat(grouping.valid()).isFalse();
        assertThat(grouping.violations()).containsExactlyInAnyOrder(
                Violation.of(ViolationKind.MANAGER_WITH_STAFF, List.of("p0", "p9"), 0),
                Violation.of(ViolationKind.APART_TOGETHER, List.of("p1", "p2"), 0),
                Violation.of(ViolationKind.PIN_SPLIT, List.of("p3", "p8"), 0, 1));
        assertThat(grouping.violations().get(0).describe()).isEqualTo("manager p0 is in group 0 with their staff member p9");
    }

    @Test
    void sizesMissingAndUnknownPeopleAreReported() {
        GroupingRequest request = GroupingRequest.fresh(People.cohort(10, 5, 2), SizeRange.INTERVISIE, 0);

        Grouping grouping = former.evaluate(request, List.of(List.of("p0", "p1", "p2"), List.of("p3", "p4", "p5", "p6", "p7", "p8", "x")));

        assertThat(grouping.violations()).extracting(Violation::kind).containsExactlyInAnyOrder(ViolationKind.GROUP_TOO_SMALL,
                ViolationKind.UNKNOWN_PERSON, ViolationKind.NOT_PLACED);
    }

    @Test
    void aValidGroupingIsScoredWithTheSameBoundsAsAFormedOne() {
        GroupingRequest request = GroupingRequest.fresh(People.cohort(12, 6, 3), SizeRange.INTERVISIE, 0);
        Grouping formed = former.form(request);

        Grouping evaluated = former.evaluate(request, formed.members());

        assertThat(evaluated.valid()).isTrue();
        assertThat(evaluated.overall()).isEqualTo(formed.overall());
        assertThat(evaluated.groups()).extracting(FormedGroup::score).isEqualTo(formed.groups().stream().map(FormedGroup::score).toList());
    }
}
