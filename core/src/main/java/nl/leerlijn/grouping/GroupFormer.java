package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forms groups that keep every hard rule and are as good as the search finds on the goals, in this order: the weakest
 * group's number of organisations, then of functions, balanced sizes, fewest repeat pairs with earlier rounds, then
 * diversity over all groups. Also scores any grouping given to it. Holds no state: thread-safe, one instance serves all.
 *
 * <p>How: pin chains and the locked people of a group become units; locked groups stay as they are. The number of
 * groups is the one whose balanced sizes fit the preferred range (else the allowed range). A constructive placement that
 * keeps every rule is improved by a seeded local search of moves and swaps that keep every rule, until it reaches what
 * the bounds allow or its step budget. Everything depends only on the request and its seed.
 */
public final class GroupFormer {
    private static final Logger LOG = LoggerFactory.getLogger(GroupFormer.class);
    private static final int ATTEMPTS = 30;

    /** Creates a former; it holds no state. */
    public GroupFormer() {
        // Nothing to set up.
    }

    /**
     * @param request who, under which rules, with which seed
     * @return groups that keep every hard rule, with scores and reasons; the same for the same request
     * @throws ImpossibleGroupingException when no grouping keeps every rule, with the reasons
     */
    public Grouping form(GroupingRequest request) {
        Roster roster = new Roster(request);
        Plan plan = new Plan(roster);
        if (!plan.refusals.isEmpty()) {
            throw new ImpossibleGroupingException(plan.refusals);
        }
        SplittableRandom random = new SplittableRandom(request.seed());
        Placement placement = place(plan, random);
        int steps = new LocalSearch(placement, plan.anchors, request.sizes(), random).improve(budget(plan), Ideal.of(plan, placement));
        Grouping grouping = assemble(plan, placement);
        LOG.debug("Formed {} groups of {} candidates in {} steps: {}", grouping.groups().size(), roster.size, steps, grouping.overall());
        return grouping;
    }

    /**
     * @param request the cohort and its rules (locks are not checked: they bind the former, not the kerndocent)
     * @param groups any grouping, by candidate id, for instance after a move by hand
     * @return its scores and reasons, and every hard rule it breaks
     */
    public Grouping evaluate(GroupingRequest request, List<List<String>> groups) {
        Roster roster = new Roster(request);
        List<Violation> violations = HardRules.check(roster, groups);
        List<List<Integer>> indexed = HardRules.indexes(roster, groups);
        return new Scorer(roster).score(indexed, new boolean[groups.size()], Plan.chains(roster), new BitSet(), violations);
    }

    private static Placement place(Plan plan, SplittableRandom random) {
        SizeRange sizes = plan.roster.request.sizes();
        int people = plan.freePeople();
        if (people == 0) {
            return new Placement(plan.roster, plan.units, 0);
        }
        List<Integer> counts = GroupCount.choices(people, plan.anchors, sizes);
        if (counts.isEmpty()) {
            throw new ImpossibleGroupingException(List.of(plan.anchors == 0
                    ? Violation.of(ViolationKind.TOO_FEW_CANDIDATES, List.of(), people, sizes.min())
                    : Violation.of(ViolationKind.NO_ARRANGEMENT, List.of(), plan.anchors)));
        }
        for (int groups : counts) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Optional<Placement> placement = Construction.build(plan, groups, random);
                if (placement.isPresent()) {
                    return placement.get();
                }
            }
        }
        throw new ImpossibleGroupingException(List.of(Violation.of(ViolationKind.NO_ARRANGEMENT, List.of(), counts.get(0))));
    }

    private static int budget(Plan plan) {
        return 20_000 + 2_000 * plan.units.size();
    }

    /** Locked groups and groups with locked people in the order of {@code current}, then the new groups. */
    private static Grouping assemble(Plan plan, Placement placement) {
        Roster roster = plan.roster;
        List<List<Integer>> free = placement.groupsOfPeople();
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < plan.lockedGroups.size(); i++) {
            slots.add(new Slot(plan.lockedGroupIndex.get(i), plan.lockedGroups.get(i), true));
        }
        for (int a = 0; a < plan.anchors; a++) {
            slots.add(new Slot(plan.anchorIndex.get(a), free.get(a), false));
        }
        slots.sort(Comparator.comparingInt(Slot::order));
        free.subList(plan.anchors, free.size()).stream().sorted(Comparator.comparingInt(g -> g.get(0)))
                .forEach(g -> slots.add(new Slot(Integer.MAX_VALUE, g, false)));
        List<List<Integer>> groups = slots.stream().map(Slot::members).toList();
        boolean[] fixed = new boolean[slots.size()];
        for (int i = 0; i < fixed.length; i++) {
            fixed[i] = slots.get(i).locked();
        }
        List<Violation> broken = HardRules.check(roster, groups.stream().map(roster::ids).toList());
        if (!broken.isEmpty()) {
            throw new IllegalStateException("The former broke a hard rule, a bug: " + broken);
        }
        return new Scorer(roster).score(groups, fixed, plan.blockOf, plan.lockedPeople, List.of());
    }

    /** A group in the result with its place: its index in {@code current}, or after all of those. */
    private record Slot(int order, List<Integer> members, boolean locked) {
    }
}
