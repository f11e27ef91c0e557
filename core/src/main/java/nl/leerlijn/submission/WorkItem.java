package nl.leerlijn.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.leerlijn.curriculum.Activity;

/**
 * One piece of work a participant hands in (a paper milestone, a praktijkopdracht) as they stand with it.
 *
 * @param activity the milestone or assignment
 * @param deadline its deadline in the cohort
 * @param versions every version so far, oldest first
 * @param open whether it takes a new version now
 * @param revisionUntil when assessors asked for a revision (herkansing) that is still open: until when
 * @param revisions every revision opened for it, oldest first
 */
public record WorkItem(Activity activity, Optional<Instant> deadline, List<Submission> versions, boolean open,
        Optional<Instant> revisionUntil, List<Revision> revisions) {
    /**
     * Copies the lists.
     *
     * @param activity the milestone or assignment
     * @param deadline its deadline in the cohort
     * @param versions every version so far, oldest first
     * @param open whether it takes a new version now
     * @param revisionUntil when assessors asked for a revision (herkansing) that is still open: until when
     * @param revisions every revision opened for it, oldest first
     */
    public WorkItem {
        versions = List.copyOf(versions);
        revisions = List.copyOf(revisions);
    }
}
