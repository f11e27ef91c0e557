package nl.leerlijn.intervisie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The planner's rules over groups of 3 to 8 members, 1 to 20 meetings and random earlier meetings, some of them held by
 * people who have left the group since (ids {@code p0} to {@code p9}; the members are the first ones).
 */
class RotationFairnessTest {
    private static final int POOL = 10;
    private final RotationPlanner planner = new RotationPlanner();

    @Property
    void theInbrengerIsAlwaysSomeoneWhoBroughtTheFewestCases(@ForAll @IntRange(min = 3, max = 8) int size,
            @ForAll @IntRange(min = 1, max = 20) int meetings, @ForAll("histories") List<PlannedRoles> history) {
        List<String> members = members(size);
        Counts counts = new Counts(members, history);

        for (PlannedRoles roles : planner.plan(members, meetings, history)) {
            assertThat(counts.of(MeetingRole.INBRENGER, roles.inbrenger())).isEqualTo(counts.fewest(MeetingRole.INBRENGER));
            counts.add(roles);
        }
    }

    @Property
    void inANewGroupEveryoneBringsACaseOnceBeforeAnyoneBringsOneTwice(@ForAll @IntRange(min = 3, max = 8) int size,
            @ForAll @IntRange(min = 1, max = 20) int meetings) {
        List<String> inbrengers = planner.plan(members(size), meetings, List.of()).stream().map(PlannedRoles::inbrenger).toList();

        for (int round = 0; round * size < meetings; round++) {
            List<String> turns = inbrengers.subList(round * size, Math.min(meetings, (round + 1) * size));
            assertThat(turns).doesNotHaveDuplicates();
        }
    }

    @Property
    void inANewGroupTheCountsPerRoleNeverDifferByMoreThanOne(@ForAll @IntRange(min = 3, max = 8) int size,
            @ForAll @IntRange(min = 1, max = 20) int meetings) {
        List<String> members = members(size);
        Counts counts = new Counts(members, List.of());

        for (PlannedRoles roles : planner.plan(members, meetings, List.of())) {
            counts.add(roles);
            for (MeetingRole role : MeetingRole.values()) {
                assertThat(counts.spread(role)).as("%s after %s", role, roles).isLessThanOrEqualTo(1);
            }
        }
    }

    @Property
    void afterAnyHistoryTheCasesBroughtNeverGrowFurtherApartThanOneOrThanTheyWere(
            @ForAll @IntRange(min = 3, max = 8) int size, @ForAll @IntRange(min = 1, max = 20) int meetings,
            @ForAll("histories") List<PlannedRoles> history) {
        List<String> members = members(size);
        Counts counts = new Counts(members, history);
        int bound = Math.max(1, counts.spread(MeetingRole.INBRENGER));

        for (PlannedRoles roles : planner.plan(members, meetings, history)) {
            counts.add(roles);
            assertThat(counts.spread(MeetingRole.INBRENGER)).as("after %s", roles).isLessThanOrEqualTo(bound);
        }
    }

    @Property
    void aRoleNeverGoesToAMemberWhileAnotherWithoutARoleInThatMeetingHeldItFewerTimes(
            @ForAll @IntRange(min = 3, max = 8) int size, @ForAll @IntRange(min = 1, max = 20) int meetings,
            @ForAll("histories") List<PlannedRoles> history) {
        List<String> members = members(size);
        Counts counts = new Counts(members, history);

        for (PlannedRoles roles : planner.plan(members, meetings, history)) {
            List<String> idle = members.stream()
                    .filter(m -> !List.of(roles.inbrenger(), roles.gespreksleider(), roles.notulist()).contains(m)).toList();
            for (MeetingRole role : List.of(MeetingRole.CHAIR, MeetingRole.NOTETAKER)) {
                int held = counts.of(role, roles.holder(role));
                assertThat(idle).as("%s in %s", role, roles).allSatisfy(m -> assertThat(counts.of(role, m)).isGreaterThanOrEqualTo(held));
            }
            counts.add(roles);
        }
    }

    @Property
    void nobodyHoldsTwoRolesInOneMeetingAndOnlyMembersHoldRoles(@ForAll @IntRange(min = 3, max = 8) int size,
            @ForAll @IntRange(min = 1, max = 20) int meetings, @ForAll("histories") List<PlannedRoles> history) {
        List<String> members = members(size);

        assertThat(planner.plan(members, meetings, history)).hasSize(meetings).allSatisfy(roles -> {
            assertThat(List.of(roles.inbrenger(), roles.gespreksleider(), roles.notulist())).doesNotHaveDuplicates();
            assertThat(members).contains(roles.inbrenger(), roles.gespreksleider(), roles.notulist());
        });
    }

    @Property
    void theSameQuestionGetsTheSamePlanAndPlanningInTwoStepsGivesTheSamePlanAsAtOnce(
            @ForAll @IntRange(min = 3, max = 8) int size, @ForAll @IntRange(min = 1, max = 20) int meetings,
            @ForAll("histories") List<PlannedRoles> history, @ForAll @IntRange(min = 0, max = 20) int split) {
        List<String> members = members(size);
        int first = Math.min(split, meetings);

        List<PlannedRoles> whole = planner.plan(members, meetings, history);
        List<PlannedRoles> start = planner.plan(members, first, history);
        List<PlannedRoles> later = new ArrayList<>(history);
        later.addAll(start);
        List<PlannedRoles> rest = planner.plan(members, meetings - first, later);

        assertThat(planner.plan(List.copyOf(members), meetings, List.copyOf(history))).isEqualTo(whole);
        assertThat(start).isEqualTo(whole.subList(0, first));
        assertThat(rest).isEqualTo(whole.subList(first, meetings));
    }

    @Provide
    Arbitrary<List<PlannedRoles>> histories() {
        Arbitrary<PlannedRoles> meeting = Arbitraries.integers().between(0, POOL - 1).list().ofSize(3).uniqueElements()
                .map(ids -> new PlannedRoles("p" + ids.get(0), "p" + ids.get(1), "p" + ids.get(2)));
        return meeting.list().ofMaxSize(15);
    }

    private static List<String> members(int size) {
        return IntStream.range(0, size).mapToObj(i -> "p" + i).toList();
    }

    /** Role counts of the members, kept by the test independently of the planner. */
    private static final class Counts {
        private final List<String> members;
        private final Map<MeetingRole, Map<String, Integer>> held = new HashMap<>();

        Counts(List<String> members, List<PlannedRoles> history) {
            this.members = members;
            for (MeetingRole role : MeetingRole.values()) {
                Map<String, Integer> perMember = new HashMap<>();
                members.forEach(m -> perMember.put(m, 0));
                held.put(role, perMember);
            }
            history.forEach(this::add);
        }

        void add(PlannedRoles roles) {
            for (MeetingRole role : MeetingRole.values()) {
                held.get(role).computeIfPresent(roles.holder(role), (m, n) -> n + 1);
            }
        }

        int of(MeetingRole role, String member) {
            return held.get(role).get(member);
        }

        int fewest(MeetingRole role) {
            return members.stream().mapToInt(m -> of(role, m)).min().orElseThrow();
        }

        int spread(MeetingRole role) {
            return members.stream().mapToInt(m -> of(role, m)).max().orElseThrow() - fewest(role);
        }
    }
}
