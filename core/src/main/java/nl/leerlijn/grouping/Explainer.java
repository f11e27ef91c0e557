package nl.leerlijn.grouping;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** Gives each group its reasons. */
final class Explainer {
    private final Roster roster;

    Explainer(Roster roster) {
        this.roster = roster;
    }

    List<Reason> reasons(List<Integer> group, Score own, List<Integer> repeated, boolean locked, BitSet lockedPeople) {
        BitSet in = new BitSet(roster.size);
        group.forEach(in::set);
        List<Reason> reasons = new ArrayList<>();
        if (locked) {
            reasons.add(Reason.of(ReasonKind.LOCKED_GROUP, List.of()));
        }
        List<Integer> lockedHere = group.stream().filter(lockedPeople::get).toList();
        if (!locked && !lockedHere.isEmpty()) {
            reasons.add(Reason.of(ReasonKind.LOCKED_PEOPLE, roster.ids(lockedHere)));
        }
        reasons.add(Reason.of(ReasonKind.ORGANISATIONS, List.of(), own.organisations(), own.organisationsBound()));
        reasons.add(Reason.of(ReasonKind.FUNCTIONS, List.of(), own.functions(), own.functionsBound()));
        reasons.add(repeated.isEmpty() ? Reason.of(ReasonKind.NO_REPEATS, List.of())
                : Reason.of(ReasonKind.REPEATS, roster.ids(repeated), repeated.size() / 2));
        pairs(roster.managerPairs, in, false, ReasonKind.MANAGER_APART, reasons);
        pairs(roster.pins, in, true, ReasonKind.PINNED, reasons);
        pairs(roster.exclusions, in, false, ReasonKind.KEPT_APART, reasons);
        SizeRange sizes = roster.request.sizes();
        reasons.add(Reason.of(ReasonKind.SIZE, List.of(), group.size(), sizes.preferredMin(), sizes.preferredMax()));
        return reasons;
    }

    /** Adds a reason for each pair with both members here ({@code both}) or exactly one here (not {@code both}). */
    private void pairs(List<int[]> pairs, BitSet in, boolean both, ReasonKind kind, List<Reason> reasons) {
        for (int[] pair : pairs) {
            int here = (in.get(pair[0]) ? 1 : 0) + (in.get(pair[1]) ? 1 : 0);
            if (both ? here == 2 : here == 1) {
                reasons.add(Reason.of(kind, List.of(roster.id(pair[0]), roster.id(pair[1]))));
            }
        }
    }
}
