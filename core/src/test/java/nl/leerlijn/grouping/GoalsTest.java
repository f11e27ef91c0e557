package nl.leerlijn.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GoalsTest {
    private final GroupFormer former = new GroupFormer();

    @Test
    void aCohortOfFourteenFromSevenOrganisationsGetsGroupsWithAllDifferentOrganisations() {
        List<Candidate> people = People.cohort(14, 7, 3);

        Grouping grouping = former.form(GroupingRequest.fresh(people, SizeRange.INTERVISIE, 11));

        assertThat(grouping.groups()).hasSize(3);
        for (FormedGroup group : grouping.groups()) {
            Set<String> organisations = group.members().stream().map(id -> people.get(Integer.parseInt(id.substring(1))).organisation())
                    .collect(Collectors.toSet());
            assertThat(organisations).hasSameSizeAs(group.members());
        }
        assertThat(grouping.overall().organisations()).isEqualTo(grouping.overall().organisationsBound());
        assertThat(grouping.overall().spread()).isLessThanOrEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameGrouping() {
        GroupingRequest request = GroupingRequest.builder(People.cohort(40, 9, 4)).together("p1", "p2").apart("p3", "p4").seed(99).build();

        assertThat(former.form(request)).isEqualTo(former.form(request));
    }

    @Test
    void aSecondRoundRepeatsNoPairWhenTheCohortAllowsIt() {
        List<Candidate> people = People.cohort(40, 10, 4);
        Grouping first = former.form(GroupingRequest.fresh(people, SizeRange.INTERVISIE, 1));

        Grouping again = former.form(GroupingRequest.builder(people).addHistory(first.members()).seed(2).build());

        assertThat(again.overall().repeatPairs()).isZero();
        assertThat(again.overall().organisations()).isEqualTo(again.overall().organisationsBound());
        assertThat(again.groups()).allSatisfy(g -> assertThat(g.reasons()).extracting(Reason::kind).contains(ReasonKind.NO_REPEATS));
    }

    @Test
    void threeGroupsOfSixCannotAvoidRepeatsInASecondRoundAndTheBoundSaysHowMany() {
        List<Candidate> people = People.cohort(18, 9, 3);
        Grouping first = former.form(GroupingRequest.fresh(people, SizeRange.INTERVISIE, 1));

        Grouping again = former.form(GroupingRequest.builder(people).addHistory(first.members()).seed(2).build());

        assertThat(again.overall().repeatPairsLowerBound()).isEqualTo(9);
        assertThat(again.overall().repeatPairs()).isEqualTo(9);
    }

    @Test
    void fourRoundsOfNineGroupsRepeatNoPairWhileEveryGroupStaysDiverse() {
        List<Candidate> people = People.cohort(48, 12, 3);
        GroupingRequest.Builder builder = GroupingRequest.builder(people).sizes(SizeRange.INTERVISIE);
        for (int round = 0; round < 4; round++) {
            Grouping grouping = former.form(builder.seed(round).build());
            assertThat(grouping.overall().repeatPairs()).as("round %d", round).isZero();
            assertThat(grouping.overall().organisations()).isEqualTo(grouping.overall().organisationsBound());
            assertThat(grouping.overall().functions()).isEqualTo(grouping.overall().functionsBound());
            builder.addHistory(grouping.members());
        }
    }

    @Test
    void duosPairDifferentFunctionsWhenTheCohortAllows() {
        List<Candidate> people = People.cohort(10, 10, 2);

        Grouping duos = former.form(GroupingRequest.fresh(people, SizeRange.DUO, 5));

        assertThat(duos.groups()).hasSize(5).allSatisfy(d -> assertThat(d.score().functions()).isEqualTo(2));
    }

    @Test
    void anOddNumberOfPeopleMakesOneTrioAndTheRestDuos() {
        Grouping duos = former.form(GroupingRequest.fresh(People.cohort(11, 11, 3), SizeRange.DUO, 5));

        assertThat(duos.groups()).extracting(g -> g.members().size()).containsExactlyInAnyOrder(2, 2, 2, 2, 3);
    }

    @Test
    void everyGroupExplainsItselfInStructuredReasons() {
        GroupingRequest request = GroupingRequest.builder(People.cohort(12, 6, 3)).together("p0", "p1").apart("p0", "p5").seed(4).build();

        Grouping grouping = former.form(request);

        List<Reason> reasons = People.groupOf(grouping, "p0").isEmpty() ? List.of()
                : grouping.groups().stream().filter(g -> g.members().contains("p0")).findFirst().orElseThrow().reasons();
        assertThat(reasons).extracting(Reason::kind).contains(ReasonKind.ORGANISATIONS, ReasonKind.FUNCTIONS, ReasonKind.NO_REPEATS,
                ReasonKind.PINNED, ReasonKind.KEPT_APART, ReasonKind.SIZE);
        assertThat(reasons).filteredOn(r -> r.kind() == ReasonKind.PINNED).singleElement()
                .satisfies(r -> assertThat(r.describe()).isEqualTo("p0 and p1 together, as asked"));
    }
}
