package nl.leerlijn.praktijk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.cohort.CohortId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * Two participants (or, when the count is odd, three) who do a praktijkopdracht together.
 *
 * @param id the duo
 * @param cohort their cohort
 * @param activity the praktijkopdracht
 * @param members in the order they were put together
 * @param origin who put them together
 * @param confirmedAt when the kerndocent confirmed it; work can be shared only from then on
 */
public record Duo(DuoId id, CohortId cohort, ActivityKey activity, List<ParticipantId> members, DuoOrigin origin,
        Optional<Instant> confirmedAt) {
    /**
     * Copies the members.
     *
     * @param id the duo
     * @param cohort their cohort
     * @param activity the praktijkopdracht
     * @param members in the order they were put together
     * @param origin who put them together
     * @param confirmedAt when the kerndocent confirmed it
     */
    public Duo {
        members = List.copyOf(members);
    }

    /** @return whether the kerndocent has confirmed it */
    public boolean confirmed() {
        return confirmedAt.isPresent();
    }

    /**
     * @param participant a member
     * @return the other members
     */
    public List<ParticipantId> partnersOf(ParticipantId participant) {
        return members.stream().filter(m -> !m.equals(participant)).toList();
    }
}
