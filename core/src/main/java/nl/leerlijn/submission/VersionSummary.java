package nl.leerlijn.submission;

import java.time.Instant;
import java.util.Optional;
import nl.leerlijn.curriculum.ActivityKey;
import nl.leerlijn.enrolment.ParticipantId;

/**
 * A version without its text and files: what overviews of many participants need.
 *
 * @param id the version
 * @param participant whose work
 * @param activity the paper milestone or praktijkopdracht
 * @param version 1, 2, … per participant and activity
 * @param state draft or handed in
 * @param createdAt when it was stored
 * @param submittedAt when it was handed in, if it was
 * @param late whether it was handed in after the deadline
 * @param hasText whether it has a text part (so it can be compared word by word)
 */
public record VersionSummary(SubmissionId id, ParticipantId participant, ActivityKey activity, int version, SubmissionState state,
        Instant createdAt, Optional<Instant> submittedAt, boolean late, boolean hasText) {

    /** @return whether it was handed in for assessment */
    public boolean handedIn() {
        return state == SubmissionState.SUBMITTED;
    }
}
