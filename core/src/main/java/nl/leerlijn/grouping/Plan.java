package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.TreeSet;

/**
 * The request as blocks to place: pin chains and the locked people of one group move as one unit; locked groups stay
 * out of the search. Collects every reason the request is impossible before any search starts.
 */
final class Plan {
    final Roster roster;
    /** Locked whole groups, in the order of their index in {@code current}. */
    final List<List<Integer>> lockedGroups = new ArrayList<>();
    /** Units to place; the first {@link #anchors} are the locked people of a current group, each tied to its own group. */
    final List<int[]> units = new ArrayList<>();
    int anchors;
    /** Per locked group and per anchor, its index in {@code current}. */
    final List<Integer> lockedGroupIndex = new ArrayList<>();
    final List<Integer> anchorIndex = new ArrayList<>();
    /** Per candidate, the block whose pairs must be together (for the repeat bound), -1 for none. */
    final int[] blockOf;
    final BitSet lockedPeople = new BitSet();
    final List<Violation> refusals = new ArrayList<>();
    private final int[] chain;

    Plan(Roster roster) {
        this.roster = roster;
        this.blockOf = new int[roster.size];
        this.chain = chains(roster);
        java.util.Arrays.fill(blockOf, -1);
        checkChains();
        BitSet taken = new BitSet(roster.size);
        GroupingRequest request = roster.request;
        for (int g : new TreeSet<>(request.lockedGroups())) {
            List<Integer> members = HardRules.indexes(roster, List.of(request.current().get(g))).get(0);
            checkLockedBlock(members, g, true);
            members.forEach(p -> blockOf[p] = roster.size + g);
            members.forEach(taken::set);
            lockedGroups.add(members);
            lockedGroupIndex.add(g);
        }
        request.lockedPeople().forEach(id -> lockedPeople.set(roster.indexOf(id)));
        for (int g = 0; g < request.current().size(); g++) {
            if (request.lockedGroups().contains(g)) {
                continue;
            }
            List<Integer> locked = HardRules.indexes(roster, List.of(request.current().get(g))).get(0).stream()
                    .filter(lockedPeople::get).toList();
            if (!locked.isEmpty()) {
                List<Integer> block = withChains(locked);
                checkLockedBlock(block, g, false);
                lockedElsewhere(block, locked, g);
                int before = units.size();
                addUnit(block, taken);
                if (units.size() > before) {
                    anchorIndex.add(g);
                }
            }
        }
        anchors = units.size();
        for (int p = 0; p < roster.size; p++) {
            if (!taken.get(p)) {
                addUnit(withChains(List.of(p)), taken);
            }
        }
    }

    private void addUnit(List<Integer> block, BitSet taken) {
        int[] unit = block.stream().filter(p -> !taken.get(p)).mapToInt(Integer::intValue).toArray();
        for (int p : unit) {
            taken.set(p);
            blockOf[p] = units.size();
        }
        if (unit.length > 0) {
            units.add(unit);
        }
    }

    int freePeople() {
        return units.stream().mapToInt(u -> u.length).sum();
    }

    /** @return per candidate the first member of their pin chain (themselves when unpinned) */
    static int[] chains(Roster roster) {
        int[] parent = new int[roster.size];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int[] pin : roster.pins) {
            parent[root(parent, pin[0])] = root(parent, pin[1]);
        }
        for (int i = 0; i < parent.length; i++) {
            parent[i] = root(parent, i);
        }
        return parent;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private List<Integer> members(int root) {
        List<Integer> members = new ArrayList<>();
        for (int p = 0; p < roster.size; p++) {
            if (chain[p] == root) {
                members.add(p);
            }
        }
        return members;
    }

    private List<Integer> withChains(List<Integer> people) {
        BitSet roots = new BitSet();
        people.forEach(p -> roots.set(chain[p]));
        List<Integer> block = new ArrayList<>();
        for (int p = 0; p < roster.size; p++) {
            if (roots.get(chain[p])) {
                block.add(p);
            }
        }
        return block;
    }

    private void checkChains() {
        int max = roster.request.sizes().max();
        BitSet seen = new BitSet();
        for (int p = 0; p < roster.size; p++) {
            if (seen.get(chain[p])) {
                continue;
            }
            seen.set(chain[p]);
            List<Integer> members = members(chain[p]);
            if (members.size() > max) {
                refusals.add(Violation.of(ViolationKind.PIN_CHAIN_TOO_LARGE, roster.ids(members), members.size(), max));
            }
        }
        for (int[] pair : roster.exclusions) {
            chained(pair, ViolationKind.PIN_CHAIN_APART);
        }
        for (int[] pair : roster.managerPairs) {
            chained(pair, ViolationKind.PIN_CHAIN_MANAGER);
        }
    }

    private void chained(int[] pair, ViolationKind kind) {
        if (chain[pair[0]] == chain[pair[1]]) {
            List<String> people = new ArrayList<>(List.of(roster.id(pair[0]), roster.id(pair[1])));
            members(chain[pair[0]]).stream().filter(p -> p != pair[0] && p != pair[1]).forEach(p -> people.add(roster.id(p)));
            refusals.add(new Violation(kind, people, List.of()));
        }
    }

    /** A locked group or the locked people of a group: they must keep every rule among themselves and with pins. */
    private void checkLockedBlock(List<Integer> members, int group, boolean whole) {
        SizeRange sizes = roster.request.sizes();
        List<String> ids = roster.ids(members);
        if (members.size() > sizes.max()) {
            refusals.add(Violation.of(ViolationKind.GROUP_TOO_LARGE, ids, group, members.size(), sizes.max()));
        } else if (whole && members.size() < sizes.min()) {
            refusals.add(Violation.of(ViolationKind.GROUP_TOO_SMALL, ids, group, members.size(), sizes.min()));
        }
        for (Violation broken : HardRules.check(roster, List.of(ids))) {
            switch (broken.kind()) {
                case MANAGER_WITH_STAFF, APART_TOGETHER -> refusals.add(new Violation(broken.kind(), broken.people(), List.of(group)));
                case PIN_SPLIT -> {
                    if (ids.contains(broken.people().get(0)) || ids.contains(broken.people().get(1))) {
                        refusals.add(new Violation(broken.kind(), broken.people(), List.of(group, pinnedGroup(broken, ids))));
                    }
                }
                default -> {
                    // sizes and placement are checked above or do not apply to a part of the cohort
                }
            }
        }
    }

    /** Pins join people locked in different groups: one of them would have to move. */
    private void lockedElsewhere(List<Integer> block, List<Integer> lockedHere, int group) {
        for (int p : block) {
            int other = currentGroupOf(roster.id(p));
            if (lockedPeople.get(p) && !lockedHere.contains(p) && other > group) {
                refusals.add(Violation.of(ViolationKind.PIN_SPLIT, List.of(roster.id(lockedHere.get(0)), roster.id(p)), group, other));
            }
        }
    }

    /** @return the current group of the pin partner outside the block, -1 when it is in none */
    private int pinnedGroup(Violation split, List<String> inside) {
        return currentGroupOf(inside.contains(split.people().get(0)) ? split.people().get(1) : split.people().get(0));
    }

    private int currentGroupOf(String id) {
        List<List<String>> current = roster.request.current();
        for (int g = 0; g < current.size(); g++) {
            if (current.get(g).contains(id)) {
                return g;
            }
        }
        return -1;
    }
}
