package nl.leerlijn.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.enrolment.ParticipantId;
import nl.leerlijn.curriculum.ActivityKey;

/**
 * One immutable version of a participant's work for an activity; also its receipt.
 *
 * @param id the version
 * @param participant whose work
 * @param activity the paper milestone or praktijkopdracht
 * @param version 1, 2, … per participant and activity
 * @param state draft or submitted
 * @param text the text part, if any
 * @param files the files, in upload order
 * @param createdAt when it was stored
 * @param submittedAt when it was handed in, if it was
 * @param late whether it was handed in after the deadline
 * @param shared for a duo's work: the key the members' copies of this version share (one upload, one key)
 * @param uploadedBy for a duo's work: which member uploaded it
 */
public record Submission(SubmissionId id, ParticipantId participant, ActivityKey activity, int version,
        SubmissionState state, Optional<String> text, List<SubmittedFile> files, Instant createdAt,
        Optional<Instant> submittedAt, boolean late, Optional<String> shared, Optional<ParticipantId> uploadedBy) {

    /**
     * Copies the files.
     *
     * @param id the version
     * @param participant whose work
     * @param activity the paper milestone or praktijkopdracht
     * @param version 1, 2, … per participant and activity
     * @param state draft or submitted
     * @param text the text part, if any
     * @param files the files, in upload order
     * @param createdAt when it was stored
     * @param submittedAt when it was handed in, if it was
     * @param late whether it was handed in after the deadline
     * @param shared for a duo's work: the key the members' copies of this version share
     * @param uploadedBy for a duo's work: which member uploaded it
     */
    public Submission {
        files = List.copyOf(files);
    }

    /** @return whether it was handed in for assessment (drafts are private to their author) */
    public boolean handedIn() {
        return state == SubmissionState.SUBMITTED;
    }

    /**
     * @return the key under which what belongs to this version is kept (outcomes, a werkbegeleider's confirmation): the key
     *     its duo's copies share, or one of its own for work done alone
     */
    public String sharedKey() {
        return shared.orElse("version-" + id.value());
    }

    /** @return the version without its text and files */
    public VersionSummary summary() {
        return new VersionSummary(id, participant, activity, version, state, createdAt, submittedAt, late, text.isPresent());
    }
}
