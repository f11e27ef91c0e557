package nl.leerlijn.praktijk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.enrolment.Participant;

/**
 * One row of the cohort's outcome export: the latest handed-in report with outcomes of one duo (or participant).
 *
 * @param assignment the praktijkopdracht's title
 * @param members whose work it is
 * @param version the version number
 * @param handedInAt when it was handed in
 * @param outcomes what it achieved
 * @param confirmation the werkbegeleider's latest answer about it, if any
 */
public record OutcomeRow(String assignment, List<Participant> members, int version, Instant handedInAt, Outcomes outcomes,
        Optional<SupervisorRequest> confirmation) {
    /**
     * Copies the members.
     *
     * @param assignment the praktijkopdracht's title
     * @param members whose work it is
     * @param version the version number
     * @param handedInAt when it was handed in
     * @param outcomes what it achieved
     * @param confirmation the werkbegeleider's latest answer
     */
    public OutcomeRow {
        members = List.copyOf(members);
    }
}
