package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.List;

/** Finds every hard rule a grouping breaks. */
final class HardRules {
    private HardRules() {
    }

    /** @return the groups as candidate indexes, leaving out ids that are no candidate */
    static List<List<Integer>> indexes(Roster roster, List<List<String>> groups) {
        return groups.stream().map(g -> g.stream().map(roster::indexOf).filter(i -> i >= 0).toList()).toList();
    }

    static List<Violation> check(Roster roster, List<List<String>> groups) {
        List<Violation> found = new ArrayList<>();
        SizeRange sizes = roster.request.sizes();
        List<List<Integer>> placedIn = new ArrayList<>();
        for (int i = 0; i < roster.size; i++) {
            placedIn.add(new ArrayList<>());
        }
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = groups.get(g);
            for (String id : group) {
                int person = roster.indexOf(id);
                if (person < 0) {
                    found.add(Violation.of(ViolationKind.UNKNOWN_PERSON, List.of(id), g));
                } else {
                    placedIn.get(person).add(g);
                }
            }
            if (group.size() < sizes.min()) {
                found.add(Violation.of(ViolationKind.GROUP_TOO_SMALL, group, g, group.size(), sizes.min()));
            } else if (group.size() > sizes.max()) {
                found.add(Violation.of(ViolationKind.GROUP_TOO_LARGE, group, g, group.size(), sizes.max()));
            }
        }
        for (int person = 0; person < roster.size; person++) {
            List<Integer> in = placedIn.get(person);
            if (in.isEmpty()) {
                found.add(Violation.of(ViolationKind.NOT_PLACED, List.of(roster.id(person))));
            } else if (in.size() > 1) {
                found.add(new Violation(ViolationKind.PLACED_TWICE, List.of(roster.id(person)), in));
            }
        }
        for (int[] pair : roster.managerPairs) {
            shared(placedIn, pair).forEach(g -> found.add(Violation.of(ViolationKind.MANAGER_WITH_STAFF, ids(roster, pair), g)));
        }
        for (int[] pair : roster.exclusions) {
            shared(placedIn, pair).forEach(g -> found.add(Violation.of(ViolationKind.APART_TOGETHER, ids(roster, pair), g)));
        }
        for (int[] pair : roster.pins) {
            if (shared(placedIn, pair).isEmpty()) {
                found.add(Violation.of(ViolationKind.PIN_SPLIT, ids(roster, pair), first(placedIn.get(pair[0])),
                        first(placedIn.get(pair[1]))));
            }
        }
        return List.copyOf(found);
    }

    private static List<Integer> shared(List<List<Integer>> placedIn, int[] pair) {
        return placedIn.get(pair[0]).stream().filter(placedIn.get(pair[1])::contains).toList();
    }

    private static int first(List<Integer> groups) {
        return groups.isEmpty() ? -1 : groups.get(0);
    }

    private static List<String> ids(Roster roster, int[] pair) {
        return List.of(roster.id(pair[0]), roster.id(pair[1]));
    }
}
