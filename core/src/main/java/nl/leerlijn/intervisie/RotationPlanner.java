package nl.leerlijn.intervisie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.leerlijn.InvalidInputException;

/**
 * Plans who brings the case, who chairs and who takes notes in the coming meetings of one intervisiegroep, continuing
 * from the roles held so far, so that a plan made again after someone leaves or joins stays fair.
 *
 * <p>The rules, in order of weight:
 * <ol>
 *   <li>Everyone brings a case once before anyone brings one twice: the inbrenger of each meeting is always a member
 *       who brought the fewest cases so far. A member who joins late therefore brings a case first; counted over the
 *       whole history given, a late joiner also catches up on cases before the others bring a second or third. A
 *       caller that does not want the catch-up passes only the meetings since the join.</li>
 *   <li>Nobody holds two roles in one meeting (in a group of three or more).</li>
 *   <li>The gespreksleider and the notulist rotate fairly: each is taken by a member who held that role the fewest
 *       times so far, so that the counts per role never differ by more than one among the members. Where the history
 *       makes that impossible (say a newcomer who held nothing and must bring a case), the plan departs from it as
 *       little as it can and evens out in the following meetings; a role never goes to a member while another member
 *       without a role in that meeting held it fewer times.</li>
 *   <li>Among equally fair choices, the planner takes one after which the most meetings can still follow fairly
 *       (looking one round ahead, so a round does not end with the last member due as inbrenger also the only one
 *       left to chair); then whoever held the role longest ago (or never) goes first, then the member listed first.</li>
 * </ol>
 *
 * <p>A group of two cannot give three roles to three people: the members take turns bringing a case, and the other
 * member both chairs and takes notes ({@link PlannedRoles#gespreksleider()} equals {@link PlannedRoles#notulist()}).
 *
 * <p>Roles held in the history by people who are no longer members count for nobody. The plan is deterministic: the
 * same members, number of meetings and history always give the same plan, and planning some meetings, then the rest
 * with those added to the history, gives the same plan as planning all at once. Stateless and thread-safe.
 */
public final class RotationPlanner {
    /** Where the holders start in a scored choice. */
    private static final int HOLDERS = 8;

    /**
     * Plans the roles of the coming meetings.
     *
     * @param members the group's member ids, in a stable order (it breaks ties); at least two, each once
     * @param meetings how many meetings to plan, zero or more
     * @param history the roles of earlier meetings of this group, oldest first; may name former members; may be empty
     * @return one {@link PlannedRoles} per meeting, in order
     * @throws InvalidInputException when there are fewer than two members, a member is listed twice or blank, or the
     *     number of meetings is negative
     */
    public List<PlannedRoles> plan(List<String> members, int meetings, List<PlannedRoles> history) {
        check(members, meetings);
        RoleTally tally = new RoleTally(members);
        history.forEach(tally::record);
        List<PlannedRoles> plan = new ArrayList<>();
        for (int meeting = 0; meeting < meetings; meeting++) {
            PlannedRoles roles = next(members, tally);
            tally.record(roles);
            plan.add(roles);
        }
        return List.copyOf(plan);
    }

    /**
     * Picks the holders of the next meeting: among the choices that are fairest now, the first (by who waited longest,
     * then list order) after which the most meetings can follow fairly, looking one round ahead.
     */
    private static PlannedRoles next(List<String> members, RoleTally tally) {
        int size = members.size();
        List<int[]> choices = choices(size, tally);
        RoleLookahead lookahead = new RoleLookahead(size);
        int[][] now = tally.aboveFewest();
        int[] best = null;
        int bestAhead = -1;
        for (int[] choice : choices) {
            if (best != null && Arrays.compare(choice, 0, 2, best, 0, 2) != 0) {
                break;
            }
            int ahead = lookahead.fairMeetings(RoleLookahead.after(now, choice[HOLDERS], choice[HOLDERS + 1], choice[HOLDERS + 2]), size);
            if (ahead > bestAhead) {
                best = choice;
                bestAhead = ahead;
            }
            if (ahead == size) {
                break;
            }
        }
        return new PlannedRoles(members.get(best[HOLDERS]), members.get(best[HOLDERS + 1]), members.get(best[HOLDERS + 2]));
    }

    /** @return every allowed choice with a fewest-cases inbrenger, best first, each its score followed by the holders */
    private static List<int[]> choices(int size, RoleTally tally) {
        int fewestCases = tally.fewest(MeetingRole.INBRENGER);
        List<int[]> choices = new ArrayList<>();
        for (int inbrenger = 0; inbrenger < size; inbrenger++) {
            for (int chair = 0; chair < size && tally.count(MeetingRole.INBRENGER, inbrenger) == fewestCases; chair++) {
                for (int notes = 0; notes < size; notes++) {
                    if (allowed(size, inbrenger, chair, notes)) {
                        choices.add(score(tally, inbrenger, chair, notes));
                    }
                }
            }
        }
        choices.sort(Arrays::compare);
        return choices;
    }

    static boolean allowed(int size, int inbrenger, int chair, int notes) {
        if (chair == inbrenger || notes == inbrenger) {
            return false;
        }
        return size == 2 ? chair == notes : chair != notes;
    }

    /**
     * Lower is better, compared element by element: fairness now (how many roles go to someone who held them more than
     * the fewest, and by how much), then who waited longest, then list order; the holders follow from {@link #HOLDERS} on.
     */
    private static int[] score(RoleTally tally, int inbrenger, int chair, int notes) {
        int chairExcess = tally.count(MeetingRole.CHAIR, chair) - tally.fewest(MeetingRole.CHAIR);
        int notesExcess = tally.count(MeetingRole.NOTETAKER, notes) - tally.fewest(MeetingRole.NOTETAKER);
        int unfair = (chairExcess > 0 ? 1 : 0) + (notesExcess > 0 ? 1 : 0);
        return new int[] {unfair, chairExcess + notesExcess,
            tally.lastHeld(MeetingRole.INBRENGER, inbrenger), inbrenger,
            tally.lastHeld(MeetingRole.CHAIR, chair), chair,
            tally.lastHeld(MeetingRole.NOTETAKER, notes), notes,
            inbrenger, chair, notes};
    }

    private static void check(List<String> members, int meetings) {
        if (members.size() < 2) {
            throw new InvalidInputException("Roles rotate in a group of at least two members, not " + members.size());
        }
        Set<String> seen = new HashSet<>();
        for (String member : members) {
            if (member == null || member.isBlank() || !seen.add(member)) {
                throw new InvalidInputException("Each member of a group is listed once, by a non-blank id: " + members);
            }
        }
        if (meetings < 0) {
            throw new InvalidInputException("The number of meetings to plan cannot be negative: " + meetings);
        }
    }
}
