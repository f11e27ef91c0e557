package nl.leerlijn.intervisie;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.grouping.Grouping;

/**
 * What the kerndocent sees when forming a cohort's groups.
 *
 * @param participants the cohort's active participants, who are to be placed
 * @param current the latest round: a draft being worked on, or the published groups; empty before the first formation
 * @param scores the current round scored against the best this cohort allows, with the reasons per group; empty without a round
 * @param rules the kerndocent's pins and exclusions
 * @param earlierRounds how many published rounds came before the current one (their pairs count as repeats)
 * @param meetings the meetings of the current round's groups once published, by group then time
 */
public record GroupsOverview(List<Participant> participants, Optional<GroupRound> current, Optional<Grouping> scores,
        List<GroupRule> rules, int earlierRounds, List<Meeting> meetings) {
}
