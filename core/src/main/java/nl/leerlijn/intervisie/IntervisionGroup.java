package nl.leerlijn.intervisie;

import java.util.List;

/**
 * An intervisie group: a fixed, mixed set of participants of one cohort who meet through a block.
 *
 * @param id the group
 * @param number its number in the round (Groep 1, 2, …)
 * @param locked whether the kerndocent fixed the whole group (nobody enters or leaves on a new run)
 * @param members its participants, in the order they were placed
 */
public record IntervisionGroup(GroupId id, int number, boolean locked, List<GroupMember> members) {
    /**
     * Copies the members.
     *
     * @param id the group
     * @param number its number in the round
     * @param locked whether the kerndocent fixed the whole group
     * @param members its participants
     */
    public IntervisionGroup {
        members = List.copyOf(members);
    }

    /**
     * @param participant someone
     * @return whether they are a member of this group
     */
    public boolean has(nl.leerlijn.enrolment.ParticipantId participant) {
        return members.stream().anyMatch(m -> m.participant().equals(participant));
    }
}
