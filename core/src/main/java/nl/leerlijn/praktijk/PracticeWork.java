package nl.leerlijn.praktijk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.leerlijn.curriculum.Activity;
import nl.leerlijn.enrolment.Participant;

/**
 * One praktijkopdracht as a participant stands with it, beside its versions (which the submission feature gives).
 *
 * @param assignment the praktijkopdracht (its report)
 * @param plan its plan, when the definition has one
 * @param duo the participant's duo for it, confirmed or proposed; empty for work done alone or before duos are formed
 * @param partners the other members of that duo
 * @param reflection the participant's own reflection, empty when not written yet
 * @param reflectionOpen whether the reflection can still change: until the report's result is agreed, and again while a
 *     revision is open
 * @param supervisor the werkbegeleider the participant named
 * @param outcomes the outcomes stored with report versions, by the versions' shared key
 * @param requests the requests to werkbegeleiders about its versions, oldest first
 * @param candidates for a duo assignment: the cohort's other active participants not in a confirmed duo for it, whom the
 *     participant may propose as partner
 */
public record PracticeWork(Activity assignment, Optional<Activity> plan, Optional<Duo> duo, List<Participant> partners, String reflection,
        boolean reflectionOpen, Optional<Supervisor> supervisor, Map<String, Outcomes> outcomes, List<SupervisorRequest> requests, List<Participant> candidates) {
    /**
     * Copies the collections.
     *
     * @param assignment the praktijkopdracht (its report)
     * @param plan its plan, when the definition has one
     * @param duo the participant's duo for it
     * @param partners the other members of that duo
     * @param reflection the participant's own reflection
     * @param reflectionOpen whether the reflection can still change
     * @param supervisor the werkbegeleider the participant named
     * @param outcomes the outcomes stored with report versions, by shared key
     * @param requests the requests to werkbegeleiders, oldest first
     * @param candidates whom the participant may propose as partner
     */
    public PracticeWork {
        candidates = List.copyOf(candidates);
        partners = List.copyOf(partners);
        outcomes = Map.copyOf(outcomes);
        requests = List.copyOf(requests);
    }

    /** @return whether a duo does it (and it cannot be uploaded before the duo is confirmed) */
    public boolean sharedByDuo() {
        return assignment.duo();
    }
}
