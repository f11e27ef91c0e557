package nl.leerlijn.assessment;

import java.time.Instant;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.submission.SubmissionId;

/**
 * One handed-in version in a cohort's marking queue.
 *
 * @param submission the version
 * @param participant whose work
 * @param participantName their name
 * @param activity the paper milestone or praktijkopdracht
 * @param version its number
 * @param submittedAt when it was handed in
 * @param late whether after the deadline
 * @param state where its assessment stands
 * @param firstDone whether the kerndocent finished marking
 * @param secondDone whether the tweede beoordelaar finished marking
 */
public record QueueEntry(SubmissionId submission, ParticipantId participant, String participantName, ActivityKey activity, int version,
        Instant submittedAt, boolean late, AssessmentState state, boolean firstDone, boolean secondDone) {

    /**
     * @param role the first or the second assessor
     * @return whether the marking of this role is done
     */
    public boolean doneBy(AssessorRole role) {
        return role == AssessorRole.FIRST ? firstDone : secondDone;
    }
}
