package nl.leerlijn.intervisie;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * One formation of a cohort's intervisie groups: a draft until the kerndocent publishes it.
 *
 * @param id database id of the round
 * @param cohort the cohort
 * @param number 1 for the first formation, 2 for a new block, …
 * @param seed the seed the engine used (the same seed gives the same groups)
 * @param revision changes with every change to the round, so a stale change is noticed
 * @param formedAt when the groups were last formed by the engine
 * @param publishedAt when members got to see their groups; empty while a draft
 * @param groups the groups
 */
public record GroupRound(long id, CohortId cohort, int number, long seed, int revision, Instant formedAt,
        Optional<Instant> publishedAt, List<IntervisionGroup> groups) {
    /**
     * Copies the groups.
     *
     * @param id database id of the round
     * @param cohort the cohort
     * @param number 1 for the first formation
     * @param seed the seed the engine used
     * @param revision changes with every change to the round
     * @param formedAt when the groups were last formed
     * @param publishedAt when members got to see their groups
     * @param groups the groups
     */
    public GroupRound {
        groups = List.copyOf(groups);
    }

    /** @return whether members see their groups */
    public boolean published() {
        return publishedAt.isPresent();
    }

    /**
     * @param participant someone
     * @return their group in this round
     */
    public Optional<IntervisionGroup> groupOf(ParticipantId participant) {
        return groups.stream().filter(g -> g.has(participant)).findFirst();
    }

    /**
     * @param group a group id
     * @return that group, when it is in this round
     */
    public Optional<IntervisionGroup> group(GroupId group) {
        return groups.stream().filter(g -> g.id().equals(group)).findFirst();
    }
}
