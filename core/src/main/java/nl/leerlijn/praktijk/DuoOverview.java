package nl.leerlijn.praktijk;

import java.util.List;
import java.util.Set;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.enrolment.Participant;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * The duos of one praktijkopdracht in a cohort, for the kerndocent.
 *
 * @param assignment the praktijkopdracht
 * @param duos confirmed and proposed, oldest first
 * @param participants the cohort's active participants, by name
 * @param unpaired active participants in no duo
 * @param withWork duos that have shared work already (they cannot be changed)
 */
public record DuoOverview(Activity assignment, List<Duo> duos, List<Participant> participants, List<ParticipantId> unpaired,
        Set<DuoId> withWork) {
    /**
     * Copies the collections.
     *
     * @param assignment the praktijkopdracht
     * @param duos confirmed and proposed
     * @param participants the cohort's active participants
     * @param unpaired active participants in no duo
     * @param withWork duos that have shared work already
     */
    public DuoOverview {
        duos = List.copyOf(duos);
        participants = List.copyOf(participants);
        unpaired = List.copyOf(unpaired);
        withWork = Set.copyOf(withWork);
    }
}
