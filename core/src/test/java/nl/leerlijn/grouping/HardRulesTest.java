package nl.leerlijn.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HardRulesTest {
    private final GroupFormer former = new GroupFormer();

    @Test
    void aManagerIsNeverInAGroupWithTheirOwnStaff() {
        List<Candidate> people = new ArrayList<>(People.cohort(17, 1, 1));
        for (int i = 1; i <= 12; i++) {
            people.set(i, people.get(i).withManager("p0"));
        }
        Grouping grouping = former.form(GroupingRequest.fresh(people, SizeRange.INTERVISIE, 7));

        List<String> managersGroup = People.groupOf(grouping, "p0");
        assertThat(managersGroup).containsOnly("p0", "p13", "p14", "p15", "p16");
        assertThat(grouping.violations()).isEmpty();
        assertThat(grouping.groups().stream().flatMap(g -> g.reasons().stream()))
                .anyMatch(r -> r.kind() == ReasonKind.MANAGER_APART && r.people().equals(List.of("p0", "p1")));
    }

    @Test
    void pinnedPeopleAreTogetherAlongTheWholeChain() {
        GroupingRequest request = GroupingRequest.builder(People.cohort(20, 10, 4)).together("p0", "p1").together("p1", "p2")
                .together("p7", "p19").seed(3).build();

        Grouping grouping = former.form(request);

        assertThat(People.together(grouping, "p0", "p2")).isTrue();
        assertThat(People.together(grouping, "p0", "p1")).isTrue();
        assertThat(People.together(grouping, "p7", "p19")).isTrue();
        assertThat(People.groupOf(grouping, "p0").size()).isBetween(4, 8);
    }

    @Test
    void excludedPeopleAreKeptApart() {
        GroupingRequest request = GroupingRequest.builder(People.cohort(12, 2, 2)).apart("p0", "p2").apart("p0", "p4")
                .apart("p2", "p4").seed(1).build();

        Grouping grouping = former.form(request);

        assertThat(People.together(grouping, "p0", "p2")).isFalse();
        assertThat(People.together(grouping, "p0", "p4")).isFalse();
        assertThat(People.together(grouping, "p2", "p4")).isFalse();
        assertThat(grouping.groups()).hasSize(3);
    }

    @Test
    void aPinChainLargerThanTheLargestGroupIsRefusedWithAReason() {
        GroupingRequest.Builder builder = GroupingRequest.builder(People.cohort(20, 5, 5));
        for (int i = 0; i < 8; i++) {
            builder.together("p" + i, "p" + (i + 1));
        }

        assertThatThrownBy(() -> former.form(builder.build())).isInstanceOfSatisfying(ImpossibleGroupingException.class,
                e -> assertThat(e.reasons()).singleElement().satisfies(reason -> {
                    assertThat(reason.kind()).isEqualTo(ViolationKind.PIN_CHAIN_TOO_LARGE);
                    assertThat(reason.numbers()).containsExactly(9, 8);
                    assertThat(reason.describe()).contains("more than a group of at most 8");
                }));
    }

    @Test
    void aPinChainThatJoinsAnExcludedPairIsRefusedWithAReason() {
        GroupingRequest request = GroupingRequest.builder(People.cohort(20, 5, 5)).together("p0", "p1").together("p1", "p2")
                .apart("p0", "p2").build();

        assertThatThrownBy(() -> former.form(request)).isInstanceOfSatisfying(ImpossibleGroupingException.class,
                e -> assertThat(e.reasons()).singleElement().satisfies(reason -> {
                    assertThat(reason.kind()).isEqualTo(ViolationKind.PIN_CHAIN_APART);
                    assertThat(reason.people()).containsExactly("p0", "p2", "p1");
                }));
    }

    @Test
    void aPinBetweenAManagerAndTheirStaffIsRefused() {
        List<Candidate> people = new ArrayList<>(People.cohort(10, 5, 5));
        people.set(1, people.get(1).withManager("p0"));
        GroupingRequest request = GroupingRequest.builder(people).together("p0", "p1").build();

        assertThatThrownBy(() -> former.form(request)).isInstanceOfSatisfying(ImpossibleGroupingException.class,
                e -> assertThat(e.reasons()).extracting(Violation::kind).containsExactly(ViolationKind.PIN_CHAIN_MANAGER));
    }

    @Test
    void tooFewPeopleForOneGroupAreRefused() {
        assertThatThrownBy(() -> former.form(GroupingRequest.fresh(People.cohort(3, 3, 3), SizeRange.INTERVISIE, 0)))
                .isInstanceOfSatisfying(ImpossibleGroupingException.class, e -> assertThat(e.reasons())
                        .containsExactly(Violation.of(ViolationKind.TOO_FEW_CANDIDATES, List.of(), 3, 4)));
    }

    @Test
    void aManagerWithMoreStaffThanTheGroupsCanSpareIsRefusedRatherThanBrokenSilently() {
        List<Candidate> people = new ArrayList<>(People.cohort(8, 8, 8));
        for (int i = 1; i < 8; i++) {
            people.set(i, people.get(i).withManager("p0"));
        }
        assertThatThrownBy(() -> former.form(GroupingRequest.fresh(people, SizeRange.INTERVISIE, 0)))
                .isInstanceOfSatisfying(ImpossibleGroupingException.class,
                        e -> assertThat(e.reasons()).extracting(Violation::kind).containsExactly(ViolationKind.NO_ARRANGEMENT));
    }
}
