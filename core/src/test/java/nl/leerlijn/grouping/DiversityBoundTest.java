package nl.leerlijn.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DiversityBoundTest {
    private final GroupFormer former = new GroupFormer();

    /** Ten people of ten organisations, functions fn0..fn4 twice each: two groups of five can each hold all five. */
    private static List<Candidate> tenPeopleOfFiveFunctions() {
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(Candidate.of("p" + i, "org" + i, "fn" + (i % 5)));
        }
        return people;
    }

    @Test
    void withoutPinsEveryGroupCanHoldEveryFunctionAndTheBoundSaysSo() {
        Grouping grouping = former.form(GroupingRequest.fresh(tenPeopleOfFiveFunctions(), SizeRange.INTERVISIE, 3));

        assertThat(grouping.overall().functionsBound()).isEqualTo(5);
        assertThat(grouping.overall().functions()).isEqualTo(5);
    }

    @Test
    void twoPinnedPeopleOfOneFunctionCountOnceSoTheBoundDropsToWhatIsAttainable() {
        GroupingRequest request = GroupingRequest.builder(tenPeopleOfFiveFunctions()).together("p0", "p5").seed(3).build();

        Grouping grouping = former.form(request);
        AllGroupings all = AllGroupings.of(request, 2);

        assertThat(all.bestFunctions()).isEqualTo(4);
        assertThat(grouping.overall().functionsBound()).isEqualTo(4);
        assertThat(grouping.overall().functions()).isEqualTo(4);
    }

    @Test
    void twoPeopleOfOneFunctionLockedInOneGroupCountOnceWhenFormingAgain() {
        List<List<String>> current = List.of(List.of("p0", "p5", "p1", "p2", "p3"), List.of("p4", "p6", "p7", "p8", "p9"));
        GroupingRequest request = GroupingRequest.builder(tenPeopleOfFiveFunctions()).current(current).lockPerson("p0")
                .lockPerson("p5").seed(4).build();

        Grouping grouping = former.form(request);

        assertThat(People.groupOf(grouping, "p0")).contains("p5");
        assertThat(grouping.overall().functionsBound()).isEqualTo(4);
        assertThat(grouping.overall().functions()).isEqualTo(4);
    }

    @Test
    void aPinSplitByHandCountsAsTwoPiecesSoTheScoreStaysWithinItsBound() {
        GroupingRequest request = GroupingRequest.builder(tenPeopleOfFiveFunctions()).together("p0", "p5").build();

        Grouping split = former.evaluate(request, List.of(List.of("p0", "p1", "p2", "p3", "p4"), List.of("p5", "p6", "p7", "p8", "p9")));

        assertThat(split.violations()).extracting(Violation::kind).containsExactly(ViolationKind.PIN_SPLIT);
        assertThat(split.overall().functions()).isEqualTo(5);
        assertThat(split.overall().functionsBound()).isEqualTo(5);
    }

    @Property(tries = 80)
    void theDiversityBoundsAreNeverBelowTheBestOfAllValidGroupings(@ForAll @IntRange(min = 4, max = 10) int n,
            @ForAll long seed) {
        GroupingRequest request = smallCohort(n, seed);
        for (int groups = 1; groups <= n / request.sizes().min(); groups++) {
            AllGroupings all = AllGroupings.of(request, groups);
            if (all.any()) {
                Score bounds = former.evaluate(request, all.example()).overall();

                assertThat(bounds.organisationsBound()).isGreaterThanOrEqualTo(all.bestOrganisations());
                assertThat(bounds.functionsBound()).isGreaterThanOrEqualTo(all.bestFunctions());
            }
        }
    }

    /**
     * Few organisations and functions, so values repeat; pins that often join two people of the same value, an
     * exclusion and a manager: the cases where counting people instead of pieces would overstate the bound.
     */
    private static GroupingRequest smallCohort(int n, long seed) {
        Random random = new Random(seed);
        int organisations = 1 + random.nextInt(4);
        int functions = 1 + random.nextInt(4);
        List<Candidate> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Candidate c = Candidate.of("c" + i, "org" + random.nextInt(organisations), "fn" + random.nextInt(functions));
            people.add(i > 0 && random.nextInt(5) == 0 ? c.withManager("c" + random.nextInt(i)) : c);
        }
        GroupingRequest.Builder builder = GroupingRequest.builder(people).sizes(new SizeRange(2, 2, 3, 4)).seed(seed);
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            int a = random.nextInt(n);
            int b = (a + 1 + random.nextInt(n - 1)) % n;
            if (k == 0 && random.nextBoolean()) {
                builder.apart("c" + a, "c" + b);
            } else {
                builder.together("c" + a, "c" + b);
            }
        }
        return builder.build();
    }
}
