package nl.leerlijn.intervisie;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Looks ahead from a state of role counts: how many meetings in a row can still be planned without any unfairness,
 * that is with every role going to a member who held it the fewest times. Without this look ahead, a plan can reach
 * the end of a round with the last member due as inbrenger also the last one due as gespreksleider. The state holds,
 * per role, each member's count minus the fewest of that role, which is all that matters for the future. Remembers
 * what it worked out; one per planning step, not thread-safe.
 */
final class RoleLookahead {
    private static final int ROLES = MeetingRole.values().length;

    private final int size;
    private final Map<String, Integer> known = new HashMap<>();

    RoleLookahead(int size) {
        this.size = size;
    }

    /**
     * @param state per role, each member's count above the fewest; not changed
     * @param horizon how many meetings to look ahead
     * @return how many meetings from this state can be planned fairly, at most {@code horizon}
     */
    int fairMeetings(int[][] state, int horizon) {
        if (horizon == 0) {
            return 0;
        }
        String key = Arrays.deepToString(state) + horizon;
        Integer found = known.get(key);
        if (found != null) {
            return found;
        }
        int best = 0;
        for (int inbrenger = 0; inbrenger < size && best < horizon; inbrenger++) {
            for (int chair = 0; chair < size && best < horizon; chair++) {
                for (int notes = 0; notes < size && best < horizon; notes++) {
                    if (RotationPlanner.allowed(size, inbrenger, chair, notes) && due(state, inbrenger, chair, notes)) {
                        best = Math.max(best, 1 + fairMeetings(after(state, inbrenger, chair, notes), horizon - 1));
                    }
                }
            }
        }
        known.put(key, best);
        return best;
    }

    /** @return the state after a meeting with these holders: counts raised, then lowered again to the fewest */
    static int[][] after(int[][] state, int... holders) {
        int[][] next = new int[ROLES][];
        for (int role = 0; role < ROLES; role++) {
            next[role] = state[role].clone();
            next[role][holders[role]]++;
            int fewest = Arrays.stream(next[role]).min().orElse(0);
            for (int member = 0; member < next[role].length; member++) {
                next[role][member] -= fewest;
            }
        }
        return next;
    }

    private static boolean due(int[][] state, int... holders) {
        for (int role = 0; role < ROLES; role++) {
            if (state[role][holders[role]] != 0) {
                return false;
            }
        }
        return true;
    }
}
