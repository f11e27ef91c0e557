package nl.leerlijn.praktijk;

import java.util.List;
import java.util.Optional;
import nl.leerlijn.submission.Submission;

/**
 * What a werkbegeleider's link shows: the one version it was made for, its outcomes, and whether it can still be answered.
 *
 * @param request the request the link names
 * @param state where the request stands now
 * @param version the version to confirm (with its text and files)
 * @param assignment the praktijkopdracht's title
 * @param participants the names of the participants whose work it is
 * @param outcomes the outcomes stored with the version
 * @param formToken the token the link's form sends back
 */
public record SupervisorView(SupervisorRequest request, SupervisorRequest.State state, Submission version, String assignment,
        List<String> participants, Optional<Outcomes> outcomes, String formToken) {
    /**
     * Copies the names.
     *
     * @param request the request the link names
     * @param state where the request stands now
     * @param version the version to confirm
     * @param assignment the praktijkopdracht's title
     * @param participants the names of the participants whose work it is
     * @param outcomes the outcomes stored with the version
     * @param formToken the token the link's form sends back
     */
    public SupervisorView {
        participants = List.copyOf(participants);
    }
}
