package nl.leerlijn.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class GroupFormerPropertiesTest {
    private final GroupFormer former = new GroupFormer();

    @Property(tries = 60)
    void aFormedGroupingKeepsEveryHardRuleAndNeverBeatsItsBounds(@ForAll @IntRange(min = 4, max = 60) int n,
            @ForAll boolean skewedOrganisations, @ForAll boolean skewedFunctions, @ForAll @IntRange(min = 0, max = 3) int rounds,
            @ForAll long seed) {
        GroupingRequest request = Scenario.generate(n, skewedOrganisations, skewedFunctions, rounds, seed);

        Grouping grouping = former.form(request);

        assertThat(grouping.violations()).isEmpty();
        assertThat(former.evaluate(request, grouping.members()).violations()).isEmpty();
        assertThat(grouping.groups()).allSatisfy(g -> {
            assertThat(g.members().size()).isBetween(request.sizes().min(), request.sizes().max());
            assertThat(g.score().organisations()).isLessThanOrEqualTo(g.score().organisationsBound());
            assertThat(g.score().functions()).isLessThanOrEqualTo(g.score().functionsBound());
        });
        Score overall = grouping.overall();
        assertThat(overall.organisations()).isLessThanOrEqualTo(overall.organisationsBound());
        assertThat(overall.functions()).isLessThanOrEqualTo(overall.functionsBound());
        assertThat(overall.repeatPairs()).isGreaterThanOrEqualTo(overall.repeatPairsLowerBound());
        assertThat(grouping.members().stream().mapToInt(List::size).sum()).isEqualTo(n);
    }

    @Property(tries = 20)
    void theSameRequestAndSeedGiveTheSameGrouping(@ForAll @IntRange(min = 4, max = 60) int n, @ForAll boolean skewed,
            @ForAll @IntRange(min = 0, max = 2) int rounds, @ForAll long seed) {
        GroupingRequest request = Scenario.generate(n, skewed, !skewed, rounds, seed);

        assertThat(former.form(request)).isEqualTo(former.form(request));
    }

    @Property(tries = 20)
    void aReRunKeepsLockedGroupsAndPeopleWhereTheyWere(@ForAll @IntRange(min = 12, max = 60) int n, @ForAll long seed) {
        GroupingRequest request = Scenario.generate(n, false, true, 1, seed);
        List<List<String>> current = former.form(request).members();
        int lockedGroup = Math.floorMod(seed, current.size());
        int other = (lockedGroup + 1) % current.size();
        String lockedPerson = current.get(other).get(0);

        Grouping again = former.form(request.withSeed(seed + 1).withCurrent(current, Set.of(lockedGroup), Set.of(lockedPerson)));

        assertThat(again.members()).contains(current.get(lockedGroup));
        assertThat(People.groupOf(again, lockedPerson)).isNotEqualTo(current.get(lockedGroup));
        assertThat(again.violations()).isEmpty();
    }

    @Property(tries = 60)
    void anyGroupingIsScoredWithinItsBounds(@ForAll @IntRange(min = 4, max = 60) int n, @ForAll long seed) {
        GroupingRequest request = Scenario.generate(n, true, false, 2, seed);
        List<String> ids = request.candidates().stream().map(Candidate::id).toList();
        int groups = Math.max(1, n / 5);
        List<List<String>> arbitrary = java.util.stream.IntStream.range(0, groups)
                .mapToObj(g -> java.util.stream.IntStream.range(0, n).filter(i -> i % groups == g).mapToObj(ids::get).toList()).toList();

        Score overall = former.evaluate(request, arbitrary).overall();

        assertThat(overall.organisations()).isLessThanOrEqualTo(overall.organisationsBound());
        assertThat(overall.functions()).isLessThanOrEqualTo(overall.functionsBound());
        assertThat(overall.repeatPairs()).isGreaterThanOrEqualTo(overall.repeatPairsLowerBound());
    }
}
