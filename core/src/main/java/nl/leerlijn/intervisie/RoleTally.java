package nl.leerlijn.intervisie;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often, and when last, each member of a group held each role, counted over meetings in order. Meetings of people
 * who are no longer members count for nobody but still take their place in time. Not thread-safe: one per plan.
 */
final class RoleTally {
    private static final MeetingRole[] ROLES = MeetingRole.values();

    private final Map<String, Integer> index = new HashMap<>();
    private final int[][] counts;
    private final int[][] lastHeld;
    private int meetings;

    RoleTally(List<String> members) {
        for (int i = 0; i < members.size(); i++) {
            index.put(members.get(i), i);
        }
        counts = new int[ROLES.length][members.size()];
        lastHeld = new int[ROLES.length][members.size()];
        for (int[] last : lastHeld) {
            Arrays.fill(last, -1);
        }
    }

    /** Counts one meeting, the next in time. */
    void record(PlannedRoles roles) {
        for (MeetingRole role : ROLES) {
            Integer member = index.get(roles.holder(role));
            if (member != null) {
                counts[role.ordinal()][member]++;
                lastHeld[role.ordinal()][member] = meetings;
            }
        }
        meetings++;
    }

    /** @return how often the member at this position held the role */
    int count(MeetingRole role, int member) {
        return counts[role.ordinal()][member];
    }

    /** @return the meeting (counted from 0) in which the member last held the role, or -1 if never */
    int lastHeld(MeetingRole role, int member) {
        return lastHeld[role.ordinal()][member];
    }

    /** @return per role, how many times more than the fewest each member held it */
    int[][] aboveFewest() {
        int[][] state = new int[ROLES.length][];
        for (MeetingRole role : ROLES) {
            int fewest = fewest(role);
            state[role.ordinal()] = Arrays.stream(counts[role.ordinal()]).map(c -> c - fewest).toArray();
        }
        return state;
    }

    /** @return the fewest times any member held the role */
    int fewest(MeetingRole role) {
        return Arrays.stream(counts[role.ordinal()]).min().orElse(0);
    }
}
