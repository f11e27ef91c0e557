package nl.leerlijn.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReRunTest {
    private final GroupFormer former = new GroupFormer();

    @Test
    void lockedGroupsAndLockedPeopleStayPutWhenTheRestIsFormedAgain() {
        List<Candidate> people = People.cohort(20, 10, 4);
        GroupingRequest request = GroupingRequest.fresh(people, SizeRange.INTERVISIE, 1);
        Grouping first = former.form(request);
        List<List<String>> current = first.members();
        String lockedPerson = current.get(2).get(0);

        Grouping again = former.form(request.withSeed(77).withCurrent(current, Set.of(1), Set.of(lockedPerson)));

        assertThat(again.groups().get(0).members()).isEqualTo(current.get(1));
        assertThat(again.groups().get(0).locked()).isTrue();
        assertThat(again.groups().get(0).reasons()).extracting(Reason::kind).contains(ReasonKind.LOCKED_GROUP);
        assertThat(again.groups().get(1).members()).contains(lockedPerson);
        assertThat(again.groups().get(1).reasons()).contains(Reason.of(ReasonKind.LOCKED_PEOPLE, List.of(lockedPerson)));
        assertThat(again.groups().stream().skip(1)).allSatisfy(g -> assertThat(g.members()).doesNotContainAnyElementsOf(current.get(1)));
        assertThat(again.violations()).isEmpty();
    }

    @Test
    void peopleLockedInOneGroupStayTogetherAndOthersMayJoinThem() {
        List<Candidate> people = People.cohort(16, 8, 4);
        List<List<String>> current = List.of(List.of("p0", "p1", "p2", "p3"), List.of("p4", "p5", "p6", "p7"),
                List.of("p8", "p9", "p10", "p11"), List.of("p12", "p13", "p14", "p15"));
        GroupingRequest request = GroupingRequest.builder(people).current(current).lockPerson("p0").lockPerson("p1").lockPerson("p4")
                .seed(3).build();

        Grouping grouping = former.form(request);

        assertThat(grouping.groups().get(0).members()).contains("p0", "p1").doesNotContain("p4");
        assertThat(grouping.groups().get(1).members()).contains("p4");
    }

    @Test
    void aLockedGroupThatBreaksAHardRuleIsRefusedNotKept() {
        List<Candidate> people = new ArrayList<>(People.cohort(12, 6, 3));
        people.set(1, people.get(1).withManager("p0"));
        GroupingRequest request = GroupingRequest.builder(people).current(List.of(List.of("p0", "p1", "p2", "p3"))).lockGroup(0).build();

        assertThatThrownBy(() -> former.form(request)).isInstanceOfSatisfying(ImpossibleGroupingException.class,
                e -> assertThat(e.reasons()).containsExactly(Violation.of(ViolationKind.MANAGER_WITH_STAFF, List.of("p0", "p1"), 0)));
    }

    @Test
    void peopleLockedInDifferentGroupsButPinnedTogetherAreRefused() {
        GroupingRequest request = GroupingRequest.builder(People.cohort(12, 6, 3))
                .current(List.of(List.of("p0", "p1", "p2", "p3"), List.of("p4", "p5", "p6", "p7"))).lockPerson("p0").lockPerson("p4")
                .together("p0", "p4").build();

        assertThatThrownBy(() -> former.form(request)).isInstanceOfSatisfying(ImpossibleGroupingException.class,
                e -> assertThat(e.reasons()).extracting(Violation::kind).containsExactly(ViolationKind.PIN_SPLIT));
    }
}
