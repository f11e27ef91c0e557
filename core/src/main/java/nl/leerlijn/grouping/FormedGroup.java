package nl.leerlijn.grouping;

import java.util.List;

/**
 * One group of a {@link Grouping}.
 *
 * @param members candidate ids, in the order of the request's candidates
 * @param score this group's own score
 * @param reasons why it looks like this
 * @param locked whether the group was locked whole
 */
public record FormedGroup(List<String> members, Score score, List<Reason> reasons, boolean locked) {
    /**
     * Copies the lists.
     *
     * @param members candidate ids, in the order of the request's candidates
     * @param score this group's own score
     * @param reasons why it looks like this
     * @param locked whether the group was locked whole
     */
    public FormedGroup {
        members = List.copyOf(members);
        reasons = List.copyOf(reasons);
    }
}
