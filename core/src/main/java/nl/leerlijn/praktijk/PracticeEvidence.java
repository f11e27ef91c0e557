package nl.leerlijn.praktijk;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.enrolment.Participant;

/**
 * What an assessor sees beside a praktijk version: the report's outcomes, the member's own reflection and what the
 * werkbegeleider said.
 *
 * @param members the duo's members (only the participant for work done alone)
 * @param copies each member's copy of the version, in the order of {@code members}
 * @param outcomes the outcomes stored with this version
 * @param reflection the participant's own reflection, empty when not written
 * @param requests the requests to werkbegeleiders about this version, oldest first
 * @param supervisorIsParticipant whether a request went to the address of a participant of the cohort (a werkbegeleider
 *     is someone at the workplace, not a fellow student): assessors are warned
 */
public record PracticeEvidence(List<Participant> members, List<nl.leerlijn.submission.SubmissionId> copies, Optional<Outcomes> outcomes, String reflection, List<SupervisorRequest> requests,
        boolean supervisorIsParticipant) {
    /**
     * Copies the lists.
     *
     * @param members the duo's members
     * @param copies each member's copy of the version
     * @param outcomes the outcomes stored with this version
     * @param reflection the participant's own reflection
     * @param requests the requests about this version
     * @param supervisorIsParticipant whether a request went to a participant's address
     */
    public PracticeEvidence {
        members = List.copyOf(members);
        copies = List.copyOf(copies);
        requests = List.copyOf(requests);
    }

    /** @return the latest answer of a werkbegeleider, if any answered */
    public Optional<SupervisorRequest> answer() {
        return requests.stream().filter(r -> r.decision().isPresent()).reduce((a, b) -> b);
    }

    /** @return every answer of a werkbegeleider about this version, oldest first */
    public List<SupervisorRequest> answers() {
        return requests.stream().filter(r -> r.decision().isPresent()).toList();
    }
}
